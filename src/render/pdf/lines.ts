/**
 * Breaks styled inline text into lines that fit a width: break opportunities from the Unicode line breaking
 * algorithm (linebreak, UAX #14), less those inside a date ("14 March 2026") or a phone number
 * ("0113 496 0761"), and inside an email address or web address only after @ . / or -. A piece wider than the
 * line (a long address) is broken after its last @ . / - that fits, else by character.
 */
import LineBreaker from "linebreak";
import { scaledLimit } from "../block-cache.js";
import type { FontKey, Fonts } from "./fonts.js";

export interface Style {
  font: FontKey;
  size: number;
  color: [number, number, number];
  /** External URL or "#heading-id". */
  link?: string;
  /** Which link of its paragraph (1, 2 …): the runs of one link, on however many lines, make one link. */
  linkIndex?: number;
  /** The whole link's text, for its description (/Contents). */
  linkText?: string;
  underline?: boolean;
}

export interface Span {
  text: string;
  style: Style;
}

export interface Run extends Span {
  width: number;
}

export interface Line {
  runs: Run[];
  width: number;
  /** Largest font size on the line. */
  size: number;
}

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";
const SPACE = "[ \\u00A0]";
/** Words a reader must see on one line: dates and phone numbers. */
const KEEP_TOGETHER = new RegExp(
  [
    // 14 March 2026, 1st May, Monday 14 March 2026 (the weekday may go on the line before)
    `\\b\\d{1,2}(?:st|nd|rd|th)?${SPACE}${MONTH}\\b(?:,?${SPACE}\\d{4}\\b)?`,
    // March 14, 2026 and March 2026
    `\\b${MONTH}${SPACE}(?:\\d{1,2}(?:st|nd|rd|th)?,?${SPACE})?\\d{4}\\b`,
    // 0113 496 0761, 07700 900123, +44 113 496 0761, +44 (0)113 496 0761, 0800-1111
    `(?:\\+\\d{1,3}${SPACE}?(?:\\(0\\)${SPACE}?)?\\d{2,5}|\\b0\\d{2,5})(?:[ \\u00A0-]\\d{2,6}){1,3}\\b`,
    // 116 123 and other three-and-three helplines
    `\\b1\\d{2}${SPACE}\\d{3}\\b`,
  ].join("|"),
  "gu",
);
/** Email and web addresses (a word with @, ://, www. or a domain and a path): inside them a line may break only after @ . / - */
const ADDRESS = /@[^@]*\.|:\/\/|^www\.|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\//u;
const ADDRESS_BREAK_AFTER = new Set(["@", ".", "/", "-"]);

/**
 * Where a line may not break: for each character index, 1 when a break before it is forbidden. Undefined
 * when the text has no date, phone number or address (most paragraphs).
 */
function forbiddenBreaks(text: string): Uint8Array | undefined {
  // Most text has no digit (every date and phone number has one) and no address: nothing to look for.
  const address = text.includes("@") || text.includes("/") || text.includes("www.");
  if (!address && !/\d/.test(text)) return undefined;
  let forbidden: Uint8Array | undefined;
  for (const match of text.matchAll(KEEP_TOGETHER)) {
    forbidden ??= new Uint8Array(text.length + 1);
    for (let i = match.index + 1; i < match.index + match[0].length; i++) forbidden[i] = 1;
  }
  if (address)
    for (const word of text.matchAll(/\S+/g)) {
      // The sentence's own punctuation after an address is not part of it.
      const address = word[0].replace(/[.,;:!?)\]'"’”]+$/u, "");
      if (!ADDRESS.test(address)) continue;
      forbidden ??= new Uint8Array(text.length + 1);
      // Never straight after the scheme ("https://" alone at the end of a line).
      const scheme = address.indexOf("://");
      for (let i = word.index + 1; i < word.index + address.length; i++)
        if (!ADDRESS_BREAK_AFTER.has(text[i - 1]) || i - word.index <= scheme + 3) forbidden[i] = 1;
    }
  return forbidden;
}

/**
 * The text's words for measuring a table column's narrowest width: split at spaces, but a date or phone
 * number counts as one word, since the line breaker keeps it whole; an address counts as its parts up to each
 * @ . / - , where it may be broken when it is wider than its column.
 */
