/**
 * Starting the reader thread before the CLI has loaded its commands (issue 15, start fast): bin.ts tells from the
 * words of `policysmith audit …` which readers the audit will need (readAheadFormats), prestartReader starts a
 * thread that loads them, and readAhead hands that thread the files. What the audit gets must be what a thread
 * started by readAhead, or this thread, gives. The worker is tsc's dist/audit/sources/read-worker-node.js here.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  dropPrestartedReader,
  prestartReader,
  readAhead,
  readAheadThreads,
} from "../src/audit/sources/read-ahead-node.js";
import { readDocument } from "../src/audit/sources/read-file-node.js";
import { AUDIT_VALUE_OPTIONS, readAheadFormats } from "../src/bin.js";
import { auditCommand } from "../src/commands/audit.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const corpus = (name: string) => join(REPO, "test", "corpus", name);

beforeAll(() => {
  expect(
    existsSync(join(REPO, "dist", "audit", "sources", "read-worker-node.js")),
    "dist/ is not built — run npm run build (or npx tsc -p tsconfig.build.json) first",
  ).toBe(true);
});

describe("readAheadFormats: the readers `policysmith audit …` will need, before the CLI is loaded", () => {
  it("names the formats of a few policy files, whatever options come between them", async () => {
    expect(await readAheadFormats(["audit", "policy.docx"], 2)).toEqual(["docx"]);
    expect(await readAheadFormats(["audit", "--as-of", "2026-12-01", "a.PDF", "-q", "b.md"], 4)).toEqual([
      "pdf",
      "md",
    ]);
    // An option's value is no file: the report written to audit.md is not a Markdown policy to read.
    expect(
      await readAheadFormats(["audit", "-o", "audit.md", "--format", "markdown", "our.docx"], 2),
    ).toEqual(["docx"]);
    expect(await readAheadFormats(["audit", "--format=json", "notes.txt", "page.html"], 2)).toEqual([
      "txt",
      "html",
    ]);
  });

  it("says nothing where the audit will not read ahead, or the files are not known yet", async () => {
    const none = [
      ["build"],
      ["audit"], // every setting's built policies: found later, in the project
      ["audit", "policies/"], // a folder
      ["audit", "policies/*.docx"], // a glob
      ["audit", "orgs/acorns.yaml", "a.docx"], // a setting file
      ["audit", "old.doc"], // a format it cannot read
      ["audit", "a.docx", "--jobs", "2"], // the user's own threads
      ["audit", "a.docx", "-j", "1"],
      ["audit", "a.docx", "--jobs=1"],
      ["audit", "a.docx", "--help"],
      ["audit", "a.docx", "--", "b.docx"],
      ["audit", "a.docx", "b.docx", "c.docx", "d.docx"], // as many as the audit sends to worker threads
    ];
    for (const args of none) expect(await readAheadFormats(args, 2), args.join(" ")).toBeUndefined();
    expect(await readAheadFormats(["audit", "a.docx"], 1)).toBeUndefined();
    expect(await readAheadFormats(["audit", "a.docx", "b.docx", "c.docx", "d.docx"], 4)).toEqual(
      Array(4).fill("docx"),
    );
  });

  it("knows every option of audit that takes a value, and no other", () => {
    const io = {
      stdout: () => undefined,
      stderr: () => undefined,
      isTTY: false,
      cwd: REPO,
      env: {},
      today: () => "2026-12-01",
    };
    const taking = auditCommand(io, () => undefined)
      .options.filter((option) => option.required || option.optional)
      .flatMap((option) => [option.short, option.long].filter((flag): flag is string => Boolean(flag)));
    expect([...AUDIT_VALUE_OPTIONS].sort()).toEqual(taking.sort());
  });
});

describe("prestartReader", () => {
  const targets = [
    { path: corpus("bramble-pre-school.docx"), file: "shown/bramble-pre-school.docx", settingId: "bramble" },
    { path: corpus("bramble-pre-school.md"), file: "shown/bramble-pre-school.md" },
  ];

  it("starts a thread that readAhead takes: the documents are those read in this thread", async () => {
    const before = { ...readAheadThreads };
    prestartReader(["docx", "md"]);
    const read = readAhead(targets);
    expect(readAheadThreads).toEqual({
      started: before.started + 1,
      prestarted: before.prestarted + 1,
      taken: before.taken + 1,
    });
    for (const t of targets) expect(await read(t)).toEqual(await readDocument(t.path, t.file, t.settingId));
  }, 120_000);

  it("a thread dropped before readAhead is not taken: readAhead starts its own, and reads the same", async () => {
    const before = { ...readAheadThreads };
    prestartReader(["pdf"]);
    await dropPrestartedReader();
    const read = readAhead(targets);
    expect(readAheadThreads).toEqual({
      started: before.started + 1,
      prestarted: before.prestarted + 1,
      taken: before.taken,
    });
    for (const t of targets) expect(await read(t)).toEqual(await readDocument(t.path, t.file, t.settingId));
  }, 120_000);

  it("a thread that cannot start is no error: the files are read in this thread", async () => {
    const before = { ...readAheadThreads };
    const missing = join(REPO, "dist", "no-such-reader.js");
    prestartReader(["docx"], missing);
    const read = readAhead(targets, missing);
    for (const t of targets) expect(await read(t)).toEqual(await readDocument(t.path, t.file, t.settingId));
    expect(readAheadThreads.taken - before.taken).toBeLessThanOrEqual(1);
    await dropPrestartedReader();
  }, 120_000);
});
