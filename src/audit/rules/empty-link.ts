/**
 * empty-link: a link that goes nowhere — no address, "#", a bookmark or anchor the document does not have,
 * Word's "Error! Bookmark not defined." — and "click here" or "available at" with nothing behind it.
 */
import { headingAttributes } from "../document/heading-attributes.js";
import type { Outline, OutlineLink, Rule, SourceDocument } from "../rule.js";
import {
  AT_THIS_LINK,
  AVAILABLE_AT,
  CLICK_HERE,
  CLICK_TO,
  clickToIsButton,
  DOWNLOAD_BUTTON,
  LINK_HERE,
  opensItsSentence,
} from "../text/link-words.js";
import { allMatches, trimEndWhere } from "../text/matches.js";
import { type ParagraphAt, pdfParagraphs } from "../text/paragraphs.js";
import { opensSentence } from "../text/tagger.js";
import { reportAt } from "./helpers.js";

/** An email or phone link with no address after its scheme: "mailto:", "mailto:?subject=…", "tel:". */
const NO_ADDRESS = /^\s*(mailto|tel|callto):\s*(?:\?.*)?$/i;
const EMPTY_URL = /^\s*(?:#?|javascript:(?:void\(0\);?)?|about:blank|https?:\/\/)?\s*$/i;
const URL_IN_TEXT = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+|\b\S+@\S+\.\S+/i;
/** What Word writes in place of a cross-reference or page number whose bookmark was deleted. */
const WORD_FIELD_ERROR =
  /\bError!\s+(?:Bookmark\s+not\s+defined|Reference\s+source\s+not\s+found|Hyperlink\s+reference\s+not\s+valid|No\s+bookmark\s+name\s+given)\.?/gi;

/**
 * The buttons of a web page's cookie or consent banner ("We use cookies … [Accept](#) [Settings](#)"), kept when a
 * policy is saved from its site: a script handles them, so they link to "#". They are the site's controls, not the
 * policy's links — only with a button's words ("Accept all", "Reject additional cookies", "Got it", "OK"), and only
 * inside a short paragraph that is a banner (`cookieBanner`).
 */
const CONSENT_BUTTON =
  /^\s*(?:(?:accept|reject|decline|allow|block|refuse)(?:\s+(?:all|additional|optional|analytics|marketing|non-essential|essential|necessary|selected|only))*(?:\s+cookies)?|allow\s+selection|ok|okay|got\s+it|(?:yes,?\s+)?i\s+(?:agree|accept)|agree|no,?\s+thanks|dismiss|close|hide\s+(?:this|the|cookie)\s+message|settings|(?:cookie|privacy)\s+(?:settings|preferences)|(?:manage|change|view)\s+(?:cookies|(?:cookie\s+)?(?:preferences|settings))|customi[sz]e)\s*[.!]?\s*$/i;
/** A banner's own words about cookies: "we use cookies", "this website uses cookies", "accept cookies", "cookie settings". */
const COOKIE_NOTICE =
  /\b(?:(?:we|(?:this|our|the)\s+(?:web)?(?:site|page))\s+uses?\s+(?:[\w-]+,?\s+){0,4}cookies|(?:use|using|placing|storing)\s+of\s+cookies|(?:accept|allow|reject|decline)(?:ing)?\s+(?:all\s+|optional\s+|non-essential\s+|additional\s+)?cookies|(?:to|we|like\s+to)\s+set\s+(?:[\w-]+\s+){0,2}cookies|cookies?\s+(?:settings|preferences|policy|consent|notice|banner|choices))\b/i;
/**
 * The words of a web page's working that a banner speaks of beside its cookies ("Cookies help us run this
 * website", "This website stores cookies on your computer", "We and our partners use cookies"): the site, the
 * reader's device or browser, analytics, advertising partners. A paragraph that says "cookies" with none of them
 * ("Cookies and photographs: we never photograph children …", "we sell cookies at the bake sale") is the policy's
 * own, whatever its links say.
 */
const WEB_WORDS =
  /\b(?:web\s*sites?|web\s*pages?|(?:this|our)\s+site|(?:your|this)\s+(?:device|browser|computer|phone)|(?:browsing|user|your)\s+experience|analytics|(?:our|advertising|third[- ]party)\s+partners|third[- ]part(?:y|ies)\s+(?:cookies|services|tools)|personali[sz](?:e|es|ed|ing)\s+(?:content|ads|adverts|advertising)|tracking\s+cookies|stores?\s+cookies|placed\s+cookies)\b/i;

/** Whether a paragraph is a cookie or consent banner: short, and about cookies in a banner's words or a web page's. */
function cookieBanner(block: string): boolean {
  if (block.length > 400) return false;
  return COOKIE_NOTICE.test(block) || (/\bcookies?\b/i.test(block) && WEB_WORDS.test(block));
}

function consentButton(text: string, link: OutlineLink): boolean {
  if (!CONSENT_BUTTON.test(link.text)) return false;
  return cookieBanner(text.slice(link.blockOffset, link.blockEnd));
}

/**
 * A web page's "skip" link for keyboard and screen-reader users ("Skip to main content", "Skip to navigation") at
 * the top of the page, above its first heading: it points at the page's main block, whose id a Word or PDF copy
 * does not keep. It is the site's furniture, like a cookie banner's buttons, not the policy's link.
 */
const SKIP_LINK = /^\s*skip\s+(?:to|navigation|over)\b[\w\s-]{0,40}$/i;
/**
 * A skip link's own words, which name a part of any web page, not of the policy: "Skip to (main) content", "Skip
 * navigation", "Skip to main menu", "Skip to search". "Skip to the reporting form" names the policy's own part.
 */
const SKIP_LINK_PHRASE =
  /^\s*skip\s+(?:(?:to|over)\s+)?(?:the\s+)?(?:(?:main|primary|page|site)\s+)?(?:content|navigation|nav|menu|search|footer|article|main)\s*$/i;
/**
 * The top is what comes before the first heading; in a page with no heading (bold lines for headings) it is the
 * first few words — a skip link comes before the site's own navigation, so little text can stand before it. With
 * no heading to mark the page's top, only a link in a skip link's own words is furniture there.
 */
const TOP_OF_PAGE_CHARACTERS = 200;
function skipLink(document: SourceDocument, link: OutlineLink): boolean {
  if (!SKIP_LINK.test(link.text) || !(link.url.startsWith("#") || EMPTY_URL.test(link.url))) return false;
  const top = document.outline.headings[0]?.offset;
  if (top !== undefined) return link.offset < top;
  if (!SKIP_LINK_PHRASE.test(link.text)) return false;
  return document.text.slice(0, link.offset).replace(/\s+/g, "").length <= TOP_OF_PAGE_CHARACTERS;
}

/**
 * A web page's "Back to top" link ("Back to top ↑", "Return to top of page", "↑ Top") to "#" or "#top": in a web page
 * "#" and "#top" go to the top of the page, so the link works there, and a policy copied from its website keeps it as
 * the page's furniture, not the policy's link. Words that name a place ("Back to top of the reporting form") do not.
 */
const BACK_TO_TOP =
  /^[\s↑⇧▲^]*(?:(?:back|return|go|jump|scroll)\s+to\s+(?:the\s+)?)?top(?:\s+of\s+(?:the\s+)?page)?[\s↑⇧▲^]*$/i;
function backToTop(link: OutlineLink): boolean {
  return /^\s*#(?:top)?\s*$/i.test(link.url) && link.text.length <= 40 && BACK_TO_TOP.test(link.text);
}

/** Every anchor a link in the document could point at, lower-cased, or undefined when the reader cannot tell. */
function anchorsOf(document: SourceDocument): Set<string> | undefined {
  // A PDF's link to a place in itself goes to a page position pdf.js has resolved, not to a name to look up.
  if (document.format === "pdf") return undefined;
  const outline = document.outline as Outline & { anchors?: unknown };
  const given = Array.isArray(outline.anchors) ? outline.anchors : undefined;
  // Without anchors from the reader, only Markdown's own headings and HTML ids in its text can be known.
  if (!given && document.format !== "md") return undefined;
  const anchors = new Set<string>();
  // The slugs of the words before a heading's own "{#id}", by the heading's offset: the Markdown reader lists them
  // as candidates, but pandoc and kramdown give such a heading its own id only.
  const wordsBeforeId = new Map<number, string[]>();
  for (const h of document.outline.headings) {
    const explicit = headingAttributes(h.text);
    if (explicit?.id)
      wordsBeforeId.set(
        h.offset,
        headingSlugs(explicit.words).filter((slug) => slug !== explicit.id?.toLowerCase()),
      );
  }
  for (const a of given ?? []) {
    const at = a && typeof a === "object" ? (a as { offset?: unknown }).offset : undefined;
    const notGiven = typeof at === "number" ? wordsBeforeId.get(at) : undefined;
    const id =
      typeof a === "string"
        ? a
        : a && typeof a === "object"
          ? ((a as { id?: unknown }).id ?? (a as { name?: unknown }).name)
          : undefined;
    if (typeof id === "string" && !notGiven?.includes(id.toLowerCase())) anchors.add(id.toLowerCase());
  }
  // A heading given its own id ("## Code of conduct {#conduct}", a Word bookmark or an HTML id on the heading) is
  // reached by that id only: pandoc, kramdown and Word make no id from its words then.
  const own = (given ?? []).filter(
    (a): a is { id: string; offset: number } =>
      !!a &&
      typeof a === "object" &&
      typeof (a as { offset?: unknown }).offset === "number" &&
      typeof (a as { id?: unknown }).id === "string" &&
      !(a as { id: string }).id.startsWith("_"),
  );
  for (const h of document.outline.headings) {
    const explicit = headingAttributes(h.text);
    if (explicit?.id) continue;
    if (
      document.format !== "md" &&
      own.some(
        (a) =>
          a.offset >= h.offset &&
          a.offset <= h.endOffset &&
          !headingSlugs(h.text).includes(a.id.toLowerCase()),
      )
    )
      continue;
    for (const slug of headingSlugs(h.text)) anchors.add(slug);
  }
  if (document.format === "md") {
    for (const m of allMatches(/\b(?:id|name)\s*=\s*["']([^"']+)["']|\{#([\w:.-]+)[^}]*\}/g, document.text))
      anchors.add((m[1] ?? m[2]).toLowerCase());
  }
  return anchors;
}

/** The ids Markdown tools give a heading: GitHub's ("1-purpose") and pandoc's ("purpose"). */
export function headingSlugs(text: string): string[] {
  const lower = text.trim().toLowerCase();
  const github = lower.replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
  const pandoc = lower
    .replace(/[^\p{L}\p{N}\s_.-]/gu, "")
    .replace(/\s+/g, "-")
    .replace(/^[^\p{L}]+/u, "");
  return [github, pandoc, github.replace(/-+/g, "-")];
}

/**
 * The links to a place in the document that it does not have ("[Annex D](#annex-d)" with no such anchor): this
 * rule reports each, so a rule reading the link's words ("Annex D") need not report them again.
 */
export function linksToNowhere(document: SourceDocument): OutlineLink[] {
  if (!document.outline.links.some((l) => l.url.startsWith("#"))) return [];
  const anchors = anchorsOf(document);
  if (!anchors) return [];
  return document.outline.links.filter((link) => {
    const target = targetOf(link);
    return target !== undefined && !EMPTY_URL.test(link.url) && !anchors.has(target);
  });
}

function targetOf(link: OutlineLink): string | undefined {
  if (!link.url.startsWith("#") || link.url.length < 2) return undefined;
  try {
    return decodeURIComponent(link.url.slice(1)).toLowerCase();
  } catch {
    return link.url.slice(1).toLowerCase();
  }
}

/**
 * A line that opens a new entry of a list: a reference's number in brackets ("[6]"), a number or letter with a full
 * stop or bracket ("6.", "b)"), or a bullet — the lines of a Word paragraph broken by hand, or a PDF's list.
 */
const NEW_ENTRY = /\n[^\S\n]*(?:\[\d{1,3}\]|\d{1,3}[.)]|\(?[a-z]\)|[-*+•▪◦‣])[^\S\n]/i;

/** A link's words that say nothing of where it goes: "here", "click here", "this link". */
const HERE_ALONE = /^\s*(?:click\s+)?(?:here|this(?:\s+link)?|link)\s*$/i;

/**
 * The words of the clause before a link, on its line, from the sentence's or clause's start: " Download the concern
 * form " before "[here](#)". Empty when they are one word or none, or more than twelve.
 */
function clauseBefore(text: string, offset: number): string {
  const line = text.slice(Math.max(0, offset - 160), offset);
  // From a sentence's or clause's start, a table cell's ("| Concern form | [here](#) |") or a list item's words.
  const clause = (/(?:^|[.!?;:]\s|\n|\|)([^.!?;:|\n]*)$/.exec(line)?.[1] ?? "").replace(
    /^[^\S\n]*(?:[-*+•][^\S\n]+|\(?[a-z\d]{1,3}\)[^\S\n]+)/i,
    "",
  );
  const words = clause.trim().split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= 12 ? clause.replace(/^\s+/, "") : "";
}

export const rule: Rule = {
  meta: {
    id: "empty-link",
    description:
      'Finds links with no target (an empty address, "#", or a bookmark or heading the document does not have), Word\'s "Error! Bookmark not defined." where a cross-reference lost its target, and "click here" or "available at" with no link or address behind it — common when a Word template is filled in and the links are never added. Readers of a printed or PDF copy cannot follow them either: give the full address, or link the words to it.',
    defaultSeverity: "warning",
  },
  checkDocument(context) {
    const { document } = context;
    const { text, outline } = document;
    const anchors = anchorsOf(document);
    for (const link of outline.links) {
      if (skipLink(document, link)) continue;
      if (backToTop(link)) continue;
      if (EMPTY_URL.test(link.url)) {
        if (consentButton(text, link)) continue;
        // "Download the concern form [here](#)": the words before a bare "here" say which link it is.
        const said = HERE_ALONE.test(link.text) ? clauseBefore(text, link.offset) : "";
        reportAt(
          context,
          link.offset - said.length,
          link.endOffset,
          `The link "${link.text || link.url}"${said ? ` ("${said.trim()} ${link.text}")` : ""} does not go anywhere — add the web address it should open, or remove the link`,
        );
        continue;
      }
      const scheme = NO_ADDRESS.exec(link.url)?.[1];
      if (scheme) {
        const email = /^mailto$/i.test(scheme);
        reportAt(
          context,
          link.offset,
          link.endOffset,
          `The link "${link.text || link.url}" opens an empty ${email ? "email" : "call"} — add the ${email ? "email address" : "phone number"} after "${scheme}:", or remove the link`,
        );
        continue;
      }
      const target = targetOf(link);
      if (!target || !anchors || anchors.has(target)) continue;
      reportAt(
        context,
        link.offset,
        link.endOffset,
        `The link "${link.text || link.url}" points to "${link.url}", a place this document does not have (the bookmark or heading was renamed or deleted) — link it to the right heading, or remove the link`,
        { actual: link.url },
      );
    }

    for (const match of allMatches(WORD_FIELD_ERROR, text)) {
      const offset = match.index ?? 0;
      reportAt(
        context,
        offset,
        offset + match[0].length,
        `"${match[0].trim()}" is what Word shows when a cross-reference points to a bookmark that was deleted — in Word, select the text, press F9 to update it, or retype the reference`,
      );
    }

    const linked = (offset: number, endOffset: number) =>
      outline.links.some((l) => offset >= l.offset && endOffset <= l.endOffset);
    // A real link in the same sentence ("Click here: [the form](https://…)") is what the words point at — not one in
    // an entry above them in a list of sources ("[5] …: <link>" / "[6] …, available at"): a new entry is a new sentence.
    const besideRealLink = (offset: number, endOffset: number) =>
      outline.links.some((l) => {
        if (EMPTY_URL.test(l.url) || offset < l.blockOffset || endOffset > l.blockEnd) return false;
        const between = l.offset < offset ? text.slice(l.endOffset, offset) : text.slice(endOffset, l.offset);
        if (l.offset < offset && NEW_ENTRY.test(between)) return false;
        return !/[.!?](?:\s|$)|\n\s*\n/.test(between);
      });

    const plainText = document.format === "pdf" || document.format === "txt";
    /** The "click here" buttons reported, with their words: a download's words inside one are that finding's. */
    const buttons: Array<[number, number]> = [];
    /**
     * Words that ask for a link with none behind them: not inside a link (fine, or already reported as a link to
     * nowhere) nor beside a real one (that is the link), not in a message the policy quotes as an example ('texts that
     * say "click here to win …"'), and — in plain text (PDF, .txt) — with no web address on their line or the line they
     * wrap onto (that is what they mean).
     */
    const noLinkBehind = (offset: number, endOffset: number) =>
      !linked(offset, endOffset) &&
      !besideRealLink(offset, endOffset) &&
      !quotedExample(text, offset, endOffset) &&
      !URL_IN_TEXT.test(lineOf(text, offset, endOffset)) &&
      !(plainText && URL_IN_TEXT.test(nextLineOf(text, endOffset)));
    const reportButton = (offset: number, buttonEnd: number) => {
      buttons.push([offset, buttonEnd]);
      reportAt(
        context,
        offset,
        buttonEnd,
        `"${text.slice(offset, buttonEnd).replace(/\s+/g, " ")}" has no link behind it, and means nothing on paper — name the page and give its web address instead`,
      );
    };
    for (const match of allMatches(CLICK_HERE, text)) {
      const offset = match.index ?? 0;
      const endOffset = offset + match[0].length;
      if (!noLinkBehind(offset, endOffset)) continue;
      // The button's words: "Click here to report a concern online" — which "click here" the finding means.
      reportButton(offset, endOffset + clickHerePurpose(text, endOffset, plainText).length);
    }

    // "Click to download: Referral form" in a PDF's text, where a Word file's link that went nowhere is words alone
    // (a link that works is an annotation over them): the words ask for a link as "click here" does. Not beside an
    // address on its line or the next, nor in a quoted example.
    if (plainText)
      for (const match of allMatches(CLICK_TO, text)) {
        const offset = match.index ?? 0;
        const endOffset = offset + match[0].length;
        if (!clickToIsButton(text, offset, endOffset) || !noLinkBehind(offset, endOffset)) continue;
        if (buttons.some(([from, to]) => offset < to && from < endOffset)) continue;
        reportButton(offset, endOffset + clickToNamed(text, endOffset).length);
      }

    // "available at this link" in a PDF's text, likewise: on paper "this link" names no place, so the words ask for a
    // link. Not under any link (one that goes nowhere is its own finding) nor beside a real one, nor with an address
    // on their line or the next, nor in a quoted example.
    if (plainText)
      for (const match of allMatches(AT_THIS_LINK, text)) {
        const offset = match.index ?? 0;
        const endOffset = offset + match[0].length;
        if (outline.links.some((l) => l.offset < endOffset && offset < l.endOffset)) continue;
        if (!noLinkBehind(offset, endOffset)) continue;
        if (buttons.some(([from, to]) => offset < to && from < endOffset)) continue;
        reportButton(offset, endOffset);
      }

    // A PDF's paragraphs are its reader's blocks: its text keeps no blank line between them.
    const paragraphAt = document.format === "pdf" ? pdfParagraphs(document) : undefined;

    /** The link words reported: a download button's words with "here" may be ones LINK_HERE reported already. */
    const saidWords: Array<[number, number]> = [];
    for (const pattern of [LINK_HERE, DOWNLOAD_BUTTON])
      for (const match of allMatches(pattern, text)) {
        const offset = match.index ?? 0;
        let endOffset = offset + match[0].length;
        // "Download the consent and medical form here.": a download button's words with "here" after them (a form's
        // name LINK_HERE cannot read through, its "and" joining two things) are the link's words, "here" with them —
        // unless a link, even an empty one, stands over them: that link is what they mean, and its own finding.
        if (pattern === DOWNLOAD_BUTTON && text.startsWith(" here", endOffset)) {
          const withHere = endOffset + " here".length;
          if (/^\w/.test(text.slice(withHere, withHere + 1))) continue;
          if (outline.links.some((l) => l.offset < withHere && offset < l.endOffset)) continue;
          endOffset = withHere;
        }
        const words = text.slice(offset, endOffset);
        if (/\n[^\S\n]*\n/.test(words) || linked(offset, endOffset) || besideRealLink(offset, endOffset))
          continue;
        if ([...buttons, ...saidWords].some(([from, to]) => offset < to && from < endOffset)) continue;
        // A download button's words are a sentence of their own.
        if (pattern === DOWNLOAD_BUTTON && !opensItsSentence(text, offset)) continue;
        if (URL_IN_TEXT.test(lineOf(text, offset, endOffset))) continue;
        if (
          !sentenceEndsAt(text, endOffset, paragraphAt) &&
          !(pattern === LINK_HERE && DOWNLOAD_HERE.test(match[0]) && clauseEndsAt(text, endOffset))
        )
          continue;
        saidWords.push([offset, endOffset]);
        reportAt(
          context,
          offset,
          endOffset,
          `"${words.replace(/\s+/g, " ")}" has no link behind it, and means nothing on paper — give the web address where it can be found`,
        );
      }
    for (const match of allMatches(AVAILABLE_AT, text)) {
      const offset = match.index ?? 0;
      const endOffset = offset + trimEndWhere(match[0], /[\s:.]/).length;
      if (linked(offset, endOffset) || besideRealLink(offset, endOffset)) continue;
      // The address in the words' own sentence; not an email address in an earlier sentence of the paragraph ("…
      // go to the LADO at lado@…. The guidelines are available at").
      if (URL_IN_TEXT.test(sentenceOnLine(text, offset, endOffset))) continue;
      if (!nothingFollows(text, match.index + match[0].length, match[0].trimEnd(), paragraphAt)) continue;
      reportAt(
        context,
        offset,
        endOffset,
        `"${text.slice(offset, endOffset).replace(/\s+/g, " ")}" is followed by nothing — the web address is missing; add it`,
      );
    }
  },
};

/**
 * Words that introduce a quoted example in the sentence before its opening quotation mark: 'messages that say things
 * like "…"', 'emails such as "…"', 'Scam texts often read: "…"'.
 */
const EXAMPLE_BEFORE_QUOTE =
  /\b(?:like|such\s+as|e\.g\.?|for\s+(?:example|instance)|says?|saying|said|reads?|reading|claims?|claiming|asks?|asking|promis(?:e|es|ing)|messages?|texts?|e-?mails?|posts?|DMs?)\b[^.!?\n"“”]{0,40}$/i;

/**
 * Whether the words from `offset` to `endOffset` are inside a quotation on their line — an opening mark before them
 * (“ or " or ‘ or ') and its closing mark after them — that words before it introduce as an example of a message.
 */
function quotedExample(text: string, offset: number, endOffset: number): boolean {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", endOffset) < 0 ? text.length : text.indexOf("\n", endOffset);
  const before = text.slice(Math.max(lineStart, offset - 300), offset);
  const after = text.slice(endOffset, Math.min(lineEnd, endOffset + 300));
  for (const [open, close] of [
    ["“", "”"],
    ['"', '"'],
    ["‘", "’"],
    ["'", "'"],
  ]) {
    const at = before.lastIndexOf(open);
    if (at < 0) continue;
    // The quotation is still open at the words: no closing mark between (for straight marks, an odd count before).
    const inside = before.slice(at + 1);
    if (open === close ? (before.split(open).length - 1) % 2 === 0 : inside.includes(close)) continue;
    // A straight single mark opens a quotation only after a space or a colon, never inside a word ("don't").
    if (open === "'" && !/(?:^|[\s:(])$/.test(before.slice(0, at))) continue;
    if (!after.includes(close)) continue;
    if (EXAMPLE_BEFORE_QUOTE.test(before.slice(0, at).replace(/[\s:,–—-]+$/, ""))) return true;
  }
  return false;
}

/**
 * A line that gives an address or a link early: after at most a short label or a list marker ("NSPCC Learning:
 * https://…", "Website: www.…", "a. https://…", "☐ https://…") — not one deep in a sentence of its own ("The Lead
 * records every concern …; see [Our team](#team) for …").
 */
const OPENS_WITH_ADDRESS =
  /^[\s>]*(?:(?:[-*+•☐☑☒□]|\d+[.)]|[a-z][.)])\s+)?(?:[^\s:–—|]+(?:[^\S\n]+[^\s:–—|]+){0,3}[^\S\n]*[:–—-][^\S\n]*)?["“'‘(<*_]*(?:https?:\/\/|www\.|[^\s@]+@[^\s@]+\.\w|\[[^\]]*\]\((?!#?\)))/iu;

/**
 * Whether "available at" is left hanging: "available at." always; "available at" ending a line unless the
 * next line carries the address or carries on the paragraph (a wrapped line, a Markdown soft break); "available at:"
 * only when nothing but a heading or the end of the document follows. A PDF's text keeps no blank line between
 * paragraphs (`paragraphAt`, its reader's blocks): there the paragraph ends at that line when its block does.
 */
function nothingFollows(text: string, from: number, words: string, paragraphAt?: ParagraphAt): boolean {
  if (words.endsWith(".")) return true;
  const rest = /^[^\n]*\n\s*([^\n]*)/.exec(text.slice(from));
  const nextLine = rest?.[1] ?? "";
  const sameParagraph = rest !== null && !/\n[^\S\n]*\n/.test(rest[0]);
  // The address, or a link to it, on the next line ("available at:" over a list of links): anywhere on a line the
  // sentence runs on to, at the start of the next paragraph or item — not a link inside the next paragraph's own
  // sentence ("…; see [Our team](#team) for how to reach her").
  const address = URL_IN_TEXT.test(nextLine) || /\]\((?!#?\))[^)]+\)/.test(nextLine);
  if (address && (sameParagraph || OPENS_WITH_ADDRESS.test(nextLine))) return false;
  if (words.endsWith(":")) return nextLine.trim() === "" || /^\s{0,3}#{1,6}\s/.test(nextLine);
  // Nothing after the line but the end of the document: no line carries the sentence on.
  if (nextLine.trim() === "") return true;
  // The next line of the same paragraph carries the sentence on (a wrapped line, a Markdown soft break).
  if (sameParagraph && !/^\s{0,3}#{1,6}\s|^\s*(?:[-*+•]|\d+[.)])\s/.test(nextLine))
    return (
      paragraphAt !== undefined && pdfParagraphEnds(paragraphAt, from, from + rest[0].indexOf("\n"), nextLine)
    );
  return true;
}

/**
 * Whether a PDF's paragraph ends at the line ending at `lineEnd`: its reader's block ends there, or the block runs on
 * (the reader keeps lines together unless a gap, an indent or a full stop parts them) but the next line opens a new
 * sentence ("Our concern form is available at" / "If a child has an injury, …"), not the sentence carried on
 * ("… available at" / "Reception and the staff room").
 */
function pdfParagraphEnds(
  paragraphAt: ParagraphAt,
  from: number,
  lineEnd: number,
  nextLine: string,
): boolean {
  const paragraph = paragraphAt(from - 1);
  if (!paragraph) return false;
  return paragraph.endOffset <= lineEnd || opensSentence(nextLine);
}

/**
 * Whether the sentence ends at `at`: a full stop or "!" (after a closing bracket or quote), or the end of the paragraph
 * — a blank line or the document's end, or in a PDF (`paragraphAt`) the end of its reader's block or a next line that
 * opens a sentence of its own.
 */
function sentenceEndsAt(text: string, at: number, paragraphAt?: ParagraphAt): boolean {
  const rest = text.slice(at, at + 200);
  if (/^[)\]"'’”]?[^\S\n]*[.!](?:\s|$)/.test(rest)) return true;
  if (!/^[)\]"'’”]?[^\S\n]*(?:\n|$)/.test(rest)) return false;
  const lineEnd = text.indexOf("\n", at);
  if (lineEnd < 0 || /^[^\S\n]*(?:\n|$)/.test(text.slice(lineEnd + 1))) return true;
  if (!paragraphAt) return false;
  const nextLine = nextLineOf(text, at);
  return pdfParagraphEnds(paragraphAt, at, lineEnd, nextLine);
}

/**
 * "Download the concern form here and send it …": nothing is downloaded from paper, so "download … here" is a link's
 * words even with the sentence going on — when it goes on to its next step (", fill it in", "and send it", "then …"),
 * not to a place ("here at reception").
 */
const DOWNLOAD_HERE = /^download/i;

/**
 * What a "click here" is for, when its words say it: " to report a concern online", " for the incident form" — up to
 * the end of its clause or line, at most a hundred characters on. Empty when nothing like it follows.
 */
const CLICK_HERE_PURPOSE = /^[^\S\n]+(?:to|for)\b[^.!?;:,\n]{1,100}?(?=[^\S\n]*(?:[.!?;:,](?:\s|$)|\n))/;
/**
 * The same in a PDF's or text file's lines, wrapped once before the clause ends, the next line going on in lower case:
 * "Click here to" / "download the form." (not onto "5. Recruitment", the next heading) — or, with no stop, a few
 * words alone on the next line that end it: "Click here for the" / "incident form", a numbered step's last words
 * before the next step.
 */
const CLICK_HERE_PURPOSE_WRAPPED =
  /^[^\S\n]+(?:to|for)\b[^.!?;:,\n]{0,100}\n(?=\p{Ll})(?:[^.!?;:,\n]{1,100}?(?=[.!?;:,](?:\s|$))|[\p{L}'’ -]{1,40}?(?=[^\S\n]*(?:\n|$)))/u;
function clickHerePurpose(text: string, offset: number, plainText: boolean): string {
  const after = text.slice(offset, offset + 220);
  const ended = offset + 220 >= text.length ? `${after}\n` : after;
  return (
    (plainText ? CLICK_HERE_PURPOSE_WRAPPED.exec(ended)?.[0] : undefined) ??
    CLICK_HERE_PURPOSE.exec(ended)?.[0] ??
    ""
  );
}
/**
 * What a "Click to download" names, to the end of its clause on its line: ": Referral form", " the incident log". A
 * PDF's line may break inside it, after a space or not: the next line is its end when it goes on in lower case and
 * stops at a clause's end or its own end, a few words long ("…: Referral " / "form" names "Referral form"). A next
 * line in capitals or opening with a number ("6. Sharing information", the next heading) is none of it.
 */
const CLICK_TO_NAMED = /^(?::[^\S\n]*|[^\S\n]+)[^\s.!?;:,()[\]][^.!?;:,()[\]\n]{0,80}/;
const CLICK_TO_NAMED_WRAPPED = /^\n(?=\p{Ll})[\p{L}'’ -]{1,40}?(?=[^\S\n]*(?:[.!?;:,](?:\s|$)|\n|$))/u;
function clickToNamed(text: string, offset: number): string {
  // The line's words as read, spaces at its end too: the line break (if the words run to it) comes straight after.
  const line = CLICK_TO_NAMED.exec(text.slice(offset, offset + 200))?.[0] ?? "";
  const named = line.trimEnd();
  if (!named) return "";
  const wrapped = CLICK_TO_NAMED_WRAPPED.exec(text.slice(offset + line.length, offset + line.length + 60));
  return wrapped ? line + wrapped[0] : named;
}
function clauseEndsAt(text: string, at: number): boolean {
  return /^[)\]"'’”]?(?:[^\S\n]*[,;]|\s+(?:and|then)\s)/.test(text.slice(at, at + 20));
}

function nextLineOf(text: string, offset: number): string {
  const end = text.indexOf("\n", offset);
  if (end < 0) return "";
  const next = text.indexOf("\n", end + 1);
  return text.slice(end + 1, next < 0 ? undefined : next);
}

/** The line holding `offset`…`endOffset`, from the start of the sentence holding `offset`. */
function sentenceOnLine(text: string, offset: number, endOffset: number): string {
  const line = lineOf(text, offset, endOffset);
  const lineStart = text.lastIndexOf("\n", offset) + 1;
  const before = line.slice(0, offset - lineStart);
  const ends = [...before.matchAll(/[.!?]["'’”)\]]*\s+/g)];
  const last = ends.at(-1);
  return last?.index === undefined ? line : line.slice(last.index + last[0].length);
}

function lineOf(text: string, offset: number, endOffset: number): string {
  const lineStart = text.lastIndexOf("\n", offset) + 1;
  const lineEnd = text.indexOf("\n", endOffset);
  return text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
}
