/** The rule registry: every rule, listed explicitly (markdownlint style). Order is report order. */
import type { Rule } from "../rule.js";

export const rules: readonly Rule[] = [];
