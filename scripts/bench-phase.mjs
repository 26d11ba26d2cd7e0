#!/usr/bin/env node
// One step of `npm run bench`, in its own process so that its peak memory (RSS, worker threads included) is
// its own: `node scripts/bench-phase.mjs '<json>'` with {phase: "build" | "audit", dir, out, formats, jobs,
// sample?, force?}. Prints one line of JSON: seconds (loading the project included, as a user's command
// would), the render time alone for a sample (wall and CPU), documents, written, findings and peakRssMiB. With `warmup`,
// that many settings are rendered first, untimed, so a sample measures the steady state (JIT, font and line
// caches warm) as a long build sees it.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { buildProject, startWorkersEarly, stopEarlyWorkers } from "../dist/build/build.js";
import { OutputLoadCache } from "../dist/build/load-cache.js";
import { loadProject } from "../dist/data/load-project.js";

const request = JSON.parse(process.argv[2]);
const start = performance.now();
// As `policysmith build` does: what the last build learnt about unchanged files saves parsing them again.
const cache =
  request.phase === "build" && !request.sample ? await OutputLoadCache.open(request.out) : undefined;
// A full build as the CLI runs it: the main thread keeps only each setting file's id, path and hash (workers read the
// values). An audit, a sample and a warm-up use the settings' values.
const settingValues = request.phase !== "build" || Boolean(request.sample || request.warmup);
// As `policysmith build` does for a first or forced build of the whole project: the worker threads start, and load
// the templates, while this thread loads the project.
if (request.phase === "build" && !settingValues && (request.force || !cache?.manifestStamp()))
  startWorkersEarly(request.jobs, request.dir);
let project = await loadProject(request.dir, { cache, settingValues });
if (request.warmup)
  await buildProject(
    { ...project, settings: project.settings.slice(-request.warmup) },
    { formats: request.formats, outDir: `${request.out}-warmup`, jobs: 1, force: true },
  );
if (request.sample) project = { ...project, settings: project.settings.slice(0, request.sample) };
const loaded = performance.now();
const cpuAtLoaded = process.cpuUsage();
const result = {};
if (request.phase === "build") {
  const built = await buildProject(project, {
    formats: request.formats,
    outDir: request.out,
    jobs: request.jobs,
    force: request.force ?? false,
    listFiles: false,
    manifestStamp: cache?.manifestStamp(),
  });
  await stopEarlyWorkers();
  cache?.rememberManifestStamp(built.manifestStamp);
  await cache?.save();
  result.documents = built.documents;
  result.written = built.written;
} else {
  // The audit's modules only for the audit: a build step that loaded them measured 0.3-0.7 s of CPU no build spends.
  const [{ resolveRules }, { runAudit }, { rules }] = await Promise.all([
    import("../dist/audit/config.js"),
    import("../dist/audit/engine.js"),
    import("../dist/audit/rules/index.js"),
  ]);
  const documents = project.settings.flatMap((s) =>
    readdirSync(join(request.out, s.id))
      .filter((f) => f.endsWith(".html"))
      .map((f) => ({ path: join(request.out, s.id, f), file: `${s.id}/${f}`, settingId: s.id })),
  );
  const audited = await runAudit({
    project,
    rules: resolveRules(rules, project.partnership, project.locate),
    asOf: "2026-11-24",
    settings: project.settings,
    documents,
    parallel: { jobs: request.jobs },
  });
  result.settings = audited.settingsChecked;
  result.documents = audited.documentsChecked;
  result.findings = audited.findings.length;
}
const end = performance.now();
result.seconds = (end - start) / 1000;
result.workSeconds = (end - loaded) / 1000;
// CPU time of the same work, every thread of this process (the workers included): on a machine shared with
// other work, wall time grows with the load and CPU time much less.
const cpu = process.cpuUsage(cpuAtLoaded);
result.workCpuSeconds = (cpu.user + cpu.system) / 1e6;
const total = process.cpuUsage();
result.cpuSeconds = (total.user + total.system) / 1e6;
result.peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify(result));
