/**
 * The audit's rule configuration, ESLint style, from partnership.yaml:
 *   rules: { training-stale: [error, { dsl_months: 24 }], empty-link: off }
 * Unknown rule ids, bad severities and options that fail the rule's schema are configuration errors
 * (exit code 2) naming the line in partnership.yaml.
 */
import { Ajv } from "ajv";
import type { Problem } from "../errors.js";
import { ConfigError } from "../errors.js";
import type { Partnership, RuleSetting, Severity } from "../model.js";
import { documentUnreadable } from "./document/readable.js";
import type { Rule } from "./rule.js";

/** Rules the engine itself runs, which users configure like any other. */
export const ENGINE_RULES: readonly Rule[] = [documentUnreadable];

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

type Locate = (
  file: string,
  path: ReadonlyArray<string | number>,
) => { line: number; column: number } | undefined;

export function resolveRules(all: readonly Rule[], partnership: Partnership, locate: Locate): ActiveRule[] {
  const configured = partnership.rules ?? {};
  const given = new Set(all.map((rule) => rule.meta.id));
  all = [...all, ...ENGINE_RULES.filter((rule) => !given.has(rule.meta.id))];
  const problems: Problem[] = [];
  const at = (id: string, message: string): Problem => {
    const pos = locate(partnership.source, ["rules", id]);
    return { file: partnership.source, line: pos?.line, column: pos?.column, path: `rules.${id}`, message };
  };
  const known = new Map(all.map((rule) => [rule.meta.id, rule]));
  for (const id of Object.keys(configured))
    if (!known.has(id)) {
      const near = closest(id, [...known.keys()]);
      problems.push(
        at(
          id,
          `there is no audit rule "${id}"${near ? ` — did you mean "${near}"?` : ""} (rules: ${[...known.keys()].join(", ")})`,
        ),
      );
    }
  const ajv = new Ajv({ allErrors: true, useDefaults: false });
  const active: ActiveRule[] = [];
  for (const rule of all) {
    const setting: RuleSetting | undefined = configured[rule.meta.id];
    let severity: Severity | "off" = rule.meta.defaultSeverity;
    let userOptions: Record<string, unknown> = {};
    if (setting !== undefined) {
      const [level, options] = Array.isArray(setting) ? setting : [setting];
      if (level !== "off" && level !== "warning" && level !== "error") {
        problems.push(at(rule.meta.id, `"${String(level)}" is not a severity — write error, warning or off`));
        continue;
      }
      severity = level;
      if (options !== undefined) {
        if (typeof options !== "object" || options === null || Array.isArray(options)) {
          problems.push(
            at(rule.meta.id, `the options of ${rule.meta.id} must be a map, e.g. [error, { months: 24 }]`),
          );
          continue;
        }
        userOptions = options;
      }
    }
    const options = { ...(rule.meta.defaultOptions ?? {}), ...userOptions };
    if (rule.meta.optionsSchema && Object.keys(userOptions).length) {
      const validate = ajv.compile(rule.meta.optionsSchema);
      if (!validate(options)) {
        const detail = (validate.errors ?? [])
          .map((e) => `${e.instancePath.replace(/^\//, "") || "options"} ${e.message}`)
          .join("; ");
        problems.push(at(rule.meta.id, `the options of ${rule.meta.id} are not right: ${detail}`));
        continue;
      }
    }
    if (severity !== "off") active.push({ rule, severity, options });
  }
  if (problems.length) throw new ConfigError(problems);
  return active;
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
