/** outdated-reference: laws, bodies, guidance and terms that have been replaced (data/outdated-references.yaml). */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { packagePath } from "../../paths.js";
import type { Rule } from "../rule.js";
import { allMatches } from "../text/matches.js";
import { reportAt } from "./helpers.js";

export interface OutdatedReference {
  id: string;
  pattern: string;
  old: string;
  replaced_by: string;
  since: string;
  note: string;
  source: string;
  unless_nearby?: string;
  case_sensitive?: boolean;
  wrong_name?: boolean;
}

interface Compiled extends OutdatedReference {
  re: RegExp;
  nearby?: RegExp;
}

let compiled: Compiled[] | undefined;

/** The entries of data/outdated-references.yaml, read once. */
export function outdatedReferences(): Compiled[] {
  compiled ??= (
    parse(readFileSync(packagePath("data", "outdated-references.yaml"), "utf8")) as OutdatedReference[]
  ).map((entry) => ({
    ...entry,
    re: new RegExp(`(?<![\\w'’-])(?:${entry.pattern})(?![\\w'’-])`, entry.case_sensitive ? "g" : "gi"),
    nearby: entry.unless_nearby ? new RegExp(entry.unless_nearby, "i") : undefined,
  }));
  return compiled;
}

export interface ReferenceMatch {
  offset: number;
  endOffset: number;
  text: string;
  entry: OutdatedReference;
}

/** The sentence around an offset (up to 200 characters each side, stopping at a full stop or a blank line). */
function sentenceAround(text: string, offset: number, endOffset: number): string {
  const before = text.slice(Math.max(0, offset - 200), offset);
  const after = text.slice(endOffset, endOffset + 200);
  const start = Math.max(before.search(/[.!?]\s[^.!?]*$|\n\s*\n[^\n]*$/) + 1, 0);
  const stop = after.search(/[.!?](?:\s|$)|\n\s*\n/);
  return before.slice(start) + text.slice(offset, endOffset) + (stop < 0 ? after : after.slice(0, stop));
}

export function findOutdatedReferences(text: string): ReferenceMatch[] {
  const found: ReferenceMatch[] = [];
  for (const entry of outdatedReferences()) {
    for (const match of allMatches(entry.re, text)) {
      const offset = match.index ?? 0;
      const endOffset = offset + match[0].length;
      if (entry.nearby?.test(sentenceAround(text, offset, endOffset))) continue;
      if (found.some((f) => offset < f.endOffset && endOffset > f.offset)) continue;
      found.push({ offset, endOffset, text: match[0], entry });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function message(match: ReferenceMatch): string {
  const { entry } = match;
  const words = match.text.replace(/\s+/g, " ");
  if (entry.wrong_name)
    return `"${words}" is not the right name: ${entry.note} — write "${entry.replaced_by}" instead`;
  return `"${words}" is out of date: ${entry.note} (since ${entry.since}) — write "${entry.replaced_by}" instead`;
}

export const rule: Rule = {
  meta: {
    id: "outdated-reference",
    description:
      'Finds laws, bodies, guidance and terms that have been replaced — Local Safeguarding Children Boards, the Data Protection Act 1998, old editions of Working Together and Keeping Children Safe in Education, "peer on peer abuse", "sexting", CRB checks and others listed in data/outdated-references.yaml. An out-of-date reference sends readers to rules that no longer apply: update the wording.',
    defaultSeverity: "warning",
  },
  checkDocument(context) {
    for (const match of findOutdatedReferences(context.document.text)) {
      reportAt(context, match.offset, match.endOffset, message(match), {
        actual: match.text,
        expected: match.entry.replaced_by,
      });
    }
  },
  checkSetting(context) {
    for (const [key, value] of Object.entries(context.setting.sections ?? {})) {
      if (typeof value !== "string") continue;
      for (const match of findOutdatedReferences(value)) {
        context.report({
          message: `sections.${key} in ${context.setting.source}: ${message(match)}`,
          path: ["sections", key],
          excerpt: match.text,
          actual: match.text,
          expected: match.entry.replaced_by,
        });
      }
    }
  },
};
