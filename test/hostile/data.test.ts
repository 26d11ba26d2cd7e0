/**
 * Hostile inputs for loading data: YAML bombs and limits, files in orgs/ that are not files, links out of
 * the project, encodings, URLs and Markdown links, course ids, logos, and --org ids that do not exist.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { expect } from "vitest";
import { PNG_SIGNATURE, pngChunk } from "../helpers/png.js";
import { type CaseDir, hostileSuite, outputsOf } from "./harness.js";

const OAK = "orgs/oak-primary.yaml";
const STARS = "orgs/little-stars.yaml";

/** The other setting was still built: its outputs are there. */
function littleStarsBuilt(dir: CaseDir): void {
  expect(outputsOf(dir, "little-stars").length).toBeGreaterThan(0);
}

/** "billion laughs": nine levels of nine aliases each, appended as extra fields. */
function aliasBomb(): string {
  const lines = ['lol0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `lol${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(",")}]`,
    );
  return `${lines.join("\n")}\n`;
}

function fifo(path: string): void {
  const made = spawnSync("mkfifo", [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

function withLogo(dir: CaseDir, path: string): void {
  dir.edit(
    OAK,
    "website: https://oak.example.org\n",
    `website: https://oak.example.org\nlogo:\n  path: ${path}\n  alt: Oak logo\n`,
  );
}
/** Where `logo.path`'s value sits in oak-primary.yaml after withLogo. */
const LOGO_AT = "orgs/oak-primary.yaml:7:9";

/** A PNG of the given size; grey, 1 bit a pixel, so a huge one is still small on disk. */
function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // grey
  const raw = Buffer.alloc(height * (1 + Math.ceil(width / 8)));
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(raw)),
    pngChunk("IEND", new Uint8Array(0)),
  ]);
}

/** A baseline JPEG's markers up to the image data: SOI, SOF0 (the given size), SOS and a little data. */
function jpegStart(width: number, height: number): Buffer {
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03];
  for (let c = 1; c <= 3; c++) sof.push(c, 0x11, 0x00);
  const sos = [0xff, 0xda, 0x00, 0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00];
  return Buffer.from([0xff, 0xd8, ...sof, ...sos, 0x12, 0x34, 0x56, 0x78, 0x9a]);
}

const HANG = { subprocess: true, timeLimitMs: 60_000 } as const;

