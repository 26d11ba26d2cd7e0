#!/usr/bin/env node
// `npm run bench [-- --settings N] [--formats docx,pdf,html] [--sample N] [--keep] [--memory-at M]`: generates N fictional settings
// (fixed seed) next to the real templates, then times: each format on one core (a sample of settings), a full
// parallel build of every format, a no-op rebuild, a rebuild after touching one setting, a full audit, and —
// when pandoc is installed — pandoc making the same Word documents, one process per document; and the
// self-service page's bundle size and, in Chromium, its load, check and build times.
// Each step runs in a process of its own (scripts/bench-phase.mjs), as a user's command would, so its wall
// time includes loading the project and its peak memory (RSS, worker threads included) is its own.
// Prints documents per second, wall times and peak memory; writes them to bench-results.json too, so they
// can be compared across commits. Never run in tests (tests never assert on time).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { loadProject } from "../dist/data/load-project.js";
import { fillTemplate } from "../dist/template/fill.js";
import { createLiquid } from "../dist/template/liquid.js";

const { values } = parseArgs({
  options: {
    settings: { type: "string", default: "1000" },
    formats: { type: "string", default: "html,docx,pdf" },
    sample: { type: "string", default: "100" },
    // Keeps the generated project and its output (the folder is printed), to profile one step by hand.
    keep: { type: "boolean", default: false },
    // Also builds this many settings (e.g. 5000) and compares the full build's peak memory with N's.
    "memory-at": { type: "string" },
  },
});
const count = Number(values.settings);
const formats = values.formats.split(",");
const repo = fileURLToPath(new URL("..", import.meta.url));