export function unbreakableWords(text: string): string[] {
  const forbidden = forbiddenBreaks(text);
  if (!forbidden) return text.split(/\s+/);
  const words: string[] = [];
  let word = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (/\s/.test(char) && !forbidden[i + 1]) {
      words.push(word);
      word = "";
    } else word += char;
  }
  words.push(word);
  return words.flatMap((w) => (ADDRESS.test(w) ? addressHalves(w) : [w]));
}

/**
 * An address as the two parts it takes on two lines, cut after the @ . / or - nearest its middle: a column
 * as wide as the longer part shows it on two lines, where one cut per part would make it four or five.
 */
function addressHalves(address: string): string[] {
  let best = -1;
  for (let i = 1; i < address.length; i++)
    if (
      ADDRESS_BREAK_AFTER.has(address[i - 1]) &&
      (best < 0 || Math.max(i, address.length - i) < Math.max(best, address.length - best))
    )
      best = i;
  return best < 0 ? [address] : [address.slice(0, best), address.slice(best)];
}

interface Piece {
  spans: Span[];
  /** Width without trailing spaces. */
  width: number;
  /** Width including trailing spaces. */
  fullWidth: number;
  required: boolean;
}

/**
 * Line breaking is the costliest part of layout, and most paragraphs of a model policy are the same for
 * every setting, so results are kept (per thread, the CACHE_LIMIT most recently used, fewer in a thread given a
 * smaller cache budget: scaledLimit) by text, styles and width. Widths depend only on the font files, which never
 * change within a process. A build's worker keeps 2,000 (about 4 MiB): over 200 generated settings that missed
 * 5% more often than 8,000 (14 MiB once full), 3 more line breakings a setting.
 */
const CACHE_LIMIT = 8_000;
const cache = new Map<string, Line[]>();

/** How many texts' lines this thread keeps (tests, the bench). */
export function cachedLineBreaks(): number {
  return cache.size;
}

/**
 * The lines of styled text at a width. They are shared with every later caller that breaks the same text at the same
 * width (the cache), and copying them for each was a tenth of a table's layout: read them, never change them.
 */
