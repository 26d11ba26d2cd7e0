#!/usr/bin/env node
// `npm run bench [-- --settings N] [--formats docx,pdf,html] [--sample N] [--repeat R] [--memory-at M] [--keep]
//   [--peer-sample S] [--peer-settings P] [--lo-sample L] [--lo-settings Q] [--skip-peers] [--skip-baseline]`:
// generates N fictional settings (scripts/generate-settings.mjs, fixed seed) next to the real templates, then
// times: start-up (--version, audit of one .docx), each format on one core (a sample of settings), a full
// parallel build of every format, a no-op rebuild, a rebuild after touching one setting, a full audit, the
// audit per document, and the self-service page. Side by side in the same run, on the same filled content
// (scripts/bench-peers/): docxtemplater, pdfmake, Typst and remark-rehype (the JS peer stack), and pandoc +
// LibreOffice (one process per document), each per document on one core and as the whole job at equal
// parallelism. Issue 11's bound (audit time per document within 1.5× of commit 764973a) is measured against that
// commit, installed once in a temporary folder (scripts/bench-audit-baseline.mjs). Last it prints every target of
// issue 15 with its figure and "met" or "not met".
// Each step runs in a process of its own (scripts/bench-phase.mjs, scripts/bench-peers/run.mjs), as a user's
// command would, so its wall time includes loading the project and its peak memory (RSS, worker threads
// included) is its own. The targets' steps run --repeat times (default 3) and the median run is kept;
// start-up runs 5 times. Figures go to bench-results.json too, so they can be compared across commits.
// Never run in tests (tests never assert on time).
import { execFile, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { loadProject } from "../dist/data/load-project.js";
import { libreOfficeVersion, pandocVersion } from "./bench-peers/pandoc.mjs";
import { loadTypst } from "./bench-peers/typst.mjs";
import { generateProject } from "./generate-settings.mjs";

const { values } = parseArgs({
  options: {
    settings: { type: "string", default: "1000" },
    formats: { type: "string", default: "html,docx,pdf" },
    sample: { type: "string", default: "100" },
    // How many times each target's step runs; the median run is kept (issue 15: medians of 3).
    repeat: { type: "string", default: "3" },
    // Keeps the generated project and its output (the folder is printed), to profile one step by hand.
    keep: { type: "boolean", default: false },
    // Also builds this many settings (e.g. 5000) and compares the full build's peak memory with N's.
    "memory-at": { type: "string" },
    // Settings whose policies each JS peer renders on one core (their documents: 2 per setting).
    "peer-sample": { type: "string", default: "10" },
    // Settings in the JS peer stack's whole job (2 processes; the time is scaled to N settings).
    "peer-settings": { type: "string", default: "40" },
    // The same two for pandoc + LibreOffice, which start a process per document (about 1–2 s each for LibreOffice).
    "lo-sample": { type: "string", default: "3" },
    "lo-settings": { type: "string", default: "6" },
    "skip-peers": { type: "boolean", default: false },
    // Skips issue 11's comparison with the audit as it was when the issue was filed (it installs that commit once).
    "skip-baseline": { type: "boolean", default: false },
  },
});
const count = Number(values.settings);
const formats = values.formats.split(",");
const repeat = Math.max(1, Number(values.repeat));
const repo = fileURLToPath(new URL("..", import.meta.url));
/**
 * Settings rendered untimed before a one-core sample, by us and by each JS peer alike. Five was too few for "a long
 * build": V8 was still compiling hot code on its background threads during the sample (about half the CPU of an
 * html sample; PERF-HTML2, 2026-12-03), which a build of hundreds of settings pays once. pandoc and LibreOffice,
 * a process per document, warm up on one.
 */
const WARMUP = 30;
const round = (n, digits = 2) => Number(n.toFixed(digits));
/** The run whose `key` is the median of the runs (the lower middle one for an even count). */
const medianRun = (runs, key) => [...runs].sort((a, b) => a[key] - b[key])[(runs.length - 1) >> 1];
const times = (n, step) => Array.from({ length: n }, (_, i) => step(i));
/** A ratio of their time to ours, in words: "3.1× faster", or "2.0× slower" when theirs is the quicker. */
const versus = (ratio) => (ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`);

const dir = generateProject(count);
try {
  const cores = availableParallelism();
  const results = {
    settings: count,
    repeat,
    node: process.version,
    cpu: cpus()[0]?.model,
    cores,
    oneCore: {},
    full: {},
  };
  const t = performance.now();
  const project = await loadProject(dir);
  results.loadMs = Math.round(performance.now() - t);
  results.templates = project.templates.length;
  console.log(
    `Loaded ${project.settings.length} settings and ${project.templates.length} templates in ${results.loadMs} ms (${cores} cores)`,
  );
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).map(Number);
  results.loadAverage = load;
  console.log(
    `Load average at start: ${load.join(", ")} (wall times grow with other work; CPU times much less)`,
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

  // 1. Each format on one core, over a sample of settings (render and write time only, after rendering WARMUP
  // other settings untimed: the steady state of a long build). Median of --repeat runs.
  const sample = Math.min(Number(values.sample), count);
  for (const format of formats) {
    const runs = times(repeat, () =>
      phase({
        phase: "build",
        out: join(dir, "sample-output"),
        formats: [format],
        jobs: 1,
        force: true,
        sample,
        // Warm-up settings come from the end of the list, the sample from its start: never the same ones, or
        // their blocks would already be cached.
        warmup: Math.max(0, Math.min(WARMUP, count - sample)),
      }),
    );
    const run = medianRun(runs, "workSeconds");
    results.oneCore[format] = {
      documents: run.documents,
      seconds: round(run.workSeconds),
      perSecond: round(run.documents / run.workSeconds, 1),
      msPerDocument: round((run.workSeconds * 1000) / run.documents, 1),
      cpuMsPerDocument: round((medianRun(runs, "workCpuSeconds").workCpuSeconds * 1000) / run.documents, 1),
      runsMsPerDocument: runs.map((r) => round((r.workSeconds * 1000) / r.documents, 1)),
      peakRssMiB: run.peakRssMiB,
    };
    const o = results.oneCore[format];
    console.log(
      `one core  ${format.padEnd(5)} ${String(run.documents).padStart(5)} documents in ${run.workSeconds.toFixed(2)} s = ${o.perSecond} documents/s (${o.msPerDocument} ms each wall, ${o.cpuMsPerDocument} ms CPU; median of ${repeat}: ${o.runsMsPerDocument.join(", ")}), peak RSS ${run.peakRssMiB} MiB`,
    );
  }

  // 2. Full build of every format on every core (loading the project included); 3. no-op rebuild;
  // 4. after touching one setting. Each of 2 and 3 is the median of --repeat runs. Every full build starts
  // from an empty output folder, as a first build does (a rebuild into the same folder would find the last
  // build's manifest and load cache); the no-op rebuilds use the first one's.
  const fullRuns = times(repeat, (i) => {
    if (i === 0) return phase({ phase: "build", out, formats, jobs: cores });
    const again = join(dir, `output-${i}`);
    try {
      return phase({ phase: "build", out: again, formats, jobs: cores });
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
  const full = medianRun(fullRuns, "seconds");
  results.full.build = {
    documents: full.documents,
    seconds: round(full.seconds),
    cpuSeconds: round(full.cpuSeconds),
    perSecond: round(full.documents / full.seconds, 1),
    runsSeconds: fullRuns.map((r) => round(r.seconds)),
  };
  // Peak memory is a ceiling: the highest of the runs.
  results.peakRssMiB.build = Math.max(...fullRuns.map((r) => r.peakRssMiB));
  console.log(
    `full build (${formats.join("+")}, ${cores} workers): ${full.documents} documents in ${full.seconds.toFixed(2)} s (${full.cpuSeconds.toFixed(1)} s CPU) = ${(full.documents / full.seconds).toFixed(1)} documents/s (median of ${repeat}: ${results.full.build.runsSeconds.join(", ")} s), peak RSS ${results.peakRssMiB.build} MiB`,
  );
  // The no-op rebuild as a user runs it: `policysmith build` (the bundled CLI) in the project folder, at least 5
  // runs. (Until 2026-12-02 it ran in scripts/bench-phase.mjs, from tsc's unbundled dist/, which loads ~1,700
  // modules and compiles the JSON Schemas at run time: 0.7-1 s of CPU that no user's build spends.)
  const noopRuns = times(Math.max(5, repeat), () => cliBuild(dir, out, formats));
  const noop = medianRun(noopRuns, "seconds");
  results.full.noopRebuildSeconds = round(noop.seconds);
  results.full.noopRebuildCpuSeconds = round(medianRun(noopRuns, "cpuSeconds").cpuSeconds);
  results.full.noopRunsSeconds = noopRuns.map((r) => round(r.seconds));
  results.peakRssMiB.noopRebuild = Math.max(...noopRuns.map((r) => r.peakRssMiB));
  console.log(
    `no-op rebuild (policysmith build, load + check every output): ${noop.seconds.toFixed(2)} s (${results.full.noopRebuildCpuSeconds.toFixed(2)} s CPU; median of ${noopRuns.length}: ${results.full.noopRunsSeconds.join(", ")} s), ${noop.written} written, peak RSS ${results.peakRssMiB.noopRebuild} MiB`,
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

  // 5c. Issue 11: audit time per document within 1.5× of the audit when the issue was filed (764973a), old and new
  // in turn on the same documents (scripts/bench-audit-baseline.mjs).
  if (!values["skip-baseline"]) {
    const compared = spawnSync(
      process.execPath,
      [join(repo, "scripts", "bench-audit-baseline.mjs"), "--json"],
      {
        encoding: "utf8",
      },
    );
    if (compared.status === 0) {
      results.auditAgainstIssue11 = JSON.parse(compared.stdout.trim().split("\n").at(-1));
      for (const [format, r] of Object.entries(results.auditAgainstIssue11))
        console.log(
          `issue 11 (audit time within 1.5× of 764973a): ${r.met ? "met" : "not met"} for ${format} — ${r.newMs} against ${r.oldMs} ms per document, ${r.ratio}×`,
        );
    } else console.log(`issue 11's 1.5× bound: not measured (${compared.stderr.trim().split("\n")[0]})`);
  }

  // 6. Memory as the number of settings grows: the same full build for --memory-at settings. Run once: it is
  // --memory-at / N times the full build's length, and peak memory varies far less between runs than time.
  if (values["memory-at"]) {
    const more = Number(values["memory-at"]);
    const bigger = generateProject(more);
    try {
      const run = phase({ dir: bigger, phase: "build", out: join(bigger, "output"), formats, jobs: cores });
      const change = ((run.peakRssMiB - results.peakRssMiB.build) / results.peakRssMiB.build) * 100;
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

  // 7. The peers, side by side on the same filled content (scripts/bench-peers/).
  results.peers = values["skip-peers"] ? { note: "skipped (--skip-peers)" } : await benchPeers(results);

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

  // 9. Every target of issue 15, as a figure with "met" or "not met".
  results.targets = targetsOf(results);
  console.log("\nIssue 15's targets (wall times on this machine; medians where the issue says so):");
  for (const target of results.targets)
    console.log(
      `  ${target.met === undefined ? "not measured" : target.met ? "met    " : "not met"}  ${target.target}: ${target.figure}`,
    );
  writeFileSync(join(repo, "bench-results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("Figures written to bench-results.json");
} finally {
  if (values.keep) console.log(`Kept the generated project in ${dir}`);
  else {
    // A peer's LibreOffice may still be closing its profile folder: retry, and never let a failed clean-up hide
    // the run's own figures or its first error.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
    } catch (error) {
      console.error(
        `Could not remove the generated project ${dir} (${error.code ?? error.message}); remove it by hand.`,
      );
    }
  }
}

/**
 * The peers on the same filled content (scripts/bench-peers/run.mjs, a process per step): each per document on
 * one core against policysmith's one-core figure for its format (CPU milliseconds, so the ratio holds on a busy
 * machine; wall beside it), then each stack's whole job — every setting's policies in every format — in as
 * many processes as the full build has workers, against the full build. A peer's job runs on a few settings
 * (--peer-settings, --lo-settings) and its time is scaled to N: each process's time after loading the project,
 * times N / settings, plus its loading time once.
 */
async function benchPeers(results) {
  const folder = join(dir, "peers");
  const cores = results.cores;
  const runPeer = (request) =>
    new Promise((resolve, reject) =>
      execFile(
        process.execPath,
        [join(repo, "scripts", "bench-peers", "run.mjs"), JSON.stringify({ dir, ...request })],
        { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) =>
          error
            ? reject(new Error(`bench peer ${JSON.stringify(request)} failed:\n${stderr}`))
            : resolve(JSON.parse(stdout.trim().split("\n").pop())),
      ),
    );
  const pandoc = pandocVersion();
  const libreOffice = libreOfficeVersion();
  const typst = loadTypst();
  const missing = {
    pandoc: pandoc ? undefined : "pandoc is not installed (apt-get install pandoc)",
    libreOffice: libreOffice
      ? undefined
      : "LibreOffice is not installed (apt-get install libreoffice-writer)",
    typst: typst.reason && `no working Typst compiler for this platform (${typst.reason})`,
  };
  const peers = { versions: { pandoc, libreOffice }, oneCore: {}, job: {} };
  console.log(
    `\nPeers on the same filled content (${pandoc ?? "no pandoc"}, ${libreOffice ?? "no LibreOffice"}, Typst ${typst.compiler ? "via @myriaddreamin/typst-ts-node-compiler" : "not available"}):`,
  );
  const peerSample = Math.min(Number(values["peer-sample"]), count);
  const loSample = Math.min(Number(values["lo-sample"]), count);
  const list = [
    { format: "docx", peer: "docxtemplater", label: "docxtemplater", settings: peerSample, warmup: WARMUP },
    {
      format: "docx",
      peer: "pandoc-docx",
      label: "pandoc",
      settings: loSample,
      warmup: 1,
      missing: missing.pandoc,
    },
    { format: "pdf", peer: "pdfmake", label: "pdfmake", settings: peerSample, warmup: WARMUP },
    {
      format: "pdf",
      peer: "typst",
      label: "Typst",
      settings: peerSample,
      warmup: WARMUP,
      missing: missing.typst,
    },
    {
      format: "pdf",
      peer: "libreoffice",
      label: "LibreOffice (from pandoc's .docx)",
      settings: loSample,
      warmup: 1,
      missing: missing.pandoc ?? missing.libreOffice,
    },
    { format: "html", peer: "remark", label: "remark-rehype", settings: peerSample, warmup: WARMUP },
    {
      format: "html",
      peer: "pandoc-html",
      label: "pandoc",
      settings: loSample,
      warmup: 1,
      missing: missing.pandoc,
    },
  ];
  for (const { format, peer, label, settings, warmup, missing: reason } of list) {
    if (!formats.includes(format)) continue;
    const ours = results.oneCore[format];
    if (reason) {
      peers.oneCore[peer] = { format, note: `not available: ${reason}` };
      console.log(`${format}: ${label}: not available (${reason})`);
      continue;
    }
    const runs = [];
    try {
      for (let i = 0; i < repeat; i++)
        runs.push(
          await runPeer({
            mode: "one-core",
            peer,
            sample: settings,
            // Never the sample's own settings (Typst memoises, as our caches do).
            warmup: Math.max(0, Math.min(warmup, count - settings)),
            out: join(folder, `${peer}-${i}`),
          }),
        );
    } catch (error) {
      peers.oneCore[peer] = { format, note: `failed: ${firstLines(error)}` };
      console.log(`${format}: ${label}: failed, not compared (${firstLines(error)})`);
      continue;
    }
    const cpu = medianRun(runs, "cpuMs");
    const wall = medianRun(runs, "wallMs");
    const figure = {
      format,
      documents: cpu.documents,
      cpuMsPerDocument: round(cpu.cpuMs / cpu.documents, 1),
      msPerDocument: round(wall.wallMs / wall.documents, 1),
      fillCpuMsPerDocument: round(cpu.fillCpuMs / cpu.documents, 1),
      peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
    };
    figure.timesFaster = round(figure.cpuMsPerDocument / ours.cpuMsPerDocument);
    peers.oneCore[peer] = figure;
    console.log(
      `${format}: ours ${ours.cpuMsPerDocument} ms, ${label} ${figure.cpuMsPerDocument} ms → ${versus(figure.timesFaster)} (CPU per document on one core, ${figure.documents} documents, median of ${repeat}; wall ${ours.msPerDocument} against ${figure.msPerDocument} ms)`,
    );
  }
  const fill = Object.values(peers.oneCore).find((f) => f.fillCpuMsPerDocument)?.fillCpuMsPerDocument;
  console.log(
    `  (ours: filling the template, rendering and writing, in a long build; the peers: rendering and writing the filled content${fill ? `; filling costs about ${fill} ms per document, cold` : ""})`,
  );

  if (!["docx", "pdf", "html"].every((f) => formats.includes(f))) {
    peers.job.note = "the whole job needs --formats docx,pdf,html";
    console.log(`whole job: not compared (${peers.job.note})`);
    return peers;
  }
  const stacks = [
    {
      stack: "js",
      label: "the JS peer stack (docxtemplater + pdfmake + remark-rehype)",
      settings: Number(values["peer-settings"]),
    },
    {
      stack: "js-typst",
      label: "docxtemplater + Typst + remark-rehype",
      settings: Number(values["peer-settings"]),
      missing: missing.typst,
    },
    {
      stack: "pandoc",
      label: "pandoc + LibreOffice (a process per document)",
      settings: Number(values["lo-settings"]),
      missing: missing.pandoc ?? missing.libreOffice,
    },
  ];
  const ours = results.full.build;
  for (const { stack, label, settings: wanted, missing: reason } of stacks) {
    if (reason) {
      peers.job[stack] = { note: `not available: ${reason}` };
      console.log(`whole job: ${label}: not available (${reason})`);
      continue;
    }
    // At least one setting per process.
    const settings = Math.max(cores, Math.min(wanted, count));
    const runs = [];
    let failed;
    for (let r = 0; r < repeat && !failed; r++) {
      // allSettled: every process of the job has ended before the next step (or the clean-up) starts.
      const settled = await Promise.allSettled(
        times(cores, (i) =>
          runPeer({
            mode: "job",
            stack,
            from: Math.floor((i * settings) / cores),
            to: Math.floor(((i + 1) * settings) / cores),
            out: join(folder, `job-${stack}-${r}-${i}`),
          }),
        ),
      );
      failed = settled.find((s) => s.status === "rejected")?.reason;
      if (failed) break;
      const parts = settled.map((s) => s.value);
      const share = (i) => Math.floor(((i + 1) * settings) / cores) - Math.floor((i * settings) / cores);
      runs.push({
        documents: parts.reduce((sum, p) => sum + p.documents, 0),
        seconds: Math.max(...parts.map((p) => p.wallMs)) / 1000,
        cpuSeconds: parts.reduce((sum, p) => sum + p.cpuMs, 0) / 1000,
        // The same job for N settings: each process's time after loading, scaled to its share of N.
        secondsForN:
          Math.max(...parts.map((p, i) => p.loadMs + ((p.wallMs - p.loadMs) * count) / cores / share(i))) /
          1000,
        // The same for CPU time, every process's added up.
        cpuSecondsForN:
          parts.reduce(
            (sum, p, i) => sum + p.loadCpuMs + ((p.cpuMs - p.loadCpuMs) * count) / cores / share(i),
            0,
          ) / 1000,
        peakRssMiB: Math.max(...parts.map((p) => p.peakRssMiB)),
      });
    }
    if (failed) {
      peers.job[stack] = { note: `failed: ${firstLines(failed)}` };
      console.log(`whole job: ${label}: failed, not compared (${firstLines(failed)})`);
      continue;
    }
    const run = medianRun(runs, "secondsForN");
    const figure = {
      settings,
      processes: cores,
      documents: run.documents,
      seconds: round(run.seconds),
      cpuSeconds: round(run.cpuSeconds),
      secondsForN: round(run.secondsForN, 1),
      cpuSecondsForN: round(medianRun(runs, "cpuSecondsForN").cpuSecondsForN, 1),
      runsSecondsForN: runs.map((r) => round(r.secondsForN, 1)),
      peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
    };
    figure.timesFaster = round(figure.secondsForN / ours.seconds);
    figure.timesLessCpu = round(figure.cpuSecondsForN / ours.cpuSeconds);
    peers.job[stack] = figure;
    console.log(
      `whole job, ${count} settings × ${results.templates} templates × 3 formats, ${cores} processes: ours ${ours.seconds} s, ${label} ${figure.secondsForN} s → ${versus(figure.timesFaster)} (wall; CPU ${ours.cpuSeconds} s against ${figure.cpuSecondsForN} s → ${versus(figure.timesLessCpu)}; theirs measured on ${settings} settings: ${figure.documents} documents in ${figure.seconds} s, ${figure.cpuSeconds} s CPU, scaled to ${count}; median of ${repeat}: ${figure.runsSecondsForN.join(", ")} s)`,
    );
  }
  return peers;
}

/** The first lines of a failed step's message (a peer's stderr can be long). */
function firstLines(error, lines = 4) {
  return String(error?.message ?? error)
    .split("\n")
    .filter(Boolean)
    .slice(0, lines)
    .join(" / ");
}

/** Issue 15's targets: each with its figure from this run and whether it is met (undefined: not measured). */
function targetsOf(results) {
  const targets = [];
  const add = (target, met, figure) => targets.push({ target, met, figure });
  const build = results.full.build;
  const allFormats = ["docx", "pdf", "html"].every((f) => formats.includes(f));
  if (!allFormats)
    add("full build, 1,000 settings × 2 templates × 3 formats ≤ 30 s", undefined, "needs all 3 formats");
  else if (count === 1000)
    add(
      "full build, 1,000 settings × 2 templates × 3 formats ≤ 30 s",
      build.seconds <= 30,
      `${build.seconds} s (median of ${results.repeat}; ${build.cpuSeconds} s CPU)`,
    );
  else {
    const scaled = round((build.seconds * 1000) / count, 1);
    add(
      "full build, 1,000 settings × 2 templates × 3 formats ≤ 30 s",
      scaled <= 30,
      `about ${scaled} s, scaled from ${build.seconds} s for ${count} settings (run --settings 1000 for the target's own figure)`,
    );
  }
  const job = (stack, bar, name) => {
    const figure = results.peers?.job?.[stack];
    if (figure?.timesFaster === undefined)
      add(name, undefined, figure?.note ?? results.peers?.job?.note ?? results.peers?.note ?? "not measured");
    else
      add(
        name,
        figure.timesFaster >= bar,
        `${versus(figure.timesFaster)} (ours ${build.seconds} s, theirs ${figure.secondsForN} s for ${results.settings} settings; in CPU time ${versus(figure.timesLessCpu)})`,
      );
  };
  job("js", 1.5, "whole job ≥ 1.5× the JS peer stack (docxtemplater + pdfmake + remark-rehype)");
  job("pandoc", 10, "whole job ≥ 10× pandoc + LibreOffice at equal parallelism");
  for (const [format, bar] of [
    ["docx", 8],
    ["pdf", 15],
    ["html", 2],
  ]) {
    const one = results.oneCore[format];
    if (!one) add(`${format} ≤ ${bar} ms per document on one core`, undefined, "format not benchmarked");
    else
      add(
        `${format} ≤ ${bar} ms per document on one core`,
        one.msPerDocument <= bar,
        `${one.msPerDocument} ms wall (${one.cpuMsPerDocument} ms CPU), median of ${results.repeat}`,
      );
  }
  for (const [peer, name] of [
    ["docxtemplater", "docx faster than docxtemplater"],
    ["typst", "pdf faster than Typst"],
    ["pandoc-html", "html faster than pandoc"],
  ]) {
    const figure = results.peers?.oneCore?.[peer];
    if (figure?.timesFaster === undefined)
      add(name, undefined, figure?.note ?? results.peers?.note ?? "not measured");
    else
      add(
        name,
        figure.timesFaster > 1,
        `${versus(figure.timesFaster)} (ours ${results.oneCore[figure.format].cpuMsPerDocument} ms, theirs ${figure.cpuMsPerDocument} ms CPU per document)`,
      );
  }
  add(
    "no-op rebuild ≤ 1 s",
    results.full.noopRebuildSeconds <= 1,
    `${results.full.noopRebuildSeconds} s (median of ${results.repeat}; ${results.full.noopRebuildCpuSeconds} s CPU)`,
  );
  add(
    "peak memory of the full build ≤ 512 MiB",
    results.peakRssMiB.build <= 512,
    `${results.peakRssMiB.build} MiB (the highest of ${results.repeat} runs)`,
  );
  if (results.memoryAt)
    add(
      `peak memory within 5% between ${results.settings} and ${results.memoryAt.settings} settings`,
      Math.abs(results.memoryAt.change) <= 5,
      `${results.peakRssMiB.build} → ${results.memoryAt.peakRssMiB} MiB (${results.memoryAt.change >= 0 ? "+" : ""}${results.memoryAt.change}%)`,
    );
  else add("peak memory within 5% between 1,000 and 5,000 settings", undefined, "run with --memory-at 5000");
  const startup = results.startup;
  add(
    "policysmith --version ≤ 150 ms",
    startup["--version"].wallMs <= 150,
    `${startup["--version"].wallMs} ms wall (${startup["--version"].cpuMs} ms CPU), median of 5`,
  );
  add(
    "policysmith audit one.docx ≤ 600 ms",
    startup["audit one.docx"].wallMs <= 600,
    `${startup["audit one.docx"].wallMs} ms wall (${startup["audit one.docx"].cpuMs} ms CPU), median of 5`,
  );
  return targets;
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

/**
 * `policysmith build --out OUT --format FORMATS -q` in the project folder, as a user runs it: wall seconds, CPU
 * seconds (every thread, read at exit), files written, peak RSS.
 */
function cliBuild(dir, out, formats) {
  const cpuAtExit =
    'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\ncpu-us "+(u.user+u.system)+" rss-kb "+process.resourceUsage().maxRSS+"\\n")})';
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      "--import",
      cpuAtExit,
      join(repo, "bin", "policysmith.js"),
      "build",
      "--out",
      out,
      "--format",
      formats.join(","),
      "-q",
    ],
    { cwd: dir, encoding: "utf8" },
  );
  const seconds = (performance.now() - start) / 1000;
  const used = /cpu-us (\d+) rss-kb (\d+)/.exec(child.stderr);
  const written = /\((\d+) files? written/.exec(child.stdout);
  if (child.status !== 0 || !used || !written)
    throw new Error(`bench: policysmith build failed:\n${child.stdout}${child.stderr}`);
  return {
    seconds,
    cpuSeconds: Number(used[1]) / 1e6,
    peakRssMiB: Math.round(Number(used[2]) / 1024),
    written: Number(written[1]),
  };
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
