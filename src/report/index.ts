/** The audit report formats, one module each. Adding a format = one entry here. */
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export const REPORT_FORMATS: Record<string, Formatter> = { stylish, json, junit, sarif, github };
