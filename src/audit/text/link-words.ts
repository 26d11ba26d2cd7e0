/**
 * The words that stand for a link — "click here", "report a nude image here", "Download the concern form", "available
 * at" — which mean nothing without the link or an address beside them. empty-link reports them where nothing is
 * behind them; the PDF reader reads a page's link annotations only where they stand (pdf.js reads a page's text a
 * second time to give its links' words, so a page with no such words is not asked).
 */

/** "Click here", "click this link". */
export const CLICK_HERE = /\bclick\s+(?:here|this\s+link)\b/gi;

/**
 * "The procedures are available at" with nothing after it: the address was a link in the original and was
 * lost, or was never added. The words must end the sentence or the line.
 */
export const AVAILABLE_AT =
  /\b(?:(?:is|are|can\s+be|may\s+be|be)\s+)?(?:available|found|accessed|downloaded|viewed|obtained)\s+(?:at|from|on|via)[^\S\n]*(?:[:.](?=\s|$)|$)/gim;

/**
 * Words that were a link's, with the link gone: "report a nude image here", "download our concern form here" — a verb
 * of following a link and "here" ending the sentence; and a download button's words as a sentence of their own
 * ("Download the concern form.", "DOWNLOAD: SAFEGUARDING CONCERN FORM"). A PDF keeps them when the Word file linked
 * them to "#" (Word and LibreOffice write no link for it). Words between verb and "here" never include a place's
 * preposition ("report to the office here" is about a place).
 */
export const LINK_HERE =
  /\b(?:download(?:ed)?|report|book|find|access(?:ed)?|read|view(?:ed)?|complete|fill\s+in|submit|register|apply|sign\s+up|watch|request)(?:\s+(?!(?:to|at|in|on|into|inside|within|from|while|when|if)\b)[\p{L}'’-]+){0,5}?\s+here\b/giu;
export const DOWNLOAD_BUTTON =
  /(?<=^|[:.!?][^\S\n]+|\n)download:?(?:\s+(?:the|our|a|an|this))?(?:\s+[\p{L}'’-]+){0,4}?\s+(?:form|template|leaflet|guide|flowchart|poster|checklist|booklet|handbook|pdf|document)s?\b/giu;

const ANY = [CLICK_HERE, LINK_HERE, DOWNLOAD_BUTTON, AVAILABLE_AT].map(
  (pattern) => new RegExp(pattern.source, pattern.flags.replace("g", "")),
);

/** Whether some words in `text` stand for a link. */
export function hasLinkWords(text: string): boolean {
  return ANY.some((pattern) => pattern.test(text));
}
