/**
 * "The text could not be read in order": a document whose extracted text is not prose a reader could follow —
 * a scanned PDF with a few words of text recognition per page, a Word document laid out in text boxes that
 * arrive as one or two words a line, a PDF whose words have no spaces between them, or glyphs with no letters
 * behind them. The rules would be guessing, so the engine reports this one finding (warning) in their place.
 * It must never fire on a normal policy: every threshold is far from what any policy, however laid out, gives.
 */
import type { Rule, SourceDocument } from "../rule.js";

export const DOCUMENT_UNREADABLE = "document-unreadable";

/** The rule users configure (`document-unreadable: off` / `error`); the engine runs it before the others. */
export const documentUnreadable: Rule = {
  meta: {
    id: DOCUMENT_UNREADABLE,
    description:
      "The text of a PDF or Word document could not be read in order (a scan with a few recognised words, text boxes read as one or two words a line, words with no spaces between them), so the other rules did not check it and their findings would be incomplete. Audit the original Word file, or a PDF exported from it, instead.",
    defaultSeverity: "warning",
  },
};

/** Fewer words than this per page, on average, is a scan (a real policy page holds a hundred or more). */
const MIN_WORDS_PER_PAGE = 12;
/** Text-box soup: at least this many lines of one or two words … */
const MIN_SHORT_LINES = 30;
/** … holding more than this share of all the words. */
const SHORT_LINE_WORDS = 0.6;
/** Words run together: more than this share of the letters are in "words" of 25 letters or more. */
const RUN_TOGETHER = 0.3;
/** Letters are less than this share of the visible characters: glyphs without text behind them. */
const MIN_LETTERS = 0.4;

const LETTER = /\p{L}/u;

/** Why the document's text cannot be trusted, in words for the message; undefined when it reads normally. */
export function readingProblem(document: SourceDocument): string | undefined {
  if (document.format !== "pdf" && document.format !== "docx") return undefined;
  const text = document.text;
  let words = 0;
  let longLetters = 0;
  let letters = 0;
  let visible = 0;
  let shortLines = 0;
  let shortLineWords = 0;
  for (const rawLine of text.split("\n")) {
    // Markdown's table and list marks are not the document's words.
    const line = rawLine.replace(/^[\s>]*(?:[-*+]|\d{1,9}[.)])\s+/, "").replace(/\|/g, " ");
    const tokens = line.split(/\s+/).filter((token) => LETTER.test(token));
    if (tokens.length === 0) continue;
    words += tokens.length;
    if (tokens.length <= 2 && !/^\s*#/.test(rawLine)) {
      shortLines++;
      shortLineWords += tokens.length;
    }
    for (const token of tokens) {
      if (token.length < 25 || /^(?:https?:|www\.|mailto:)|@|[/\\]/i.test(token)) continue;
      const count = token.match(/\p{L}/gu)?.length ?? 0;
      if (count >= 25) longLetters += count;
    }
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) continue;
    visible++;
    // ASCII letters counted directly; other characters asked of Unicode (surrogate halves are neither).
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER.test(text[i]))) letters++;
  }
  const pages = document.format === "pdf" ? Math.max(1, document.pages?.length ?? 1) : undefined;
  if (letters >= 200 && longLetters / letters > RUN_TOGETHER)
    return "its words run together with no spaces between them";
  if (visible >= 200 && letters / visible < MIN_LETTERS)
    return "most of its characters are not letters (its fonts have no text behind them)";
  if (pages !== undefined && words / pages < MIN_WORDS_PER_PAGE)
    return `it has only about ${Math.round(words / pages)} word${Math.round(words / pages) === 1 ? "" : "s"} a page, so it is probably a scan`;
  if (shortLines >= MIN_SHORT_LINES && shortLineWords / words > SHORT_LINE_WORDS)
    return "most of its lines are one or two words (text boxes or a layout read out of order)";
  return undefined;
}

export function unreadableMessage(document: SourceDocument, reason: string): string {
  const what = document.format === "pdf" ? "PDF" : "Word document";
  const advice =
    document.format === "pdf"
      ? "audit the original Word file if you have it, or a PDF exported from it"
      : "move its text out of text boxes into ordinary paragraphs, or audit a PDF exported from it";
  return `The text of this ${what} could not be read in order (${reason}), so it was not checked and findings may be incomplete — ${advice}.`;
}
