/**
 * Past model versions (versions/<template>/<version>/template.md) and which sections changed between two
 * versions of a policy, matched by heading.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { afterEach, describe, expect, it } from "vitest";
import { DataError } from "../src/errors.js";
import { keptVersions, pastTemplate } from "../src/model-versions/past.js";
import { changedSections, policySections } from "../src/model-versions/sections.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("changedSections", () => {
  const old = parse(
    [
      "# Policy",
      "Intro words.",
      "## 1. Purpose",
      "We keep children safe.",
      "## 2. Private fostering",
      "Tell the local authority.",
      "## 3. Contacts",
      "| Service | Phone |\n| --- | --- |\n| Front door | 0113 496 0000 |",
      "## 4. Review",
      "1. Read it.\n2. Sign it.",
    ].join("\n\n"),
  );

  it("names the sections added, removed and changed, by heading, ignoring the heading numbers", () => {
    const now = parse(
      [
        "# Policy",
        "Intro words.",
        "## 1. Purpose",
        "We keep every child safe.",
        "## 2. Home education",
        "Some children learn at home.",
        "## 3. Contacts",
        "| Service | Phone |\n| --- | --- |\n| Front door | 0113 496 0001 |",
        "## 4. Review",
        "1. Read it.\n2. Sign it.",
      ].join("\n\n"),
    );
    expect(changedSections(old, now)).toEqual({
      added: ["Home education"],
      removed: ["Private fostering"],
      changed: ["Purpose", "Contacts"],
    });
  });

  it("does not count a section renumbered or re-wrapped as changed", () => {
    const now = parse(
      [
        "# Policy",
        "Intro words.",
        "## 1. New first section",
        "New.",
        "## 2. Purpose",
        "We keep children\nsafe.",
        "## 3. Private fostering",
        "Tell the local authority.",
        "## 4. Contacts",
        "| Service | Phone |\n| --- | --- |\n| Front door | 0113 496 0000 |",
        "## 5. Review",
        "3. Read it.\n4. Sign it.",
      ].join("\n\n"),
    );
    expect(changedSections(old, now)).toEqual({ added: ["New first section"], removed: [], changed: [] });
  });

  it("reads list items, table rows and text before the first heading as blocks of their section", () => {
    const sections = policySections(old);
    expect(sections.map((s) => s.key)).toEqual([
      "policy",
      "purpose",
      "private fostering",
      "contacts",
      "review",
    ]);
    expect(sections[3].blocks.map((b) => b.text)).toEqual(["Service | Phone", "Front door | 0113 496 0000"]);
    expect(sections[4].blocks.map((b) => [b.kind, b.marker, b.text])).toEqual([
      ["item", "1.", "Read it."],
      ["item", "2.", "Sign it."],
    ]);
  });

  it("calls the title's section, and words before any heading, the front page", () => {
    const front = parse(
      "# Policy\n\n| Policy details | |\n| --- | --- |\n| Version | 2026.1 |\n\n## Purpose\n\nA.",
    );
    const later = parse(
      "# Policy\n\n| Policy details | |\n| --- | --- |\n| Version | 2027.1 |\n\n## Purpose\n\nA.",
    );
    expect(changedSections(front, later).changed).toEqual(["Front page"]);
    expect(
      changedSections(parse("Intro.\n\n## Purpose\n\nA."), parse("Intro!\n\n## Purpose\n\nA.")).changed,
    ).toEqual(["Front page"]);
  });

  it("keeps two sections with the same heading apart", () => {
    const twice = parse("## Volunteers\n\nA.\n\n## Events\n\nB.\n\n### Volunteers\n\nC.");
    const changed = parse("## Volunteers\n\nA.\n\n## Events\n\nB.\n\n### Volunteers\n\nD.");
    expect(policySections(twice).map((s) => s.key)).toEqual(["volunteers", "events", "volunteers#2"]);
    expect(changedSections(twice, changed).changed).toEqual(["Volunteers"]);
  });
});

describe("versions/", () => {
  it("keeps the current version of every template, byte for byte", async () => {
    for (const id of ["child-protection", "referral-guide"]) {
      const current = readFileSync(join(REPO, "policy-templates", id, "template.md"), "utf8");
      const version = /^version: "([^"]+)"/m.exec(current)?.[1] as string;
      expect(await keptVersions(REPO, id), `${id} ${version} should be kept in versions/`).toContain(version);
      const kept = readFileSync(join(REPO, "versions", id, version, "template.md"), "utf8");
      expect(
        kept === current,
        `policy-templates/${id}/template.md differs from versions/${id}/${version}/template.md: a change to the model's words needs a new version (and a copy in versions/)`,
      ).toBe(true);
    }
  });

  it("loads a kept version compiled, and says undefined for one whose words are not kept", async () => {
    const kept = await pastTemplate(REPO, "child-protection", "2026.1");
    expect(kept?.meta).toMatchObject({ id: "child-protection", version: "2026.1" });
    expect(kept?.tree.children.length).toBeGreaterThan(10);
    // 2025.1 is in the changelog, but its text was never committed: it is not made up.
    expect(await pastTemplate(REPO, "child-protection", "2025.1")).toBeUndefined();
    expect(await keptVersions(REPO, "child-protection")).toEqual(["2026.1"]);
  });

  it("lists as versions only folders named like one (dotted numbers), oldest first", async () => {
    const root = mkdtempSync(join(tmpdir(), "policysmith-versions-"));
    made.push(root);
    for (const name of ["2026.1", "1.0", "2026.10", "2026.2", "draft", "old copy"]) {
      mkdirSync(join(root, "versions", "mini", name), { recursive: true });
      writeFileSync(join(root, "versions", "mini", name, "template.md"), "");
    }
    mkdirSync(join(root, "versions", "mini", "2027.1")); // no template.md in it
    expect(await keptVersions(root, "mini")).toEqual(["1.0", "2026.1", "2026.2", "2026.10"]);
    expect(await keptVersions(root, "no-such-template")).toEqual([]);
  });

  it("refuses a kept file that is another version than its folder says, at that file", async () => {
    const root = mkdtempSync(join(tmpdir(), "policysmith-versions-"));
    made.push(root);
    mkdirSync(join(root, "versions", "child-protection", "2025.1"), { recursive: true });
    writeFileSync(
      join(root, "versions", "child-protection", "2025.1", "template.md"),
      readFileSync(join(REPO, "versions", "child-protection", "2026.1", "template.md")),
    );
    const error = await pastTemplate(root, "child-protection", "2025.1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problems[0]).toMatchObject({
      file: join("versions", "child-protection", "2025.1", "template.md"),
      message: expect.stringContaining("put it in versions/child-protection/2026.1/template.md"),
    });
  });
});