export function breakLines(
  spans: readonly Span[],
  maxWidth: number,
  fonts: Fonts,
  defaultSize: number,
): Line[] {
  let key = `${maxWidth.toFixed(3)}|${defaultSize}`;
  for (const s of spans)
    key += `\u0000${s.text}\u0001${s.style.font}|${s.style.size}|${s.style.color.join(",")}|${s.style.link ?? ""}|${s.style.linkIndex ?? ""}|${s.style.underline ? 1 : 0}`;
  const cached = cache.get(key);
  if (cached) {
    // Least recently used goes first: a hit moves to the back.
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const lines = breakLinesUncached(spans, maxWidth, fonts, defaultSize);
  // A while, not an if: a budget made smaller since (setBlockCacheBudget) lets the surplus go at once.
  for (const limit = scaledLimit(CACHE_LIMIT); cache.size >= limit; )
    cache.delete(cache.keys().next().value as string);
  cache.set(key, lines);
  return lines;
}

function breakLinesUncached(
  spans: readonly Span[],
  maxWidth: number,
  fonts: Fonts,
  defaultSize: number,
): Line[] {
  const text = spans.map((s) => s.text).join("");
  if (text.length === 0) return [];
  // Character index → span index.
  const starts: number[] = [];
  let at = 0;
  for (const span of spans) {
    starts.push(at);
    at += span.text.length;
  }
  const pieces: Piece[] = [];
  const breaker = new LineBreaker(text);
  const forbidden = forbiddenBreaks(text);
  let last = 0;
  let first = 0;
  for (let brk = breaker.nextBreak(); brk; brk = breaker.nextBreak()) {
    if (forbidden?.[brk.position] && !brk.required) continue;
    // Spans before `first` end before this piece starts: skip them (keeps this linear in the text length).
    while (first < spans.length - 1 && starts[first] + spans[first].text.length <= last) first++;
    pieces.push(piece(spans, starts, first, last, brk.position, brk.required, fonts));
    last = brk.position;
  }
  const lines: Line[] = [];
  let current: Piece[] = [];
  let width = 0;
  const flush = () => {
    lines.push(toLine(current, fonts, defaultSize));
    current = [];
    width = 0;
  };
  for (const p of pieces) {
    if (p.width > maxWidth) {
      // Too wide for any line: finish the current line, then cut the piece by character.
      if (current.length) flush();
      const chunks = splitByCharacter(p, maxWidth, fonts);
      chunks.forEach((chunk, i) => {
        current = [chunk];
        width = chunk.fullWidth;
        if (i < chunks.length - 1) flush();
      });
      if (p.required) flush();
      continue;
    }
    if (current.length && width + p.width > maxWidth) flush();
    current.push(p);
    width += p.fullWidth;
    if (p.required) flush();
  }
  if (current.length) flush();
  return lines.filter((line, i) => line.runs.length || i < lines.length - 1);
}

function piece(
  spans: readonly Span[],
  starts: number[],
  first: number,
  from: number,
  to: number,
  required: boolean,
  fonts: Fonts,
): Piece {
  const out: Span[] = [];
  for (let i = first; i < spans.length; i++) {
    const s = starts[i];
    const e = s + spans[i].text.length;
    if (s >= to) break;
    if (e <= from) continue;
    out.push({
      text: spans[i].text.slice(Math.max(0, from - s), Math.min(e, to) - s),
      style: spans[i].style,
    });
  }
  // A required break ends with a newline character: drop it.
  if (required && out.length) {
    const tail = out[out.length - 1];
    tail.text = tail.text.replace(/[\r\n\u2028\u2029]+$/, "");
  }
  return measure(out, required, fonts);
}

function measure(spans: Span[], required: boolean, fonts: Fonts): Piece {
  let fullWidth = 0;
  for (const s of spans) fullWidth += fonts.width(s.text, s.style.font, s.style.size);
  let trailing = 0;
  for (let i = spans.length - 1; i >= 0; i--) {
    const m = /\s+$/.exec(spans[i].text);
    if (!m) break;
    trailing += fonts.width(m[0], spans[i].style.font, spans[i].style.size);
    if (m[0].length < spans[i].text.length) break;
  }
  return { spans, width: fullWidth - trailing, fullWidth, required };
}

/**
 * Cuts a piece too wide for any line into lines: after the last @ . / - that fits (an address), else after
 * the last space that fits (a date kept together but wider than a narrow column), else by character.
 */
function splitByCharacter(p: Piece, maxWidth: number, fonts: Fonts): Piece[] {
  const chars: Array<{ char: string; style: Style; width: number }> = [];
  for (const span of p.spans)
    for (const char of span.text)
      chars.push({ char, style: span.style, width: fonts.width(char, span.style.font, span.style.size) });
  const out: Piece[] = [];
  const emit = (from: number, to: number, required: boolean) => {
    const spans: Span[] = [];
    for (let i = from; i < to; i++) {
      const last = spans[spans.length - 1];
      if (last && last.style === chars[i].style) last.text += chars[i].char;
      else spans.push({ text: chars[i].char, style: chars[i].style });
    }
    out.push(measure(spans, required, fonts));
  };
  let start = 0;
  let width = 0;
  let afterMark = -1;
  let afterSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    if (width + chars[i].width > maxWidth && i > start) {
      const cut = afterMark > start ? afterMark : afterSpace > start ? afterSpace : i;
      emit(start, cut, false);
      start = cut;
      width = 0;
      for (let j = start; j < i; j++) width += chars[j].width;
      afterMark = -1;
      afterSpace = -1;
    }
    width += chars[i].width;
    if (ADDRESS_BREAK_AFTER.has(chars[i].char)) afterMark = i + 1;
    else if (/\s/.test(chars[i].char)) afterSpace = i + 1;
  }
  if (start < chars.length) emit(start, chars.length, p.required);
  return out;
}

function toLine(pieces: Piece[], fonts: Fonts, defaultSize: number): Line {
  const runs: Run[] = [];
  for (const p of pieces)
    for (const s of p.spans) {
      const prev = runs[runs.length - 1];
      if (prev && sameStyle(prev.style, s.style)) prev.text += s.text;
      else runs.push({ ...s, width: 0 });
    }
  // Trailing spaces take no room at the end of a line.
  const lastRun = runs[runs.length - 1];
  if (lastRun) lastRun.text = lastRun.text.replace(/\s+$/, "");
  let width = 0;
  let size = 0;
  for (const r of runs) {
    r.width = fonts.width(r.text, r.style.font, r.style.size);
    width += r.width;
    size = Math.max(size, r.style.size);
  }
  return { runs: runs.filter((r) => r.text.length > 0), width, size: size || defaultSize };
}

function sameStyle(a: Style, b: Style): boolean {
  return (
    a.font === b.font &&
    a.size === b.size &&
    a.link === b.link &&
    a.linkIndex === b.linkIndex &&
    a.color.join() === b.color.join() &&
    a.underline === b.underline
  );
}
