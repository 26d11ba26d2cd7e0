#!/usr/bin/env node
// `node scripts/bench-audit-baseline.mjs [--ref 764973a] [--pairs 3] [--rounds 3] [--sample 120] [--json] [FILE|FOLDER …]`:
// issue 11's bound, "audit time per document stays within 1.5× of today's", measured. "Today's" is the audit as it
// was when the issue was filed (commit 764973a). The script unpacks that commit into a temporary folder
// (`git archive`, so the repository is not touched), installs its dependencies (`npm ci --ignore-scripts`, from the
// npm registry) and compiles it, then runs scripts/bench-audit-documents.mjs from this checkout against both
// builds on the same documents (default: an even sample of test/corpus/), old and new in turn, --pairs times, so a
// busy machine slows both alike. Prints milliseconds per document by format for each, the ratio new/old and
// whether it is within 1.5×. The unpacked build is kept in the temporary folder and reused by the next run.
// Needs git and the npm registry; part of `npm run bench`; never run in tests.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ref: { type: "string", default: "764973a" },
    pairs: { type: "string", default: "3" },
    rounds: { type: "string", default: "3" },
    sample: { type: "string", default: "120" },
    json: { type: "boolean", default: false },
  },
});
const BOUND = 1.5;
const repo = fileURLToPath(new URL("..", import.meta.url));
const say = values.json ? () => {} : (line) => console.log(line);

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} failed in ${cwd}: ${(result.stderr || result.stdout).trim()}`,
    );
  return result.stdout;
}

/** The baseline commit unpacked, installed and compiled, once per commit. */
function baseline(ref) {
  const commit = run("git", ["rev-parse", "--verify", `${ref}^{commit}`], repo).trim();
  const dir = join(tmpdir(), `policysmith-audit-baseline-${commit.slice(0, 12)}`);
  const ready = join(dir, ".ready");
  if (existsSync(ready)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  say(`Unpacking ${commit.slice(0, 12)} into ${dir} and installing its dependencies (once)…`);
  const tar = join(dir, "..", `policysmith-audit-baseline-${commit.slice(0, 12)}.tar`);
  run("git", ["archive", "--format=tar", `--output=${tar}`, commit], repo);
  run("tar", ["-xf", tar, "-C", dir], repo);
  rmSync(tar, { force: true });
  run("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], dir);
  run(
    process.execPath,
    [join(dir, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"],
    dir,
  );
  writeFileSync(ready, `${commit}\n`);
  return dir;
}

/** An even sample of the documents: every k-th of the sorted list. */
function documents() {
  const roots = positionals.length ? positionals : [join(repo, "test", "corpus")];
  const files = [];
  const walk = (path) => {
    const info = statSync(path);
    if (info.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
    else if ([".docx", ".pdf", ".md", ".html", ".txt"].includes(extname(path).toLowerCase()))
      files.push(path);
  };
  for (const root of roots) walk(root);
  const want = Math.max(1, Number(values.sample));
  if (files.length <= want) return files;
  const step = files.length / want;
  return Array.from({ length: want }, (_, i) => files[Math.floor(i * step)]);
}

function timed(checkout, files) {
  const script = join(checkout, "scripts", "bench-audit-documents.mjs");
  if (checkout !== repo) copyFileSync(join(repo, "scripts", "bench-audit-documents.mjs"), script);
  return JSON.parse(run(process.execPath, [script, "--json", "--rounds", values.rounds, ...files], checkout));
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
};

const old = baseline(values.ref);
const files = documents();
const byFormat = new Map();
for (let pair = 0; pair < Number(values.pairs); pair++) {
  for (const [which, checkout] of [
    ["old", old],
    ["new", repo],
  ]) {
    const result = timed(checkout, files);
    for (const [format, { documents, msPerDocument }] of Object.entries(result)) {
      const seen = byFormat.get(format) ?? { documents, old: [], new: [] };
      seen[which].push(msPerDocument);
      byFormat.set(format, seen);
    }
  }
}
const results = {};
say(`Audit time per document, ${values.ref} (when issue 11 was filed) against this checkout, one thread:`);
for (const [format, seen] of [...byFormat].sort()) {
  const was = median(seen.old);
  const now = median(seen.new);
  const ratio = Math.round((now / was) * 100) / 100;
  results[format] = { documents: seen.documents, oldMs: was, newMs: now, ratio, met: ratio <= BOUND };
  say(
    `  ${ratio <= BOUND ? "met    " : "not met"}  ${format}: ${now} ms per document against ${was} ms — ${ratio}× (bound ${BOUND}×; ${seen.documents} documents, median of ${values.pairs} pairs)`,
  );
}
if (values.json) console.log(JSON.stringify(results));
