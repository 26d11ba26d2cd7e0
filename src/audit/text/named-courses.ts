/**
 * The courses a policy introduces by a title of their own, saying who completes them and how often: "Everyone who
 * coaches … completes Safe to Serve: Safeguarding Children in Sport, the basic course, and renews it every three
 * years", "Welfare officers also complete the Welfare Officer Pathway, renewed every two years". On a person's
 * training line such a title names a course though it holds no word for training ("Louisa Ames: Welfare Officer
 * Pathway – 09/2025; Safe to Serve – 09/2025"), and so does its part before a colon ("Safe to Serve").
 */
import type { Line } from "./lines.js";

/** A verb of doing a course, then the course's title: capitalised words, small joining words and a colon between. */
const INTRODUCED =
  /\b(?:complete[sd]?|attend(?:s|ed)?|undertakes?|do(?:es)?)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:(?::\s+|\s+)(?:\p{Lu}[\p{L}'’-]*|to|in|of|and|for|on|with|the)){1,9})/gu;
/** What the sentence must say of it after the title: that it is a course, or how often it is done again. */
const COURSE_SAID =
  /\b(?:course|training|module|programme|pathway|renew(?:s|ed|al)?|refresh(?:es|ed)?|repeats?|every\s+(?:\w+\s+)?years?|annually|each\s+year)\b/i;
/** The sentence's subject: safeguarding, children's protection, or a lead's role. */
const SAFEGUARDING_SAID =
  /\b(?:safeguard\w*|child\s+protection|protect(?:s|ing)?\s+(?:children|young\s+people)|welfare|designated|D?DS[LPO]s?)\b/i;

/** Small words a title may hold but not end with. */
const SMALL_END = /(?:\s+(?:to|in|of|and|for|on|with|the))+$/;

/** The titles the document's lines introduce as safeguarding courses (see the file's comment), lower case. */
function introducedTitles(lines: readonly Line[]): string[] {
  const titles = new Set<string>();
  for (const line of lines) {
    if (!INTRODUCED.test(line.text)) continue;
    INTRODUCED.lastIndex = 0;
    for (const m of line.text.matchAll(INTRODUCED)) {
      const title = m[1].replace(SMALL_END, "");
      if (!/\s/.test(title)) continue;
      // The rest of the title's sentence.
      const from = (m.index ?? 0) + m[0].length;
      const rest = line.text.slice(from);
      const end = rest.search(/[.!?](?:\s|$)/);
      const said = end < 0 ? rest : rest.slice(0, end);
      const sentenceStart = line.text.slice(0, m.index).search(/[^.!?]*$/);
      const sentence = `${line.text.slice(sentenceStart, from)}${said}`;
      if (!COURSE_SAID.test(`${title.split(/\s+/).at(-1)} ${said}`) || !SAFEGUARDING_SAID.test(sentence))
        continue;
      titles.add(title.toLowerCase());
      // "Safe to Serve: Safeguarding Children in Sport", written "Safe to Serve" on a person's line.
      const short = title.split(":")[0].trim();
      if (short !== title && /\s/.test(short)) titles.add(short.toLowerCase());
    }
  }
  return [...titles];
}

/**
 * Whether a record's words hold, as whole words, a course title the document introduces (introducedTitles): read
 * once per document, on first use.
 */
export function introducedCourses(lines: readonly Line[]): (words: string) => boolean {
  let titles: string[] | undefined;
  return (words) => {
    titles ??= introducedTitles(lines);
    if (titles.length === 0) return false;
    const lower = words.toLowerCase().replace(/\s+/g, " ");
    return titles.some((t) => {
      for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
        const before = lower.slice(Math.max(0, at - 1), at);
        const after = lower.slice(at + t.length, at + t.length + 1);
        if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
      }
      return false;
    });
  };
}
