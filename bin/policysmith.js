#!/usr/bin/env node
// Thin launcher. `npm run build` (run by npm start/test and by `prepare` on install) compiles src/ with tsc into
// dist/ and bundles the CLI into dist/bundle/ (scripts/build-cli.mjs), which starts several times faster. The
// bundle runs unless it is missing or older than tsc's output — after a bare `npx tsc -p tsconfig.build.json`,
// dist/ holds the newer code and runs as it is.
import { statSync } from "node:fs";

const modified = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundle = modified("../dist/bundle/bin.js");
const compiled = modified("../dist/bin.js");
const { main } = await (bundle !== undefined && (compiled === undefined || bundle >= compiled)
  ? import("../dist/bundle/bin.js")
  : import("../dist/bin.js"));

await main(process.argv);
