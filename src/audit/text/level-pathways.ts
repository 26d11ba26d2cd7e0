/**
 * A course with a name of its own and levels, which the document ties to safeguarding: "Safe Steps Level 1 is for
 * all helpers … Level 3 for Safeguarding Contacts", "Safe Steps Level 3 (Safeguarding Contacts), completed …". Its
 * level elsewhere ("Safe Steps Level 1, completed Oct 2023") is the same safeguarding pathway, not a subject of its
 * own as "Makaton Level 1" is.
 */
import type { Line } from "./lines.js";

/** A name of capitalised words just before "Level N": "Safe Steps Level 1". */
const NAMED_LEVEL = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+[Ll]evel\s*[1-4]\b/gu;
const SAFEGUARDING = /\bsafeguard/i;

/**
 * Whether a course's words are "<name> Level N" (a bracket after it at most) for a name the document's lines tie to
 * safeguarding.
 */
export function safeguardingPathways(lines: readonly Line[]): (course: string) => boolean {
  let names: Set<string> | undefined;
  return (course) => {
    // The name and its level alone, a bracket after it at most: not "RFL Level 2 Coaching Award", another course.
    const m = /^\s*(.*?)\s+level\s*[1-4](?:\s*\([^()]*\))?\s*$/i.exec(course);
    if (!m?.[1]) return false;
    if (!names) {
      names = new Set();
      for (const line of lines) {
        if (!/level\s*[1-4]/i.test(line.text) || !SAFEGUARDING.test(line.text)) continue;
        for (const found of line.text.matchAll(NAMED_LEVEL))
          if (!SAFEGUARDING.test(found[1])) names.add(found[1].toLowerCase());
      }
    }
    return names.has(m[1].trim().toLowerCase());
  };
}
