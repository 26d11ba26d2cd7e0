#!/usr/bin/env node
// `node scripts/bench-audit-documents.mjs [--rounds N] [FILE|FOLDER …]`: the audit's cost per document, by
// format, on documents it did not write (default: test/corpus/ and test/fixtures/real-documents/). Reads and
// checks each document with every default rule in this one thread, as `policysmith audit file.docx` outside a
// project does: one untimed round to warm the JIT and the libraries, then N timed rounds. Prints CPU milliseconds
// per document (median round) for each format. Part of `npm run bench`; never run in tests.
// Imports ../dist, so the same script measures any checkout once it is built (to compare two commits, copy it
// into the other checkout's scripts/ folder).
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { resolveRules } from "../dist/audit/config.js";
import { auditDocument } from "../dist/audit/engine.js";
import { rules } from "../dist/audit/rules/index.js";
import { loadSettingTypes } from "../dist/data/setting-types.js";

// As the command line runs: pdf.js inflates PDFs itself (src/audit/sources/pdf-inflate-node.ts). A build from before
// that module (the baseline scripts/bench-audit-baseline.mjs compares with) has none, and runs as its command line did.
await import("../dist/audit/sources/pdf-inflate-node.js").catch(() => {});
// As the command line runs, too: regular expressions compiled on their first run (src/audit/regexp-compile-node.ts).
// Set before the first document is read; a build from before that module runs as its command line did.
(await import("../dist/audit/regexp-compile-node.js").catch(() => undefined))?.compileRegExpsOnFirstRun();

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: "string", default: "5" }, json: { type: "boolean", default: false } },
});
const repo = fileURLToPath(new URL("..", import.meta.url));
const FORMATS = [".docx", ".pdf", ".md", ".html", ".txt"];
const roots = positionals.length
  ? positionals
  : [join(repo, "test", "corpus"), join(repo, "test", "fixtures", "real-documents")];

const files = [];
const walk = (path) => {
  let info;
  try {
    info = statSync(path);
  } catch {
    return;
  }
  if (info.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
  else if (FORMATS.includes(extname(path).toLowerCase())) files.push(path);
};
for (const root of roots) walk(root);
if (files.length === 0) {
  console.error("bench-audit-documents: no .docx, .pdf, .md, .html or .txt files found");
  process.exit(2);
}

const partnership = { name: "", areas: [], courses: [], source: "partnership.yaml" };
const settingTypes = await loadSettingTypes();
const input = {
  rules: resolveRules(rules, partnership, () => undefined),
  asOf: "2026-12-01",
  partnership,
  settingTypes,
};
const none = new Map();
/**
 * The process's CPU time (user and system), not the wall clock: a document's audit runs in this one thread (pdf.js's
 * worker too, in Node), so its CPU time is its cost, and time spent waiting for a core while another process has
 * it — the machine is shared, and its load moves the wall clock by ±20% and more — is not counted.
 */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function round() {
  const perFormat = new Map();
  for (const path of files) {
    const format = extname(path).toLowerCase().slice(1);
    const start = cpuMs();
    await auditDocument({ path, file: path }, input, none);
    const took = cpuMs() - start;
    const seen = perFormat.get(format) ?? { ms: 0, documents: 0 };
    seen.ms += took;
    seen.documents += 1;
    perFormat.set(format, seen);
  }
  return perFormat;
}

await round();
const rounds = [];
for (let i = 0; i < Number(values.rounds); i++) rounds.push(await round());
const result = {};
for (const format of [...rounds[0].keys()].sort()) {
  const perDocument = rounds.map((r) => r.get(format).ms / r.get(format).documents).sort((a, b) => a - b);
  result[format] = {
    documents: rounds[0].get(format).documents,
    msPerDocument: Math.round(perDocument[perDocument.length >> 1] * 10) / 10,
  };
}
if (values.json) console.log(JSON.stringify(result));
else
  for (const [format, { documents, msPerDocument }] of Object.entries(result))
    console.log(
      `audit ${format}: ${msPerDocument} ms per document (${documents} documents, median of ${rounds.length} rounds)`,
    );
