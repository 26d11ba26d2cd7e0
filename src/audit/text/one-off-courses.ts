/**
 * Courses a policy says are done once and never renewed: "Module 1 is done once and is not repeated", "The welcome
 * session is a one-off", "Induction does not need to be renewed". A completion of such a course is a fact about the
 * person, not a record that runs out: "| Tom | 2019 | 11/03/2025 |" under "| Name | Module 1 | Module 6 |" is Tom's
 * Module 1 of 2019 beside his current Module 6, and nothing lapsed.
 */
import { plain } from "./lines.js";

/**
 * A sentence's subject, then the words that say it is done once: "X is done once (and is not repeated)", "X is not
 * repeated", "X does not need to be renewed", "X never expires", "X is a one-off". "Once a year", "once every three
 * years" and "not repeated within a term" say when it comes round again, and are no such words.
 */
const ONE_OFF =
  /(?:^|[.!?;:\n]\s*|\*\*\s*)([^.!?;:\n]{1,80}?)\s+(?:(?:is|are)\s+(?:(?:done|taken|completed|attended|undertaken)\s+(?:only\s+)?once(?!\s+(?:a|an|every|each|per|in|more)\b)(?:\s+only)?|(?:not|never)\s+(?:repeated|renewed|refreshed|retaken)|a\s+one[\s-]?off\b|valid\s+for\s+life)|(?:does|do)\s+not\s+(?:(?:need|have)\s+to\s+be\s+)?(?:repeated|renewed|refreshed|retaken|expire)|(?:does|do)\s+not\s+need\s+(?:repeating|renewing|refreshing)|never\s+expires?|ha(?:s|ve)\s+no\s+expiry)(?=\s*(?:[.,;:)!?]|$|\s+(?:and|but|so|as)\b))/gim;

/** A subject that names no course of its own: "It", "This", "Training", "The course". */
const NO_COURSE =
  /^(?:it|this|that|these|they|training|safeguarding(?:\s+training)?|(?:the\s+)?(?:course|module|session)s?)$/;

/** A course's words as compared: small letters and digits, its bracketed note and a leading article left out. */
function key(words: string): string {
  return plain(words)
    .replace(/\([^)]*\)/g, " ")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(?:the|our|a|an|each|every)\s+/, "");
}

/** The courses the text says are done once and never renewed, as compared (see `isOneOff`). */
export function oneOffCourses(text: string): string[] {
  if (!/\bonce\b|\bnot\b|\bnever\b|\bone[\s-]?off\b|\bexpiry\b|\bfor\s+life\b/i.test(text)) return [];
  const found: string[] = [];
  for (const match of text.matchAll(ONE_OFF)) {
    const subject = key(match[1]);
    if (subject && !NO_COURSE.test(subject)) found.push(subject);
  }
  return found;
}

/**
 * Whether a record's course is one the text says is done once: its words are the subject's ("Module 1"), or the end
 * of it ("The safeguarding induction" for a column headed "Induction"). A generic word alone ("Training") is none.
 */
export function isOneOff(course: string, oneOff: readonly string[]): boolean {
  if (oneOff.length === 0) return false;
  const words = key(course);
  if (!words || NO_COURSE.test(words)) return false;
  return oneOff.some((subject) => subject === words || subject.endsWith(` ${words}`));
}