// A small deterministic PRNG (mulberry32) so every run benchmarks the same settings.
let seed = 20261124;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const types = [
  "school",
  "academy",
  "nursery",
  "childminder",
  "charity",
  "students-union",
  "sports-club",
  "youth-group",
];
const first = ["Amira", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Harry", "Isla", "Jon"];
const last = ["Ashby", "Brook", "Carter", "Dale", "Evans", "Ford", "Green", "Hill", "Irwin", "Jones"];
const round = (n, digits = 2) => Number(n.toFixed(digits));
const date = (year) =>
  `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;

/** A project folder with the real templates and `n` generated settings. */
function generateProject(n) {
  const root = mkdtempSync(join(tmpdir(), "policysmith-bench-"));
  cpSync(join(repo, "partnership.yaml"), join(root, "partnership.yaml"));
  cpSync(join(repo, "policy-templates"), join(root, "policy-templates"), { recursive: true });
  mkdirSync(join(root, "orgs"));
  for (let i = 0; i < n; i++) {
    const id = `bench-setting-${String(i).padStart(5, "0")}`;
    const lead = (role) => `  - role: ${role}
    name: ${pick(first)} ${pick(last)}
    title: Safeguarding lead
    email: lead${i}@bench.example.org
    training:
      - course: dsl-full
        date: ${date(2024 + Math.floor(random() * 2))}
`;
    writeFileSync(
      join(root, "orgs", `${id}.yaml`),
      `id: ${id}
name: Bench Setting ${i}
type: ${pick(types)}
area: ${pick(["riverbend", "fallowmere"])}
policy:
  written: 2024-09-01
  last_reviewed: 2025-09-01
  next_review: ${date(2026)}
  version: "1.${i % 10}"
leads:
${lead("dsl")}${lead("deputy")}`,
    );
  }
  return root;
}

const dir = generateProject(count);
try {
  const cores = availableParallelism();
  const results = {
    settings: count,
    node: process.version,
    cpu: cpus()[0]?.model,
    cores,
    oneCore: {},
    full: {},
  };
  const t = performance.now();
  const project = await loadProject(dir);
  results.loadMs = Math.round(performance.now() - t);
  console.log(
    `Loaded ${project.settings.length} settings and ${project.templates.length} templates in ${results.loadMs} ms (${cores} cores)`,
  );
  // 0. Start-up (issue 15: --version <= 150 ms, audit of one .docx <= 600 ms wall): the CLI as a user runs it,
  // outside any project, median of 5 each.
  results.startup = benchStartup();
  for (const [name, { wallMs, cpuMs }] of Object.entries(results.startup))
    console.log(
      `start-up: policysmith ${name} in ${wallMs} ms wall, ${cpuMs} ms CPU (median of 5, outside a project)`,
    );
  // Every step runs in a process of its own (scripts/bench-phase.mjs), so its peak memory is its own.
  const phase = (request) => {
    const child = spawnSync(
      process.execPath,
      [join(repo, "scripts", "bench-phase.mjs"), JSON.stringify({ dir, ...request })],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (child.status !== 0) throw new Error(`bench step ${JSON.stringify(request)} failed:\n${child.stderr}`);
    return JSON.parse(child.stdout.trim().split("\n").pop());
  };
  const out = join(dir, "output");
  results.peakRssMiB = {};

  // 1. Each format on one core, over a sample of settings (render and write time only, after rendering five
  // other settings untimed: the steady state of a long build).
  const sample = Math.min(Number(values.sample), count);
  for (const format of formats) {
    const run = phase({
      phase: "build",
      out: join(dir, "sample-output"),
      formats: [format],
      jobs: 1,
      force: true,
      sample,
      warmup: Math.min(5, count),
    });
    results.oneCore[format] = {
      documents: run.documents,
      seconds: round(run.workSeconds),
      perSecond: round(run.documents / run.workSeconds, 1),
      msPerDocument: round((run.workSeconds * 1000) / run.documents, 1),
      peakRssMiB: run.peakRssMiB,
    };
    console.log(
      `one core  ${format.padEnd(5)} ${String(run.documents).padStart(5)} documents in ${run.workSeconds.toFixed(2)} s = ${(run.documents / run.workSeconds).toFixed(1)} documents/s (${((run.workSeconds * 1000) / run.documents).toFixed(1)} ms each), peak RSS ${run.peakRssMiB} MiB`,
    );
  }

  // 2. Full build of every format on every core (loading the project included); 3. no-op rebuild;
  // 4. after touching one setting.
  const full = phase({ phase: "build", out, formats, jobs: cores });
  results.full.build = {
    documents: full.documents,
    seconds: round(full.seconds),
    perSecond: round(full.documents / full.seconds, 1),
  };
  results.peakRssMiB.build = full.peakRssMiB;
  console.log(
    `full build (${formats.join("+")}, ${cores} workers): ${full.documents} documents in ${full.seconds.toFixed(2)} s = ${(full.documents / full.seconds).toFixed(1)} documents/s, peak RSS ${full.peakRssMiB} MiB`,
  );
  const noop = phase({ phase: "build", out, formats, jobs: cores });
  results.full.noopRebuildSeconds = round(noop.seconds);
  results.peakRssMiB.noopRebuild = noop.peakRssMiB;
  console.log(
    `no-op rebuild (load + check every output): ${noop.seconds.toFixed(2)} s, ${noop.written} written, peak RSS ${noop.peakRssMiB} MiB`,
  );
  const touched = join(dir, "orgs", `${project.settings[0].id}.yaml`);
  writeFileSync(touched, readFileSync(touched, "utf8").replace(/version: "([^"]*)"/, 'version: "$1.1"'));
  const one = phase({ phase: "build", out, formats, jobs: cores });
  results.full.touchOneSeconds = round(one.seconds);
  console.log(`rebuild after touching one setting: ${one.seconds.toFixed(2)} s, ${one.written} written`);

  // 5. Full audit: every setting's data and its built HTML policies (loading the project included).
  const audit = phase({ phase: "audit", out, jobs: cores });
  results.full.audit = {
    settings: audit.settings,
    documents: audit.documents,
    seconds: round(audit.seconds),
    findings: audit.findings,
  };
  results.peakRssMiB.audit = audit.peakRssMiB;
  console.log(
    `audit: ${audit.settings} settings and ${audit.documents} documents in ${audit.seconds.toFixed(2)} s (${cores} workers), ${audit.findings} findings, peak RSS ${audit.peakRssMiB} MiB`,
  );

  // 5b. Audit of documents policysmith did not write (the labelled corpus): milliseconds per document by format,
  // one thread, in a process of its own (scripts/bench-audit-documents.mjs).
  const perDocument = spawnSync(
    process.execPath,
    [join(repo, "scripts", "bench-audit-documents.mjs"), "--json"],
    {
      encoding: "utf8",
    },
  );
  if (perDocument.status === 0) {
    results.auditPerDocument = JSON.parse(perDocument.stdout);
    for (const [format, { documents, msPerDocument }] of Object.entries(results.auditPerDocument))
      console.log(
        `audit of ${format} documents: ${msPerDocument} ms per document (${documents} documents, one thread)`,
      );
  } else console.log(`audit per document: not measured (${perDocument.stderr.trim()})`);

  // 6. Memory as the number of settings grows: the same full build for --memory-at settings.
  if (values["memory-at"]) {
    const more = Number(values["memory-at"]);
    const bigger = generateProject(more);
    try {
      const run = phase({ dir: bigger, phase: "build", out: join(bigger, "output"), formats, jobs: cores });
      const change = ((run.peakRssMiB - full.peakRssMiB) / full.peakRssMiB) * 100;
      results.memoryAt = {
        settings: more,
        seconds: round(run.seconds),
        peakRssMiB: run.peakRssMiB,
        change: round(change, 1),
      };
      console.log(
        `full build of ${more} settings: ${run.documents} documents in ${run.seconds.toFixed(2)} s, peak RSS ${run.peakRssMiB} MiB (${change >= 0 ? "+" : ""}${change.toFixed(1)}% against ${count} settings)`,
      );
    } finally {
      rmSync(bigger, { recursive: true, force: true });
    }
  }

  // 7. pandoc, when installed: the same Word documents, one process per document, like a script would.
  const pandoc = spawnSync("pandoc", ["--version"]);
  if (pandoc.status === 0) {
    const liquid = createLiquid();
    const compiled = project.compiledTemplates.find((c) => c.meta.id === "child-protection");
    const md = join(dir, "pandoc");
    mkdirSync(md);
    const files = project.settings.slice(0, sample).map((s, i) => {
      const doc = fillTemplate(compiled, s, {
        partnership: project.partnership,
        settingTypes: project.settingTypes,
        liquid,
      });
      const file = join(md, `${i}.md`);
      writeFileSync(
        file,
        toMarkdown(doc.tree, { extensions: [gfmToMarkdown()], handlers: { toc: () => "" } }),
      );
      return file;
    });
    const start = performance.now();
    for (const file of files) spawnSync("pandoc", [file, "-o", file.replace(/\.md$/, ".docx")]);
    const seconds = (performance.now() - start) / 1000;
    results.pandoc = {
      documents: files.length,
      perSecond: round(files.length / seconds, 1),
      msPerDocument: round((seconds * 1000) / files.length, 1),
    };
    const ours = results.oneCore.docx?.perSecond;
    console.log(
      `pandoc: ${(files.length / seconds).toFixed(1)} Word documents/s on one core${ours ? ` — policysmith is ${(ours / (files.length / seconds)).toFixed(1)}× faster` : ""}`,
    );
  } else
    console.log("pandoc: not installed, so no side-by-side comparison (apt-get install pandoc to add it)");
  // 8. The self-service page (issue 13): `policysmith site` for the real project, its bundle's size, and in
  // Chromium (when installed) from file://: the time to load, to check a Word policy, to build a policy.
  results.site = await benchSite();
  if (results.site.note) console.log(`self-service page: ${results.site.note}`);
  if (results.site.appJsBytes)
    console.log(
      `self-service page: app.js ${(results.site.appJsBytes / 1048576).toFixed(2)} MiB (${(results.site.appJsGzipBytes / 1048576).toFixed(2)} MiB gzipped), data.js ${Math.round(results.site.dataJsBytes / 1024)} KiB` +
        (results.site.loadMs
          ? `; from file:// it loads in ${results.site.loadMs} ms, checks a Word policy in ${results.site.checkWordMs} ms, builds a policy (2 templates × 3 formats) in ${results.site.buildMs} ms (medians of 3)`
          : ""),
    );
  results.peakRssMiB.bench = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(
    `Peak memory (RSS): full build ${results.peakRssMiB.build} MiB, audit ${results.peakRssMiB.audit} MiB (each in its own process)`,
  );
  writeFileSync(join(repo, "bench-results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("Figures written to bench-results.json");
} finally {
  if (values.keep) console.log(`Kept the generated project in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

/**
 * Wall and CPU milliseconds (medians of 5) of `policysmith --version` and `policysmith audit ONE.docx`, each run
 * in a fresh process in an empty folder; the CPU time (all threads) is printed by the child as it exits.
 */
function benchStartup() {
  const folder = mkdtempSync(join(tmpdir(), "policysmith-bench-startup-"));
  const docx = join(folder, "one-policy.docx");
  cpSync(join(repo, "test", "corpus", "bramble-pre-school.docx"), docx);
  const cpuAtExit =
    'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\ncpu-us "+(u.user+u.system)+"\\n")})';
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const figures = {};
  try {
    for (const [name, args] of [
      ["--version", ["--version"]],
      ["audit one.docx", ["audit", docx]],
    ]) {
      const wall = [];
      const cpu = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        const child = spawnSync(
          process.execPath,
          ["--import", cpuAtExit, join(repo, "bin", "policysmith.js"), ...args],
          { cwd: folder, encoding: "utf8" },
        );
        wall.push(performance.now() - start);
        const used = /cpu-us (\d+)/.exec(child.stderr);
        if (child.status === 2 || !used)
          throw new Error(`bench start-up: policysmith ${name} failed:\n${child.stderr}`);
        cpu.push(Number(used[1]) / 1000);
      }
      figures[name] = { wallMs: Math.round(median(wall)), cpuMs: Math.round(median(cpu)) };
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return figures;
}

/** The self-service page's figures: sizes always; load, check and build times when Chromium is installed. */
async function benchSite() {
  const siteDir = mkdtempSync(join(tmpdir(), "policysmith-bench-site-"));
  try {
    const made = spawnSync(
      process.execPath,
      [join(repo, "bin", "policysmith.js"), "site", "--out", siteDir],
      {
        cwd: repo,
        encoding: "utf8",
      },
    );
    if (made.status !== 0) return { note: `not measured (policysmith site failed: ${made.stderr.trim()})` };
    const appJs = readFileSync(join(siteDir, "app.js"));
    const figures = {
      appJsBytes: appJs.byteLength,
      appJsGzipBytes: gzipSync(appJs).byteLength,
      dataJsBytes: readFileSync(join(siteDir, "data.js")).byteLength,
    };
    const chromium = ["chromium", "chromium-browser", "google-chrome-stable"]
      .map((name) => spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim())
      .find(Boolean);
    if (!chromium)
      return { ...figures, note: "load, check and build times not measured: chromium is not installed" };
    const { chromium: playwright } = await import("playwright-core");
    const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
    const browser = await playwright.launch({
      executablePath: chromium,
      args: asRoot ? ["--no-sandbox"] : [],
    });
    const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const load = [];
    const check = [];
    const build = [];
    try {
      for (let i = 0; i < 3; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        let t = performance.now();
        await page.goto(pathToFileURL(join(siteDir, "index.html")).href, { waitUntil: "load" });
        load.push(performance.now() - t);
        // A person reads the page before choosing a file: the page warms its core while idle (4 s here).
        // Checked straight after load, with no idle time, the first check took 1.3 s on a quiet machine.
        await page.waitForTimeout(4000);
        t = performance.now();
        await page.setInputFiles("#policy-file", join(repo, "test", "corpus", "little-acorns-nursery.docx"));
        await page.waitForFunction(
          () => document.getElementById("check")?.getAttribute("data-checks") === "1",
        );
        check.push(performance.now() - t);
        await page.getByLabel("Name of your setting", { exact: true }).fill("Bench Nursery");
        await page.locator('[data-path="leads[0].name"]').fill("Ada Brook");
        await page.locator('[data-path="leads[1].name"]').fill("Ben Carr");
        // Filling in the form takes a person minutes; the page compiles the templates meanwhile (warmBuild).
        await page.waitForTimeout(4000);
        t = performance.now();
        await page.getByRole("button", { name: "Build my policy" }).click();
        await page.waitForFunction(
          () => /^Your policy is ready/.test(document.getElementById("build-status")?.textContent ?? ""),
          undefined,
          { timeout: 120_000 },
        );
        build.push(performance.now() - t);
        await context.close();
      }
    } finally {
      await browser.close();
    }
    return {
      ...figures,
      loadMs: Math.round(median(load)),
      checkWordMs: Math.round(median(check)),
      buildMs: Math.round(median(build)),
    };
  } finally {
    rmSync(siteDir, { recursive: true, force: true });
  }
}
