/**
 * Breaks styled inline text into lines that fit a width: break opportunities from the Unicode line breaking
 * algorithm (linebreak, UAX #14); a piece wider than the line (a long word or URL) is broken by character.
 */
import LineBreaker from "linebreak";
import type { FontKey, Fonts } from "./fonts.js";

export interface Style {
  font: FontKey;
  size: number;
  color: [number, number, number];
  /** External URL or "#heading-id". */
  link?: string;
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
 * every setting, so results are kept (per thread, the CACHE_LIMIT most recently used) by text, styles and width.
 * Widths depend only on the font files, which never change within a process.
 */
const CACHE_LIMIT = 8_000;
const cache = new Map<string, Line[]>();

export function breakLines(
  spans: readonly Span[],
  maxWidth: number,
  fonts: Fonts,
  defaultSize: number,
): Line[] {
  let key = `${maxWidth.toFixed(3)}|${defaultSize}`;
  for (const s of spans)
    key += `\u0000${s.text}\u0001${s.style.font}|${s.style.size}|${s.style.color.join(",")}|${s.style.link ?? ""}|${s.style.underline ? 1 : 0}`;
  const cached = cache.get(key);
  if (cached) {
    // Least recently used goes first: a hit moves to the back.
    cache.delete(key);
    cache.set(key, cached);
    return cached.map((line) => ({ ...line, runs: line.runs.map((run) => ({ ...run })) }));
  }
  const lines = breakLinesUncached(spans, maxWidth, fonts, defaultSize);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, lines);
  return lines.map((line) => ({ ...line, runs: line.runs.map((run) => ({ ...run })) }));
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
  let last = 0;
  let first = 0;
  for (let brk = breaker.nextBreak(); brk; brk = breaker.nextBreak()) {
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

function splitByCharacter(p: Piece, maxWidth: number, fonts: Fonts): Piece[] {
  const out: Piece[] = [];
  let spans: Span[] = [];
  let width = 0;
  for (const span of p.spans) {
    let text = "";
    for (const char of span.text) {
      const w = fonts.width(char, span.style.font, span.style.size);
      if (width + w > maxWidth && (width > 0 || text)) {
        if (text) spans.push({ text, style: span.style });
        out.push(measure(spans, false, fonts));
        spans = [];
        text = "";
        width = 0;
      }
      text += char;
      width += w;
    }
    if (text) spans.push({ text, style: span.style });
  }
  if (spans.length) out.push(measure(spans, p.required, fonts));
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
    a.color.join() === b.color.join() &&
    a.underline === b.underline
  );
}
