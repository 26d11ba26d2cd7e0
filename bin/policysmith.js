#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`, run automatically by npm start/test).
import { main } from "../dist/bin.js";

await main(process.argv);
