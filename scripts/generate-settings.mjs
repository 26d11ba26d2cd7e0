// Fictional settings for the bench and the byte-identity tests: a project folder holding the real partnership and
// policy templates of this repository and n generated settings (names, types, areas, leads, training and review
// dates drawn from a small deterministic PRNG, so the same seed always gives the same files). Every name and
// address is invented (bench.example.org).
//
//   import { generateProject } from "./generate-settings.mjs";
//   const dir = generateProject(200);                 // a new folder under the OS temp folder
//   const same = generateProject(200, { seed: 20261124 }); // identical settings (the default seed)
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The seed the bench has always used: its figures are comparable across commits only with the same settings. */
export const DEFAULT_SEED = 20261124;

const repo = fileURLToPath(new URL("..", import.meta.url));

/** mulberry32: a small deterministic PRNG, numbers in [0, 1). */
function mulberry32(start) {
  let seed = start;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/**
 * The YAML of n generated settings, in order: [{ id, yaml }]. Setting i is `bench-setting-0000i`, named
 * "Bench Setting i".
 * @param {number} n
 * @param {{ seed?: number }} [options]
 * @returns {{ id: string, yaml: string }[]}
 */
export function generateSettings(n, { seed = DEFAULT_SEED } = {}) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const date = (year) =>
    `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
  const settings = [];
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
    settings.push({
      id,
      yaml: `id: ${id}
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
    });
  }
  return settings;
}

/**
 * A project folder with this repository's partnership.yaml and policy-templates/ and n generated settings in
 * orgs/<id>.yaml. Returns the folder; the caller removes it (fs.rmSync(dir, { recursive: true, force: true })).
 * @param {number} n
 * @param {{ seed?: number, parent?: string, prefix?: string }} [options] parent: where the folder is made (the OS
 *   temp folder unless given); prefix: the start of its name.
 * @returns {string}
 */
export function generateProject(
  n,
  { seed = DEFAULT_SEED, parent = tmpdir(), prefix = "policysmith-bench-" } = {},
) {
  const root = mkdtempSync(join(parent, prefix));
  cpSync(join(repo, "partnership.yaml"), join(root, "partnership.yaml"));
  cpSync(join(repo, "policy-templates"), join(root, "policy-templates"), { recursive: true });
  mkdirSync(join(root, "orgs"));
  for (const { id, yaml } of generateSettings(n, { seed }))
    writeFileSync(join(root, "orgs", `${id}.yaml`), yaml);
  return root;
}
