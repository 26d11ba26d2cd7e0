/**
 * Hostile templates: unbalanced directives, :ref to a missing heading, front-matter bombs, bytes that are
 * not text, files that are not files, runaway Liquid, and links that must never become live.
 * The fixture project has one template, policy-templates/mini/template.md (front matter on lines 1–12).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { type CaseDir, type HostileCase, hostileSuite } from "./harness.js";

const MINI = "policy-templates/mini/template.md";
const BUILD = ["build", "--format", "html", "--jobs", "1"];

/** Adds a second, good template "extra" (a copy of mini) so a case can check that it still builds. */
function addExtraTemplate(d: CaseDir): void {
  d.write("policy-templates/extra/template.md", d.read(MINI).replace("id: mini", "id: extra"));
}

/** The good template still built, with the setting's current name in it. */
function extraBuilt(d: CaseDir): void {
  for (const id of ["little-stars", "oak-primary"])
    expect(existsSync(join(d.project, "output", id, "extra.html")), `${id}/extra.html`).toBe(true);
}

const ALIAS_BOMB = [
  "---",
  "id: mini",
  "title: Mini Policy",
  'version: "1.0"',
  "a: &a [x, x, x, x, x, x, x, x, x, x]",
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]",
  "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]",
  "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]",
  "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]",
  "---",
  "# Title",
  "",
].join("\n");

