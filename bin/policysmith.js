#!/usr/bin/env node
// Thin launcher. `npm run build` (run by npm start/test and by `prepare` on install) compiles src/ with tsc into
// dist/ and bundles the CLI into dist/bundle/ (scripts/build-cli.mjs), which starts several times faster. The
// bundle runs unless it is missing or older than tsc's output — after a bare `npx tsc -p tsconfig.build.json`,
// dist/ holds the newer code and runs as it is.
//
// This file is CommonJS (bin/package.json), so that `policysmith --version` (or -v) alone is answered here, from
// package.json, as src/bin.ts and commander answer it (the version and a newline), before Node starts its ES module
// loader or reads any of the CLI (issue 15, start fast: test/cli-startup.test.ts). Anything else goes to the CLI.
"use strict";
const { readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
  process.stdout.write(
    `${JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")).version}\n`,
  );
  process.exitCode = 0;
} else {
  const modified = (path) => statSync(join(__dirname, path), { throwIfNoEntry: false })?.mtimeMs;
  const bundle = modified("../dist/bundle/bin.js");
  const compiled = modified("../dist/bin.js");
  const entry =
    bundle !== undefined && (compiled === undefined || bundle >= compiled)
      ? "../dist/bundle/bin.js"
      : "../dist/bin.js";
  import(pathToFileURL(join(__dirname, entry)).href).then(({ main }) => main(process.argv));
}
