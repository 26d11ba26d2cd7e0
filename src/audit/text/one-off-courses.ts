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
 * years" and "not repeated within a term" say when it comes round again, and are no such words. The subject starts
 * and ends on a letter or mark, not a space, so a long run of spaces is read once, not split every way.
 */
const ONE_OFF =
  /(?:^|[.!?;:\n][^\S\n]*|\*\*\s*)(\S(?:[^.!?;:\n]{0,78}?\S)??)\s+(?:(?:is|are)\s+(?:(?:done|taken|completed|attended|undertaken)\s+(?:only\s+)?once(?!\s+(?:a|an|every|each|per|in|more)\b)(?:\s+only)?|(?:not|never)\s+(?:repeated|renewed|refreshed|retaken)|a\s+one[\s-]?off\b|valid\s+for\s+life)|(?:does|do)\s+not\s+(?:(?:need|have)\s+to\s+be\s+)?(?:repeated|renewed|refreshed|retaken|expire)|(?:does|do)\s+not\s+need\s+(?:repeating|renewing|refreshing)|never\s+expires?|ha(?:s|ve)\s+no\s+expiry)(?=\s*(?:[.,;:)!?]|$)|\s+(?:and|but|so|as)\b)/gim;

/**
 * The words that say a course comes round again, after the sentence that names it: "Module C is renewed every three
 * years", "The safeguarding module, **Module C**, is refreshed annually".
 */
const CYCLE_STATED =
  /\b(?:is|are|must\s+be|should\s+be|will\s+be|to\s+be)\s+(?:renewed|refreshed|repeated|retaken|redone|updated|done|taken|completed)\s+(?:every|each|annually|yearly|biennially)\b/gi;

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

/** What the text says of its courses, as compared: those done once, and the sentences that give a renewal cycle. */
export interface OneOffCourses {
  /** The subjects said to be done once and never renewed (see `isOneOff`). */
  once: string[];
  /** The sentences before words of a renewal cycle ("… is renewed every three years"), as compared. */
  renewed: string[];
}

/** The courses the text says are done once and never renewed, and the sentences that say a course is renewed. */
export function oneOffCourses(text: string): OneOffCourses {
  const once: string[] = [];
  const renewed: string[] = [];
  if (!/\bonce\b|\bnot\b|\bnever\b|\bone[\s-]?off\b|\bexpiry\b|\bfor\s+life\b/i.test(text))
    return { once, renewed };
  for (const match of text.matchAll(ONE_OFF)) {
    const subject = key(match[1]);
    if (subject && !NO_COURSE.test(subject)) once.push(subject);
  }
  if (once.length === 0) return { once, renewed };
  for (const match of text.matchAll(CYCLE_STATED)) {
    const end = match.index ?? 0;
    const from = Math.max(0, end - 200);
    const before = text.slice(from, end);
    const start = Math.max(...[".", "!", "?", ";", "\n"].map((mark) => before.lastIndexOf(mark)));
    const sentence = key(before.slice(start + 1));
    if (sentence) renewed.push(` ${sentence} `);
  }
  return { once, renewed };
}

/**
 * Whether a record's course is one the text says is done once: the sentence's subject is the course's words ("Module
 * 1", "The Module 1"), not a sentence that merely ends with them ("Some leaders think Module C does not need to be
 * renewed"); and no sentence gives it a renewal cycle ("Module C is renewed every three years"). A generic word alone
 * ("Training") is none.
 */
export function isOneOff(course: string, oneOff: OneOffCourses): boolean {
  if (oneOff.once.length === 0) return false;
  const words = key(course);
  if (!words || NO_COURSE.test(words)) return false;
  if (!oneOff.once.includes(words)) return false;
  return !oneOff.renewed.some((sentence) => sentence.includes(` ${words} `));
}