const cases: HostileCase[] = [
  // ---- Unbalanced directives: a template problem at the opening's line, the template not built. ----
  {
    id: "when-without-closing-fence",
    class: "template",
    setup: (d) => d.edit(MINI, "Schools section.\n:::\n", "Schools section.\n"),
    args: BUILD,
    exit: 1,
    says: [
      `${MINI}:40:1`,
      "line 45",
      "2 settings not built (little-stars, oak-primary) until the template is fixed",
    ],
    saysNot: ["up to date\n"],
  },
  {
    id: "slot-without-closing-fence-at-end",
    class: "template",
    setup: (d) => d.edit(MINI, "We follow safer recruitment.\n:::\n", "We follow safer recruitment.\n"),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:56:1`, "no closing :::"],
  },
  {
    id: "stray-closing-fence",
    class: "template",
    setup: (d) => d.edit(MINI, "Early years section.\n:::\n", "Early years section.\n:::\n:::\n"),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:51:1`, "closes no block"],
  },
  {
    id: "nested-when-shares-one-fence",
    class: "template",
    // The one ::: closes the outer block (and the inner with it): named at the outer, with the inner's line.
    setup: (d) =>
      d.edit(
        MINI,
        ':::when{type="schools"}\n## Child-on-child abuse\n',
        ':::when{type="schools"}\n## Child-on-child abuse\n\n:::when{type="primary"}\nPrimary only.\n',
      ),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:40:1`, "line 43", "closes both"],
  },
  {
    id: "four-colon-block-closed-by-three",
    class: "template",
    setup: (d) =>
      d.edit(
        MINI,
        ':::when{type="early-years" except="childminder"}',
        '::::when{type="early-years" except="childminder"}',
      ),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:46:1`, "::::"],
  },
  {
    id: "unclosed-when-other-template-still-builds",
    class: "template",
    setup: (d) => {
      addExtraTemplate(d);
      d.edit(MINI, "Schools section.\n:::\n", "Schools section.\n");
    },
    args: BUILD,
    exit: 1,
    says: [`${MINI}:40:1`],
    mayChange: [/^output\/[^/]+\/extra\.html$/],
    check: (d) => extraBuilt(d),
  },
  // ---- :ref to a heading that is not there. ----
  {
    id: "ref-to-missing-heading-names-line-and-closest",
    class: "template",
    setup: (d) => d.edit(MINI, ":ref[Allegations against staff]", ":ref[Allegation against staf]"),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:24:80`, "Allegations against staff"],
  },
  // ---- The front matter. ----
  {
    id: "front-matter-alias-bomb",
    class: "template",
    setup: (d) => d.write(MINI, ALIAS_BOMB),
    args: BUILD,
    exit: 1,
    says: [MINI, /alias/i],
    subprocess: true,
    timeLimitMs: 30_000,
  },
  {
    id: "front-matter-changelog-entry-empty",
    class: "template",
    setup: (d) => d.edit(MINI, "changelog:\n", "changelog:\n  -\n"),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:9:`, "changelog"],
  },
  {
    id: "front-matter-changelog-not-a-list",
    class: "template",
    setup: (d) =>
      d.edit(
        MINI,
        /changelog:\n[\s\S]*?\n---/,
        "changelog: {version: 1, date: [2025], changes: {a: b}}\n---",
      ),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:8:`, "changelog"],
  },
  // ---- The Markdown itself. ----
  {
    id: "markdown-nested-5000-deep",
    class: "template",
    setup: (d) => d.edit(MINI, "Schools section.", `${">".repeat(5000)} deep`),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:43:`, "nested"],
    subprocess: true,
    timeLimitMs: 30_000,
  },
  {
    id: "template-with-crlf-line-endings-builds",
    class: "template",
    setup: (d) =>
      d.write(
        MINI,
        d.read(MINI).replace("Schools section.", "Schools section, CRLF.").replace(/\n/g, "\r\n"),
      ),
    args: BUILD,
    exit: 0,
    mayChange: ["output/"],
    check: (d) =>
      expect(readFileSync(join(d.project, "output/oak-primary/mini.html"), "utf8")).toContain(
        "Schools section, CRLF.",
      ),
  },
  {
    id: "setting-section-nested-3000-deep",
    class: "template",
    setup: (d) =>
      d.edit(
        "orgs/little-stars.yaml",
        "We take up **two** references.",
        `We take up **two** references.\n\n    ${">".repeat(3000)} deep`,
      ),
    args: BUILD,
    exit: 1,
    says: ["orgs/little-stars.yaml", "sections.recruitment", "nested"],
    saysNot: ["call stack"],
    mayChange: [/^output\/oak-primary\//],
    subprocess: true,
    timeLimitMs: 30_000,
  },
  // ---- Bytes that are not text. ----
  {
    id: "template-latin1-byte",
    class: "template",
    setup: (d) => {
      const text = d.read(MINI).replace("Schools section.", "Schools section caf\u00e9.");
      d.write(MINI, Buffer.from(text, "latin1"));
    },
    args: BUILD,
    exit: 1,
    says: [`${MINI}:43:`, "UTF-8"],
  },
  {
    id: "template-utf16",
    class: "template",
    setup: (d) =>
      d.write(MINI, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(d.read(MINI), "utf16le")])),
    args: BUILD,
    exit: 1,
    says: [MINI, "UTF-8"],
  },
  {
    id: "template-nul-character",
    class: "template",
    setup: (d) => d.edit(MINI, "Schools section.", "Schools\u0000 section."),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:43:8`],
  },
  {
    id: "template-noncharacter-fffe",
    class: "template",
    setup: (d) => d.edit(MINI, "Early years section.", "Early \uFFFEyears section."),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:49:7`],
  },
  {
    id: "template-with-utf8-bom-builds",
    class: "template",
    setup: (d) => d.write(MINI, `\uFEFF${d.read(MINI).replace("Schools section.", "Schools section, BOM.")}`),
    args: BUILD,
    exit: 0,
    mayChange: ["output/"],
    check: (d) =>
      expect(readFileSync(join(d.project, "output/oak-primary/mini.html"), "utf8")).toContain(
        "Schools section, BOM.",
      ),
  },
  {
    id: "template-huge",
    class: "template",
    setup: (d) => d.write(MINI, `${d.read(MINI)}\n${"All staff read this policy. ".repeat(220_000)}\n`),
    args: BUILD,
    exit: 1,
    says: [MINI, "MB"],
    subprocess: true,
    timeLimitMs: 60_000,
  },
  // ---- Files that are not files. ----
  {
    id: "template-is-a-folder",
    class: "template",
    setup: (d) => {
      rmSync(join(d.project, MINI));
      mkdirSync(join(d.project, MINI, "inner"), { recursive: true });
    },
    args: BUILD,
    exit: 1,
    says: [MINI, "is a folder, not a file"],
    mayChange: [MINI],
  },
  {
    id: "template-is-a-fifo",
    class: "template",
    setup: (d) => {
      rmSync(join(d.project, MINI));
      execFileSync("mkfifo", [join(d.project, MINI)]);
    },
    args: BUILD,
    exit: 1,
    says: [MINI, "is not an ordinary file"],
    mayChange: [MINI],
    subprocess: true,
    timeLimitMs: 30_000,
  },
  {
    id: "template-symlink-out-of-project",
    class: "template",
    setup: (d) => {
      rmSync(join(d.project, MINI));
      symlinkSync(join(d.outside, "secret.txt"), join(d.project, MINI));
    },
    args: BUILD,
    exit: 1,
    says: [MINI, "outside the project"],
    mayChange: [MINI],
  },
  {
    id: "policy-templates-is-a-file",
    class: "template",
    setup: (d) => {
      rmSync(join(d.project, "policy-templates"), { recursive: true });
      d.write("policy-templates", "not a folder\n");
    },
    args: BUILD,
    exit: 1,
    says: ["policy-templates", "folder"],
    mayChange: ["policy-templates"],
  },
  // ---- Liquid that could run for ever. ----
  {
    id: "liquid-huge-range-in-a-value",
    class: "template",
    setup: (d) => d.edit(MINI, "Schools section.", 'Schools {{ (1..100000000) | join: "," }} section.'),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:43:9`, "far too much text"],
    subprocess: true,
    timeLimitMs: 30_000,
  },
  {
    id: "directive-written-without-braces",
    class: "template",
    setup: (d) => d.edit(MINI, "## Purpose", ":::when school\n## Purpose"),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:21:1`, '":::when school" starts like a :::when block but is not written as one'],
  },
  {
    id: "liquid-date-of-now-reads-no-clock",
    class: "template",
    setup: (d) =>
      d.edit(MINI, "Schools section.", 'Schools section, printed {{ "now" | date: "%d %B %Y" }}.'),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:43:`, 'the date filter with "now" reads the clock'],
  },
  {
    id: "liquid-huge-string-in-a-value",
    class: "template",
    setup: (d) =>
      d.edit(
        MINI,
        "Schools section.",
        'Schools {{ "xxxxxxxxxx" | append: "x" | split: "" | join: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" | split: "" | join: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" | split: "" | join: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" | split: "" | join: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" }} section.',
      ),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:43:9`],
    subprocess: true,
    timeLimitMs: 60_000,
  },
  {
    id: "liquid-value-longer-than-parse-limit",
    class: "template",
    setup: (d) => d.edit(MINI, "Schools section.", `Schools {{ "${"a".repeat(20_000)}" }} section.`),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:43:9`],
    check: (_d, result) => expect(result.output.length).toBeLessThan(2_000),
  },
  {
    id: "slot-named-like-an-object-property",
    class: "template",
    setup: (d) =>
      d.edit(
        MINI,
        "## Contacts",
        ':::slot{name="toString"}\nOur own words.\n:::\n\n::slot{name="constructor"}\n\n::slot{name="__proto__"}\n\n## Contacts',
      ),
    args: BUILD,
    exit: 0,
    mayChange: ["output/"],
    check: (d) =>
      expect(readFileSync(join(d.project, "output/little-stars/mini.html"), "utf8")).toContain(
        "Our own words.",
      ),
  },
  // ---- Links in the template. ----
  {
    id: "javascript-link-in-template",
    class: "template",
    setup: (d) => d.edit(MINI, "Schools section.", "Schools [section](javascript:alert(1))."),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:43:9`, "https://"],
  },
  {
    id: "data-url-image-in-template",
    class: "template",
    setup: (d) =>
      d.edit(MINI, "Schools section.", "Schools ![x](data:text/html;base64,PHNjcmlwdD4=) section."),
    args: BUILD,
    exit: 1,
    says: [`${MINI}:43:9`, "https://"],
  },
];

hostileSuite("templates", cases);
