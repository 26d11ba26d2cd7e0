/**
 * The words that stand for a link — "click here", "report a nude image here", "Download the concern form", "available
 * at" — which mean nothing without the link or an address beside them. empty-link reports them where nothing is
 * behind them; the PDF reader reads a page's link annotations only where they stand (pdf.js reads a page's text a
 * second time to give its links' words, so a page with no such words is not asked).
 */

/** "Click here", "click this link". */
export const CLICK_HERE = /\bclick\s+(?:here|this\s+link)\b/gi;

/**
 * "Click to download: Referral form", "Click to open the flowchart": a button's words that ask for a link as plainly
 * as "click here" does. Not a slide's "Click to add text", which asks for none.
 */
export const CLICK_TO = /\bclick\s+to\s+(?:download|open|view|access)\b/gi;

/** "never to", "should not", "don't", "do not ever" straight before "click": advice against clicking. */
const NOT_BEFORE_CLICK = /(?:\b(?:never|not)|n['’]t)(?:[^\S\n]+(?:to|ever|just|simply|even))*[^\S\n]+$/i;
/** "please" or a clause's comma straight before "click". */
const PLEASE_OR_CLAUSE_BEFORE = /(?:\bplease|,)[^\S\n]+$/i;
/** A list item's or a cell's start before the words: "• ", "- ", "(a) ", "| ", a tab. */
const ITEM_OR_CELL_START = /(?:\n[^\S\n]*(?:[-*•▪◦·–]|\(?[a-z0-9]{1,3}[.)])|[|\t])[^\S\n]*$/i;

/**
 * Whether CLICK_TO's words at `offset` are a button's, asking for a link: they open their line, sentence, list item
 * or cell ("Click to open the incident log.", "• Click to download the form"), or end in a colon before what they
 * name ("Referral form – click to download: Referral form"). Never after "never", "not", "don't", "do not": "We teach
 * members never to click to open attachments" is online-safety advice, and asks for no link.
 */
export function clickToIsButton(text: string, offset: number, endOffset: number): boolean {
  const before = text.slice(Math.max(0, offset - 40), offset);
  if (NOT_BEFORE_CLICK.test(before)) return false;
  // "Please click to download the form.", "If you need the form, click to open it.": asked for, or after a clause.
  if (PLEASE_OR_CLAUSE_BEFORE.test(before)) return true;
  // The text's start is a line's.
  const from = Math.max(0, offset - 12);
  if (
    opensItsSentence(text, offset) ||
    ITEM_OR_CELL_START.test(`${from === 0 ? "\n" : ""}${text.slice(from, offset)}`)
  )
    return true;
  return /^[^\S\n]*:/.test(text.slice(endOffset, endOffset + 12));
}

/**
 * "The procedures are available at" with nothing after it: the address was a link in the original and was
 * lost, or was never added — "available on our website at", "found on the club's website at" too, the site named
 * before "at". The words must end the sentence or the line.
 */
export const AVAILABLE_AT =
  /\b(?:(?:is|are|can\s+be|may\s+be|be)\s+)?(?:available|found|accessed|downloaded|viewed|obtained)\s+(?:on\s+(?:our|the|its|their|this|[\p{L}'’-]+['’]s?)\s+(?:[\p{L}'’-]+\s+)?(?:web\s*site|web\s*page|site|page|intranet|portal)\s+)?(?:at|from|on|via)[^\S\n]*(?:[:.](?=\s|$)|$)/gimu;

/**
 * "available at this link", "can be downloaded from this link", "available at this page": the words a link was over,
 * naming no place of their own — in a PDF, where a Word link that went nowhere is exported as words alone, they ask
 * for the link as "click here" does. A page only "at" it: "on this page", "in this page's table" are the printed page.
 */
export const AT_THIS_LINK =
  /\b(?:available|found|accessed|downloaded|viewed|obtained|read|seen)\s+(?:(?:at|from|on|via|through|using|in)\s+this\s+link\b|at\s+this\s+(?:web\s*)?page\b(?!['’]))/gi;

/**
 * Words that were a link's, with the link gone: "report a nude image here", "download our concern form here", "find
 * out more here", "register here" — a verb of following a link, then what it leads to (a form, a page, guidance, an
 * image … or nothing), then "here". empty-link reports them only where the sentence ends at "here". Not "here" as a
 * place: what stands between is no thing a link gives ("find a safe and caring space here", "read the declaration
 * below and sign here", "The accident book is kept here" — "book" a noun after "the").
 */
export const LINK_HERE =
  /(?<!\b(?:the|a|an|our|your|this|that|accident|visitors['’]?|log|signing[- ]in|record)\s)\b(?:(?:download(?:ed)?|report|book|find|access(?:ed)?|read|view(?:ed)?|complete|fill\s+in|submit|request|watch|apply\s+for|sign\s+up\s+for|register\s+for)(?:\s+(?!(?:to|at|in|on|into|inside|within|from|while|when|if|and|or|then|below|above|is|are|was|were|be|been|kept|held|stored)\b)[\p{L}'’-]+){0,4}?\s+(?:forms?|guidance|polic(?:y|ies)|procedures?|pages?|leaflets?|information|details|documents?|videos?|resources?|advice|toolkits?|flowcharts?|templates?|images?|photos?|pictures?|concerns?|reports?|referrals?|copy|copies|versions?|lists?|websites?|site|more|places?|tickets?|courses?)|(?:download|register|apply|sign\s+up|subscribe|donate)(?:\s+(?:online|now))?)\s+here\b/giu;
/**
 * A download button's words ("Download the concern form", "DOWNLOAD: SAFEGUARDING CONCERN FORM", "Download the
 * chaperone's record sheet"): empty-link reports them when they are a sentence of their own (opensItsSentence, and
 * the sentence ends with them).
 */
export const DOWNLOAD_BUTTON =
  /\bdownload:?(?:\s+(?:the|our|a|an|this))?(?:\s+[\p{L}'’-]+){0,4}?\s+(?:form|template|leaflet|guide|flowchart|poster|checklist|booklet|handbook|pdf|document|sheet)s?\b/giu;

/**
 * Whether DOWNLOAD_BUTTON's words at `offset` open their sentence: the text's or a line's start, or after ":", ".",
 * "!" or "?" and spaces. (A look-behind in the pattern would scan back over every space of a long run at each place
 * it is tried — quadratic; this looks back once, a bounded way.)
 */
export function opensItsSentence(text: string, offset: number): boolean {
  const window = text.slice(Math.max(0, offset - 200), offset);
  const before = window.replace(/[^\S\n]+$/, "");
  // Only spaces back to the text's start; a longer run of spaces than the look is no sentence's start.
  if (before === "") return offset === window.length;
  return /[:.!?\n]$/.test(before);
}

/**
 * Words naming a web page ("see our website", "visit the squad's web page", "this link"): no finding of their own —
 * printed, they are the policy's words — but a PDF's link under them may go nowhere ("http://"), so a page with them
 * has its link annotations read too.
 */
const WEB_PAGE = /\b(?:web[^\S\n]?(?:sites?|pages?)|links?)\b/i;

const ANY = [CLICK_HERE, CLICK_TO, AT_THIS_LINK, LINK_HERE, DOWNLOAD_BUTTON, AVAILABLE_AT, WEB_PAGE].map(
  (pattern) => new RegExp(pattern.source, pattern.flags.replace("g", "")),
);

/** Whether some words in `text` stand for a link, or name a web page a link may be under. */
export function hasLinkWords(text: string): boolean {
  return ANY.some((pattern) => pattern.test(text));
}
