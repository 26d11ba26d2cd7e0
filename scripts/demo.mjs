#!/usr/bin/env node
// `npm start`: builds every example setting's policies, then audits them, as a partnership would.
// The example data carries deliberate problems (stale training, a passed review date …), so the audit is
// expected to report findings; this script fails only if the build itself fails or a command crashes.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin/policysmith.js", import.meta.url));
const run = (...args) => {
  process.stdout.write(`\n$ policysmith ${args.join(" ")}\n`);
  return spawnSync(process.execPath, [bin, ...args], { stdio: "inherit" }).status ?? 2;
};

const build = run("build");
const audit = run("audit");
process.stdout.write("\n");
if (build !== 0) {
  process.stdout.write(`The build reported problems (exit code ${build}); see above.\n`);
  process.exitCode = build;
} else if (audit === 1) {
  process.stdout.write(
    "Policies written to output/. The audit found problems in the example settings — they are there on purpose,\n" +
      "to show what policysmith catches. In CI, `policysmith audit` exits 1 like this and fails the job.\n",
  );
} else if (audit !== 0) {
  process.stdout.write(`The audit could not run (exit code ${audit}); see above.\n`);
  process.exitCode = audit;
} else {
  process.stdout.write("Policies written to output/. The audit found no problems.\n");
}
