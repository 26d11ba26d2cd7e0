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
 * safeguarding: a line whose sentence says "safeguarding" after that name's level, before another named level.
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
        const found = [...line.text.matchAll(NAMED_LEVEL)];
        for (const [i, level] of found.entries()) {
          if (SAFEGUARDING.test(level[1])) continue;
          // What the sentence says of this name's level, up to the next named level: "Safe Steps Level 1 is for all
          // helpers, … Level 3 for Safeguarding Contacts", "Safe Steps Level 3 (Safeguarding Contacts)" — not "Food
          // Hygiene Level 2" in "Safeguarding Level 1 and Food Hygiene Level 2 in their first month".
          const from = (level.index ?? 0) + level[0].length;
          const to = found[i + 1]?.index ?? line.text.length;
          const said = line.text.slice(from, to);
          const end = said.search(/[.;!?](?:\s|$)/);
          if (SAFEGUARDING.test(end < 0 ? said : said.slice(0, end))) names.add(level[1].toLowerCase());
        }
      }
    }
    return names.has(m[1].trim().toLowerCase());
  };
}
