#!/usr/bin/env node
// `npm run bench [-- --settings N] [--formats docx,pdf,html]`: generates N fictional settings (fixed seed)
// next to the real templates, builds them, and prints documents per second per format and peak memory.
// Figures also go to bench-results.json so they can be compared across commits. Never run in tests.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildProject } from "../dist/build/build.js";
import { loadProject } from "../dist/data/load-project.js";

const { values } = parseArgs({
  options: { settings: { type: "string", default: "200" }, formats: { type: "string", default: "html,docx,pdf" } },
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
const types = ["school", "academy", "nursery", "childminder", "charity", "students-union", "sports-club", "youth-group"];
const first = ["Amira", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Harry", "Isla", "Jon"];
const last = ["Ashby", "Brook", "Carter", "Dale", "Evans", "Ford", "Green", "Hill", "Irwin", "Jones"];
const date = (year) => `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;

const dir = mkdtempSync(join(tmpdir(), "policysmith-bench-"));
try {
  cpSync(join(repo, "partnership.yaml"), join(dir, "partnership.yaml"));
  cpSync(join(repo, "policy-templates"), join(dir, "policy-templates"), { recursive: true });
  mkdirSync(join(dir, "orgs"));
  for (let i = 0; i < count; i++) {
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
      join(dir, "orgs", `${id}.yaml`),
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

  const results = { settings: count, node: process.version, formats: {} };
  const load = performance.now();
  const project = await loadProject(dir);
  results.loadMs = Math.round(performance.now() - load);
  console.log(`Loaded ${project.settings.length} settings and ${project.templates.length} templates in ${results.loadMs} ms`);
  for (const format of formats) {
    const start = performance.now();
    const result = await buildProject(project, { formats: [format], outDir: join(dir, "output") });
    const seconds = (performance.now() - start) / 1000;
    const documents = result.files.length;
    results.formats[format] = { documents, seconds: Number(seconds.toFixed(2)), perSecond: Number((documents / seconds).toFixed(1)), msPerDocument: Number(((seconds * 1000) / documents).toFixed(1)) };
    console.log(`${format.padEnd(5)} ${String(documents).padStart(6)} documents in ${seconds.toFixed(2)} s = ${(documents / seconds).toFixed(1)} documents/s (${((seconds * 1000) / documents).toFixed(1)} ms each, one core)`);
  }
  results.peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`Peak memory (RSS): ${results.peakRssMiB} MiB`);
  writeFileSync(join(repo, "bench-results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("Figures written to bench-results.json");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