hostileSuite("data: YAML, files, encodings, links and logos", [
  // ---- YAML bombs and limits ----
  {
    id: "alias-bomb-in-setting",
    class: "yaml",
    setup: (d) => d.write(OAK, `${d.read(OAK)}${aliasBomb()}`),
    args: ["build", "--format", "html"],
    exit: 1,
    says: [/orgs\/oak-primary\.yaml:19:\d+ .*too many YAML aliases/, "write the values out in full"],
    check: littleStarsBuilt,
  },
  {
    id: "alias-bomb-in-partnership",
    class: "yaml",
    setup: (d) => d.write("partnership.yaml", `${d.read("partnership.yaml")}${aliasBomb()}`),
    args: ["validate"],
    exit: 2,
    says: [/partnership\.yaml:\d+:\d+ .*too many YAML aliases/],
  },
  {
    id: "setting-file-too-large",
    class: "yaml",
    setup: (d) => d.write(OAK, `${d.read(OAK)}${"# padding padding padding padding\n".repeat(70_000)}`),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/oak-primary.yaml is too large", "at most 2 MB"],
    check: littleStarsBuilt,
  },
  {
    id: "partnership-too-large",
    class: "yaml",
    setup: (d) =>
      d.write(
        "partnership.yaml",
        `${d.read("partnership.yaml")}${"# padding padding padding padding\n".repeat(330_000)}`,
      ),
    args: ["validate"],
    exit: 2,
    says: ["partnership.yaml is too large", "at most 10 MB"],
  },
  {
    id: "setting-nested-brackets",
    class: "yaml",
    setup: (d) => d.write(OAK, `${d.read(OAK)}deep: ${"[".repeat(5000)}${"]".repeat(5000)}\n`),
    args: ["build", "--format", "html"],
    exit: 1,
    says: [/orgs\/oak-primary\.yaml:18:\d+ .*nested more than 64 levels/],
    check: littleStarsBuilt,
  },
  {
    // The commonest slip by hand: "name Oak Primary School". The parser's own words ("Implicit keys need to be on
    // a single line") tell a nursery manager nothing; the message shows the line as it should be.
    id: "setting-field-without-colon",
    class: "yaml",
    setup: (d) => d.edit(OAK, "name: Oak Primary School", "name Oak Primary School"),
    args: ["build", "--format", "html"],
    exit: 1,
    says: [
      /orgs\/oak-primary\.yaml:2:1 "name Oak Primary School" has no colon after "name"/,
      'write it as "name: Oak Primary School"',
    ],
    check: littleStarsBuilt,
  },
  {
    // A list left open ("name: [Oak Primary School" with no "]"): the YAML parser notices it where the next line
    // starts and said "line 3"; the message now points at the "[" on line 2, where the user must look.
    id: "setting-unclosed-bracket-names-its-line",
    class: "yaml",
    setup: (d) => d.edit(OAK, "name: Oak Primary School", "name: [Oak Primary School"),
    args: ["build", "--format", "html"],
    exit: 1,
    says: [/orgs\/oak-primary\.yaml:2:7 this "\[" starts a list that is never closed — add "\]"/],
    check: littleStarsBuilt,
  },
  {
    // A quoted value left open ('version: "4.0' with no closing quote): the parser notices it at the end of the file
    // and said "line <last + 1>:1", a line the file does not have; the message now points at the opening quote.
    id: "setting-unclosed-quote-names-its-line",
    class: "yaml",
    setup: (d) => d.edit(OAK, "name: Oak Primary School", 'name: "Oak Primary School'),
    args: ["build", "--format", "html"],
    exit: 1,
    says: [
      /orgs\/oak-primary\.yaml:2:7 this " starts a text that is never closed — add " where the text ends/,
    ],
    check: littleStarsBuilt,
  },
  {
    // Each error's line was looked up by splitting the whole text again (16,000 lines without their colon took
    // 53 s); split once, it takes about a second. The time limit catches the old way with a wide margin.
    id: "setting-16000-lines-without-colon",
    class: "yaml",
    subprocess: true,
    timeLimitMs: 30_000,
    setup: (d) =>
      d.write(
        OAK,
        `id: oak-primary\n${Array.from({ length: 16_000 }, (_, i) => `a${i}: 1\nname${i} Oak Primary`).join("\n")}\n`,
      ),
    args: ["validate"],
    exit: 1,
    says: [/orgs\/oak-primary\.yaml:3:1 "name0 Oak Primary" has no colon after "name0"/],
  },
  {
    // A field pasted in twice (the commonest slip after a missing colon): named, with where the first one is.
    id: "setting-field-written-twice",
    class: "yaml",
    setup: (d) => d.write(OAK, `${d.read(OAK)}id: oak-primary\n`),
    args: ["validate"],
    exit: 1,
    says: [
      /orgs\/oak-primary\.yaml:\d+:1 "id" is written twice — it is already on line \d+; keep the right value/,
    ],
    saysNot: ["Map keys must be unique"],
  },
  {
    id: "setting-nested-dashes",
    class: "yaml",
    setup: (d) => d.write(OAK, `${d.read(OAK)}deep:\n  ${"- ".repeat(3000)}x\n`),
    args: ["validate"],
    exit: 1,
    says: [/orgs\/oak-primary\.yaml:19:\d+ .*nested more than 64 levels/],
  },
  {
    id: "partnership-nested-brackets",
    class: "yaml",
    setup: (d) =>
      d.write(
        "partnership.yaml",
        `${d.read("partnership.yaml")}deep: ${"{a: ".repeat(3000)}1${"}".repeat(3000)}\n`,
      ),
    args: ["validate"],
    exit: 2,
    says: [/partnership\.yaml:\d+:\d+ the lists and fields here are nested more than 64 levels/],
  },
  {
    id: "empty-setting-file",
    class: "yaml",
    setup: (d) => d.write(OAK, ""),
    args: ["validate"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:1:1 the file is empty", "id, name, type, area, policy and leads"],
    saysNot: ["null should be"],
  },
  {
    id: "setting-file-only-comments",
    class: "yaml",
    setup: (d) => d.write(OAK, "# to do: fill in\n"),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:1:1 the file is empty"],
    saysNot: ["null should be"],
    check: littleStarsBuilt,
  },
  {
    id: "setting-file-is-a-list",
    class: "yaml",
    setup: (d) => d.write(OAK, "- id: oak-primary\n- name: Oak Primary School\n"),
    args: ["validate"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:1:1 the file holds a list", "id, name, type, area, policy and leads"],
    saysNot: ["should be an set"],
  },
  {
    id: "setting-file-is-one-string",
    class: "yaml",
    setup: (d) => d.write(OAK, "Oak Primary School, Fallowmere\n"),
    args: ["validate"],
    exit: 1,
    says: [
      "orgs/oak-primary.yaml:1:1 the file holds a single value",
      "id, name, type, area, policy and leads",
    ],
    saysNot: ["should be an set"],
  },
  {
    id: "setting-policy-block-left-empty",
    class: "yaml",
    setup: (d) => d.write(OAK, d.read(OAK).replace(/policy:\n( {2}.*\n)+/, "policy:\n")),
    args: ["validate"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:6:8 policy: this is empty — it needs a set of fields"],
    saysNot: ["an set", "null should"],
  },
  {
    id: "empty-partnership",
    class: "yaml",
    setup: (d) => d.write("partnership.yaml", "\n"),
    args: ["validate"],
    exit: 2,
    says: ["partnership.yaml:1:1 the file is empty", "name, areas"],
    saysNot: ["should be an set"],
  },

  // ---- files in orgs/ and partnership.yaml that are not plain files ----
  {
    id: "folder-named-like-a-setting",
    class: "paths",
    setup: (d) => mkdirSync(join(d.project, "orgs/broken.yaml")),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/broken.yaml is a folder, not a file"],
    saysNot: ["EISDIR"],
    check: littleStarsBuilt,
  },
  {
    id: "fifo-named-like-a-setting",
    class: "paths",
    ...HANG,
    setup: (d) => fifo(join(d.project, "orgs/pipe.yaml")),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/pipe.yaml is not an ordinary file"],
    check: littleStarsBuilt,
  },
  {
    id: "setting-linked-to-secret-outside",
    class: "paths",
    setup: (d) => symlinkSync(join(d.outside, "secret.txt"), join(d.project, "orgs/evil.yaml")),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/evil.yaml is a link to a file outside the project — copy the file into orgs/ instead"],
    check: littleStarsBuilt,
  },
  {
    id: "setting-linked-relatively-outside",
    class: "paths",
    setup: (d) => symlinkSync("../../outside/secret.txt", join(d.project, "orgs/evil.yaml")),
    args: ["validate"],
    exit: 1,
    says: ["orgs/evil.yaml is a link to a file outside the project"],
  },
  {
    id: "setting-linked-to-etc-passwd",
    class: "paths",
    setup: (d) => symlinkSync("/etc/passwd", join(d.project, "orgs/passwd.yaml")),
    args: ["validate"],
    exit: 1,
    says: ["orgs/passwd.yaml is a link to a file outside the project"],
    saysNot: ["root:", "/bin/"],
  },
  {
    id: "setting-link-to-nowhere",
    class: "paths",
    setup: (d) => symlinkSync("gone.yaml", join(d.project, "orgs/dangling.yaml")),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/dangling.yaml cannot be found"],
    saysNot: ["ENOENT"],
    check: littleStarsBuilt,
  },
  {
    id: "partnership-linked-outside",
    class: "paths",
    setup: (d) => {
      const path = join(d.project, "partnership.yaml");
      spawnSync("rm", [path]);
      symlinkSync(join(d.outside, "secret.txt"), path);
    },
    args: ["validate"],
    exit: 2,
    says: ["partnership.yaml is a link to a file outside the project"],
    mayChange: ["partnership.yaml"],
  },
  {
    id: "partnership-is-a-folder",
    class: "paths",
    setup: (d) => {
      spawnSync("rm", [join(d.project, "partnership.yaml")]);
      mkdirSync(join(d.project, "partnership.yaml"));
    },
    args: ["build", "--format", "html"],
    exit: 2,
    says: ["partnership.yaml is a folder, not a file"],
    saysNot: ["EISDIR"],
    mayChange: ["partnership.yaml"],
  },
  {
    id: "partnership-is-a-fifo",
    class: "paths",
    ...HANG,
    setup: (d) => {
      spawnSync("rm", [join(d.project, "partnership.yaml")]);
      fifo(join(d.project, "partnership.yaml"));
    },
    args: ["validate"],
    exit: 2,
    says: ["partnership.yaml is not an ordinary file"],
    mayChange: ["partnership.yaml"],
  },

  {
    id: "orgs-is-a-file",
    class: "paths",
    setup: (d) => {
      spawnSync("rm", ["-r", join(d.project, "orgs")]);
      d.write("orgs", "id: oak-primary\n");
    },
    args: ["build", "--format", "html"],
    exit: 2,
    says: ["orgs is not a folder"],
    saysNot: ["ENOTDIR"],
    mayChange: ["orgs"],
  },

  // ---- encodings and characters ----
  {
    id: "setting-in-latin1",
    class: "encoding",
    setup: (d) => d.write(OAK, Buffer.from(d.read(OAK).replace("Cara Lee", "Cara Lée"), "latin1")),
    args: ["build", "--format", "html"],
    exit: 1,
    says: [
      /orgs\/oak-primary\.yaml:14:\d+ this file is not UTF-8 text \(byte 0xE9/,
      "save the file again as UTF-8",
    ],
    check: littleStarsBuilt,
  },
  {
    id: "setting-in-utf16",
    class: "encoding",
    setup: (d) =>
      d.write(OAK, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(d.read(OAK), "utf16le")])),
    args: ["validate"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:1:1 this file is saved as UTF-16", "save it again as UTF-8"],
  },
  {
    id: "setting-with-invalid-utf8",
    class: "encoding",
    setup: (d) =>
      d.write(OAK, Buffer.concat([Buffer.from(`${d.read(OAK)}address: `), Buffer.from([0xc3, 0x28, 0x0a])])),
    args: ["validate"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:18:10 this file is not UTF-8 text (byte 0xC3"],
  },
  {
    id: "setting-with-nul",
    class: "encoding",
    setup: (d) => d.edit(OAK, "Oak Primary School", "Oak Primary\u0000School"),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:2:18 this file holds a NUL character (U+0000)"],
    check: littleStarsBuilt,
  },
  {
    id: "setting-with-fffe",
    class: "encoding",
    setup: (d) => d.edit(OAK, "Cara Lee", "Cara\uFFFELee"),
    args: ["validate"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:14:15 this file holds the non-character U+FFFE"],
  },
  {
    id: "setting-with-control-character-in-section",
    class: "encoding",
    setup: (d) => d.edit(STARS, "We take up", "We take\u0007up"),
    args: ["validate"],
    exit: 1,
    says: ["orgs/little-stars.yaml:24:12 this file holds a control character (U+0007)"],
  },
  {
    id: "partnership-with-latin1",
    class: "encoding",
    setup: (d) =>
      d.write(
        "partnership.yaml",
        Buffer.from(d.read("partnership.yaml").replace("Riverbend City", "Rivèrbend City"), "latin1"),
      ),
    args: ["validate"],
    exit: 2,
    says: [/partnership\.yaml:\d+:\d+ this file is not UTF-8 text/],
  },
  {
    id: "partnership-with-nul",
    class: "encoding",
    setup: (d) => d.edit("partnership.yaml", "short_name: RFSCP", "short_name: RF\u0000SCP"),
    args: ["validate"],
    exit: 2,
    says: [/partnership\.yaml:\d+:15 this file holds a NUL character/],
  },

  {
    id: "setting-with-escaped-nul",
    class: "encoding",
    setup: (d) => d.edit(OAK, "name: Oak Primary School", 'name: "Oak Primary\\0School"'),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:2:7 this text holds a NUL character (U+0000), written as an escape"],
    check: littleStarsBuilt,
  },
  {
    id: "partnership-with-escaped-fffe",
    class: "encoding",
    setup: (d) => d.edit("partnership.yaml", "short_name: RFSCP", 'short_name: "RF\\uFFFESCP"'),
    args: ["validate"],
    exit: 2,
    says: [/partnership\.yaml:\d+:13 this text holds the non-character U\+FFFE, written as an escape/],
  },
  {
    id: "setting-with-terminal-escape",
    class: "encoding",
    setup: (d) => d.edit(OAK, "Cara Lee", "Cara \u001b]0;pwned\u0007\u001b[2JLee"),
    args: ["validate"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:14:16 this file holds a control character (U+001B)"],
    saysNot: ["\u001b"],
  },
  {
    id: "setting-with-encoded-surrogate",
    class: "encoding",
    setup: (d) =>
      d.write(
        OAK,
        Buffer.concat([
          Buffer.from(`${d.read(OAK)}address: "x`),
          Buffer.from([0xed, 0xa0, 0x80]),
          Buffer.from('"\n'),
        ]),
      ),
    args: ["validate"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:18:12 this file is not UTF-8 text (byte 0xED"],
  },

  // ---- values quoted in messages ----
  {
    id: "value-with-a-line-break-cannot-start-a-ci-command",
    class: "encoding",
    // YAML's "\n" escape puts a line break into the value, which the message quotes.
    setup: (d) =>
      d.edit(
        OAK,
        "area: fallowmere",
        String.raw`area: "narnia\n::error file=orgs/little-stars.yaml::forged"`,
      ),
    args: ["validate"],
    exit: 1,
    says: [String.raw`orgs/oak-primary.yaml:4:7 area: "narnia\n::error file=orgs/little-stars.yaml::forged"`],
    saysNot: [/^::/m],
  },

  // ---- web addresses ----
  {
    id: "website-javascript",
    class: "urls",
    setup: (d) => d.edit(OAK, "https://oak.example.org", "javascript:alert(document.cookie)"),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:5:10 website:", "only addresses starting https:// or http://"],
    check: littleStarsBuilt,
  },
  {
    id: "website-data-url",
    class: "urls",
    setup: (d) => d.edit(OAK, "https://oak.example.org", '"data:text/html,<script>alert(1)</script>"'),
    args: ["validate"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:5:10 website:", "only addresses starting https:// or http://"],
  },
  {
    id: "partnership-website-vbscript",
    class: "urls",
    setup: (d) =>
      d.edit("partnership.yaml", "website: https://www.rfscp.example.org", "website: vbscript:msgbox(1)"),
    args: ["validate"],
    exit: 2,
    says: [/partnership\.yaml:\d+:10 website: .*only addresses starting https:\/\/ or http:\/\//],
  },
  {
    id: "area-procedures-website-file",
    class: "urls",
    setup: (d) =>
      d.edit(
        "partnership.yaml",
        "procedures_website: https://procedures.rfscp.example.org/riverbend",
        "procedures_website: file:///etc/passwd",
      ),
    args: ["validate"],
    exit: 2,
    says: [/partnership\.yaml:\d+:\d+ areas\[0\]\.procedures_website: .*only addresses starting https:\/\//],
  },

  // ---- links in a setting's own Markdown ----
  {
    id: "section-link-javascript",
    class: "markdown-links",
    setup: (d) =>
      d.edit(STARS, "We take up **two** references.", "We take up [two](javascript:alert(1)) references."),
    args: ["build", "--format", "html"],
    exit: 1,
    says: [
      'orgs/little-stars.yaml:24:16 sections.recruitment: the link "javascript:alert(1)" is a javascript: address',
    ],
    check: (d) => expect(outputsOf(d, "oak-primary").length).toBeGreaterThan(0),
  },
  {
    id: "section-image-data",
    class: "markdown-links",
    setup: (d) =>
      d.edit(
        STARS,
        "We take up **two** references.",
        "We take up references.\n    ![logo](data:image/svg+xml;base64,PHN2Zz4=)",
      ),
    args: ["validate"],
    exit: 1,
    says: [
      'orgs/little-stars.yaml:25:5 sections.recruitment: the image "data:image/svg+xml;base64,PHN2Zz4=" is a data: address',
    ],
  },
  {
    id: "section-link-definition-vbscript",
    class: "markdown-links",
    setup: (d) =>
      d.edit(
        STARS,
        "We take up **two** references.",
        "We take up [two][r] references.\n\n    [r]: vbscript:msgbox(1)",
      ),
    args: ["validate"],
    exit: 1,
    says: [
      /orgs\/little-stars\.yaml:26:5 sections\.recruitment: the link "vbscript:msgbox\(1\)" is a vbscript: address/,
    ],
  },
  {
    id: "section-link-scheme-in-mixed-case-and-entities",
    class: "markdown-links",
    setup: (d) => d.edit(STARS, "We take up **two** references.", "See [this](JaVa&#x73;cript:alert(1))."),
    args: ["validate"],
    exit: 1,
    says: [
      /orgs\/little-stars\.yaml:24:\d+ sections\.recruitment: the link "JaVascript:alert\(1\)" is a javascript: address/,
    ],
  },
  {
    id: "section-link-file-in-quoted-string",
    class: "markdown-links",
    setup: (d) =>
      d.edit(STARS, /recruitment: \|\n[\s\S]*$/, 'recruitment: "See [the file](file:///etc/passwd)."\n'),
    args: ["validate"],
    exit: 1,
    says: [
      /orgs\/little-stars\.yaml:21:\d+ sections\.recruitment: the link "file:\/\/\/etc\/passwd" is a file: address/,
    ],
    saysNot: ["root:"],
  },

  {
    id: "section-quote-bomb",
    class: "markdown-links",
    setup: (d) =>
      d.edit(STARS, "We take up **two** references.", `${">".repeat(30_000)} We take up references.`),
    args: ["build", "--format", "html"],
    exit: 1,
    says: [
      "orgs/little-stars.yaml:24:5 sections.recruitment: quotes (>) or lists are nested more than 32 levels deep",
    ],
    saysNot: ["Maximum call stack"],
    check: (d) => expect(outputsOf(d, "oak-primary").length).toBeGreaterThan(0),
  },
  {
    id: "section-deep-list",
    class: "markdown-links",
    setup: (d) => d.edit(STARS, "We take up **two** references.", `${"- ".repeat(20_000)}references`),
    args: ["validate"],
    exit: 1,
    says: [
      /orgs\/little-stars\.yaml:\d+:\d+ sections\.recruitment: quotes \(>\) or lists are nested more than 32 levels/,
    ],
    saysNot: ["Maximum call stack"],
  },

  // ---- course ids ----
  {
    id: "training-course-id-mistyped",
    class: "courses",
    setup: (d) => d.edit(OAK, "course: dsl-full", "course: dsl-ful"),
    args: ["validate"],
    exit: 1,
    says: [
      'orgs/oak-primary.yaml:16:17 leads[0].training[0].course: "dsl-ful" is not a course id in partnership.yaml',
      "dsl-full, dsl-update",
    ],
  },

  // ---- logos ----
  {
    id: "logo-outside-project-relative",
    class: "logo",
    setup: (d) => withLogo(d, "../../outside/secret.txt"),
    args: ["validate"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo ../../outside/secret.txt is outside the project folder`],
  },
  {
    id: "logo-absolute-path-outside",
    class: "logo",
    setup: (d) => withLogo(d, "/etc/passwd"),
    args: ["build", "--format", "html"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo /etc/passwd is outside the project folder`],
    saysNot: ["root:"],
    check: littleStarsBuilt,
  },
  {
    id: "logo-linked-outside",
    class: "logo",
    setup: (d) => {
      symlinkSync(join(d.outside, "secret.txt"), join(d.project, "orgs/logo.png"));
      withLogo(d, "logo.png");
    },
    args: ["validate"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo logo.png is a link to a file outside the project`],
  },
  {
    id: "logo-is-a-folder",
    class: "logo",
    setup: (d) => {
      mkdirSync(join(d.project, "orgs/logo.png"));
      withLogo(d, "logo.png");
    },
    args: ["build", "--format", "html"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo logo.png is a folder, not a file`],
    saysNot: ["EISDIR"],
    check: littleStarsBuilt,
  },
  {
    id: "logo-is-dev-zero",
    class: "logo",
    ...HANG,
    setup: (d) => {
      symlinkSync("/dev/zero", join(d.project, "orgs/logo.png"));
      withLogo(d, "logo.png");
    },
    args: ["build", "--format", "html"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo logo.png is a link to a file outside the project`],
    check: littleStarsBuilt,
  },
  {
    id: "logo-is-a-fifo",
    class: "logo",
    ...HANG,
    setup: (d) => {
      fifo(join(d.project, "orgs/logo.png"));
      withLogo(d, "logo.png");
    },
    args: ["build", "--format", "html"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo logo.png is not an ordinary file`],
    check: littleStarsBuilt,
  },
  {
    id: "logo-too-large-on-disk",
    class: "logo",
    setup: (d) => {
      d.write("orgs/logo.png", Buffer.concat([png(16, 16), Buffer.alloc(6 * 1024 * 1024)]));
      withLogo(d, "logo.png");
    },
    args: ["validate"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo logo.png is too large`, "at most 5 MB"],
  },
  {
    id: "logo-png-cut-short",
    class: "logo",
    ...HANG,
    setup: (d) => {
      const whole = png(64, 64);
      d.write("orgs/logo.png", whole.subarray(0, whole.length - 20));
      withLogo(d, "logo.png");
    },
    args: ["build", "--format", "html,docx,pdf"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo logo.png is cut short or damaged`],
    check: littleStarsBuilt,
  },
  {
    id: "logo-png-bomb-dimensions",
    class: "logo",
    ...HANG,
    setup: (d) => {
      d.write("orgs/logo.png", png(30_000, 30_000));
      withLogo(d, "logo.png");
    },
    args: ["build", "--format", "html,docx,pdf"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo logo.png is 30000 × 30000 pixels, too large`],
    check: littleStarsBuilt,
  },
  {
    id: "logo-png-data-bomb",
    class: "logo",
    ...HANG,
    setup: (d) => {
      // The header says 16 × 16; the image data unpacks to 64 MB.
      const small = png(16, 16);
      const idatAt = small.indexOf("IDAT") - 4;
      const iendAt = small.indexOf("IEND") - 4;
      const bomb = pngChunk("IDAT", deflateSync(Buffer.alloc(64 * 1024 * 1024)));
      d.write("orgs/logo.png", Buffer.concat([small.subarray(0, idatAt), bomb, small.subarray(iendAt)]));
      withLogo(d, "logo.png");
    },
    args: ["validate"],
    exit: 1,
    says: [
      `${LOGO_AT} logo.path: the logo logo.png is cut short or damaged (its image data does not match the size in its header)`,
    ],
  },
  {
    id: "logo-jpeg-huge-dimensions",
    class: "logo",
    setup: (d) => {
      d.write("orgs/logo.jpg", Buffer.concat([jpegStart(60_000, 60_000), Buffer.from([0xff, 0xd9])]));
      withLogo(d, "logo.jpg");
    },
    args: ["validate"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo logo.jpg is 60000 × 60000 pixels, too large`],
  },
  {
    id: "logo-png-bad-checksum",
    class: "logo",
    setup: (d) => {
      const bytes = png(32, 32);
      bytes[bytes.length - 20] ^= 0xff; // inside the IDAT data
      d.write("orgs/logo.png", bytes);
      withLogo(d, "logo.png");
    },
    args: ["validate"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo logo.png is damaged (a checksum inside the PNG is wrong)`],
  },
  {
    id: "logo-jpeg-cut-short",
    class: "logo",
    ...HANG,
    setup: (d) => {
      d.write("orgs/logo.jpg", jpegStart(32, 32));
      withLogo(d, "logo.jpg");
    },
    args: ["build", "--format", "html,docx,pdf"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo logo.jpg is cut short or damaged`],
    check: littleStarsBuilt,
  },
  {
    id: "logo-jpeg-zero-width",
    class: "logo",
    setup: (d) => {
      d.write("orgs/logo.jpg", Buffer.concat([jpegStart(0, 32), Buffer.from([0xff, 0xd9])]));
      withLogo(d, "logo.jpg");
    },
    args: ["validate"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo logo.jpg is damaged (its header says it is 0 pixels across)`],
  },
  {
    id: "logo-gif-named-png",
    class: "logo",
    setup: (d) => {
      d.write("orgs/logo.png", Buffer.from("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;", "latin1"));
      withLogo(d, "logo.png");
    },
    args: ["validate"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo logo.png is not a PNG or JPEG image (it is a GIF)`],
  },
  {
    id: "logo-missing-reported-by-validate",
    class: "logo",
    setup: (d) => withLogo(d, "nothing-here.png"),
    args: ["validate"],
    exit: 1,
    says: [`${LOGO_AT} logo.path: the logo nothing-here.png cannot be found`],
  },

  // ---- --org ids that do not exist ----
  {
    id: "build-org-misspelt",
    class: "filters",
    args: ["build", "--format", "html", "--org", "oak-primry"],
    exit: 2,
    says: [
      'no setting called "oak-primry" — did you mean oak-primary?',
      "2 settings in orgs/: little-stars, oak-primary",
    ],
    saysNot: ["Removed"],
    check: (d) => {
      expect(existsSync(join(d.project, "output/oak-primary"))).toBe(true);
      littleStarsBuilt(d);
    },
  },
  {
    id: "validate-org-unknown",
    class: "filters",
    args: ["validate", "--org", "nosuch"],
    exit: 2,
    says: ['no setting called "nosuch"', "2 settings in orgs/"],
  },
  {
    id: "audit-org-unknown",
    class: "filters",
    args: ["audit", "--org", "little-star"],
    exit: 2,
    says: ['no setting called "little-star" — did you mean little-stars?'],
    saysNot: ["No problems found"],
  },
]);
