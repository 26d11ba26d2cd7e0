/**
 * Word's automatic numbering, made into text. "6. Recognition of harm" shows "6." only on screen: the number is
 * computed by Word from numbering.xml (abstractNum levels: start, numFmt, lvlText "%1.%2", lvlRestart) and the
 * paragraph's numbering (its own w:numPr, or its style's, through basedOn), so mammoth's HTML has the heading
 * without it. This module counts as Word counts and rewrites document.xml so that the numbers a reader refers
 * to ("see section 6.2") are in the text. No well-kept JavaScript library computes Word's list labels (mammoth
 * and docx4js-style readers keep only "is a list"), hence this small module.
 *
 * Which numbered paragraphs get their number written in:
 * - headings (a Heading N style, directly or through basedOn, or an outline level);
 * - section numbering: a label with more than one number ("6.2"), a list that also numbers a heading, or a list
 *   whose count carries on across other text (sections "1." … "2." with paragraphs between) — Word's count
 *   differs from the 1, 2, 3 a fresh HTML list would show;
 * - a lone short numbered paragraph (a heading made by numbering a Normal paragraph, or a contents entry).
 * Their numbering is then switched off (numId 0) so mammoth does not also make them a list item. Other numbered
 * paragraphs — ordinary lists — stay lists for mammoth (its <ol>/<ul>), so they are never numbered twice.
 * Bullets are never written in.
 */

export interface NumberedParagraph {
  /** Word's label as shown on screen: "6.", "6.2", "(b)". */
  label: string;
  /** Whether the label was written into the paragraph's text (otherwise it stays a list item). */
  written: boolean;
}

interface Level {
  start: number;
  format: string;
  text: string;
  /** w:lvlRestart: restart after a level at most this (1-based); 0 never; undefined after any higher level. */
  restart?: number;
  legal: boolean;
  pStyle?: string;
  suffix: string;
}

interface AbstractNum {
  levels: Map<number, Level>;
  styleLink?: string;
}

interface Num {
  abstractNumId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

interface Style {
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
}

export interface Numbering {
  abstractNums: Map<string, AbstractNum>;
  nums: Map<string, Num>;
  styles: Map<string, Style>;
  defaultParagraphStyle?: string;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The first <w:name .../> (or <w:name>…</w:name>) start tag's w:val within xml. */
const childVal = (xml: string, name: string): string | undefined => {
  const m = new RegExp(`<${name}\\b[^>]*>`).exec(xml);
  return m ? attr(m[0], "w:val") : undefined;
};

/** Each <name …>…</name> element (not nesting itself) as [start tag, inner xml]. */
function* elements(xml: string, name: string): Generator<[string, string]> {
  const re = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`, "g");
  for (const m of xml.matchAll(re)) {
    const startTag = /^<[^>]*>/.exec(m[0])?.[0] ?? "";
    yield [startTag, m[1] ?? ""];
  }
}

const toInt = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
};

function readLevel(inner: string): Level {
  const legal = /<w:isLgl\b/.exec(inner);
  return {
    start: toInt(childVal(inner, "w:start")) ?? 0,
    format: childVal(inner, "w:numFmt") ?? "decimal",
    text: decodeEntities(childVal(inner, "w:lvlText") ?? ""),
    restart: toInt(childVal(inner, "w:lvlRestart")),
    legal: legal !== null && !/<w:isLgl\b[^>]*w:val="(?:false|0|off)"/.test(inner),
    pStyle: childVal(inner, "w:pStyle"),
    suffix: childVal(inner, "w:suff") ?? "tab",
  };
}

export function readNumbering(numberingXml: string | undefined, stylesXml: string | undefined): Numbering {
  const numbering: Numbering = { abstractNums: new Map(), nums: new Map(), styles: new Map() };
  if (stylesXml) {
    for (const [tag, inner] of elements(stylesXml, "w:style")) {
      const id = attr(tag, "w:styleId");
      if (!id) continue;
      const pPr = /<w:pPr\b[\s\S]*?<\/w:pPr>/.exec(inner)?.[0] ?? "";
      const numPr = /<w:numPr\b[\s\S]*?<\/w:numPr>/.exec(pPr)?.[0] ?? "";
      numbering.styles.set(id, {
        name: childVal(inner, "w:name") ?? id,
        basedOn: childVal(inner, "w:basedOn"),
        numId: numPr ? childVal(numPr, "w:numId") : undefined,
        ilvl: numPr ? toInt(childVal(numPr, "w:ilvl")) : undefined,
        outlineLevel: toInt(childVal(pPr, "w:outlineLvl")),
      });
      if (attr(tag, "w:type") === "paragraph" && /^(?:1|true|on)$/.test(attr(tag, "w:default") ?? ""))
        numbering.defaultParagraphStyle = id;
    }
  }
  if (numberingXml) {
    for (const [tag, inner] of elements(numberingXml, "w:abstractNum")) {
      const id = attr(tag, "w:abstractNumId");
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const [lvlTag, lvlInner] of elements(inner, "w:lvl"))
        levels.set(toInt(attr(lvlTag, "w:ilvl")) ?? 0, readLevel(lvlInner));
      numbering.abstractNums.set(id, { levels, styleLink: childVal(inner, "w:numStyleLink") });
    }
    for (const [tag, inner] of elements(numberingXml, "w:num")) {
      const id = attr(tag, "w:numId");
      const abstractNumId = childVal(inner, "w:abstractNumId");
      if (id === undefined || abstractNumId === undefined) continue;
      const num: Num = { abstractNumId, startOverrides: new Map(), levelOverrides: new Map() };
      for (const [overrideTag, overrideInner] of elements(inner, "w:lvlOverride")) {
        const ilvl = toInt(attr(overrideTag, "w:ilvl")) ?? 0;
        const start = toInt(childVal(overrideInner, "w:startOverride"));
        const lvl = /<w:lvl\b[\s\S]*?<\/w:lvl>/.exec(overrideInner)?.[0];
        if (lvl) num.levelOverrides.set(ilvl, readLevel(lvl));
        if (start !== undefined) num.startOverrides.set(ilvl, start);
        else if (lvl) num.startOverrides.set(ilvl, readLevel(lvl).start);
      }
      numbering.nums.set(id, num);
    }
  }
  return numbering;
}

/** The abstractNum a num counts in, following numStyleLink (a list style) to the list it stands for. */
function abstractNumOf(numbering: Numbering, numId: string): [string, AbstractNum] | undefined {
  let id = numbering.nums.get(numId)?.abstractNumId;
  for (let hops = 0; id !== undefined && hops < 5; hops++) {
    const abstractNum = numbering.abstractNums.get(id);
    if (!abstractNum) return undefined;
    if (!abstractNum.styleLink || abstractNum.levels.size > 0) return [id, abstractNum];
    const linkedNumId = numbering.styles.get(abstractNum.styleLink)?.numId;
    id = linkedNumId === undefined ? undefined : numbering.nums.get(linkedNumId)?.abstractNumId;
  }
  return undefined;
}

/** The style and the styles it is based on, nearest first. */
function styleChain(numbering: Numbering, styleId: string | undefined): Array<[string, Style]> {
  const chain: Array<[string, Style]> = [];
  let id = styleId ?? numbering.defaultParagraphStyle;
  while (id !== undefined && chain.length < 20 && !chain.some(([seen]) => seen === id)) {
    const style = numbering.styles.get(id);
    if (!style) break;
    chain.push([id, style]);
    id = style.basedOn;
  }
  return chain;
}

const headingStyles = new WeakMap<Numbering, Map<string | undefined, boolean>>();

export function isHeadingStyle(numbering: Numbering, styleId: string | undefined): boolean {
  const known = headingStyles.get(numbering) ?? new Map<string | undefined, boolean>();
  headingStyles.set(numbering, known);
  const heading = known.get(styleId) ?? headingByStyle(numbering, styleId);
  known.set(styleId, heading);
  return heading;
}

function headingByStyle(numbering: Numbering, styleId: string | undefined): boolean {
  return styleChain(numbering, styleId).some(
    ([id, style]) =>
      /^heading\s?[1-9]$/i.test(id) ||
      /^heading [1-9]$/i.test(style.name) ||
      (style.outlineLevel !== undefined && style.outlineLevel < 9),
  );
}

/** What a paragraph's w:pPr says. */
export interface ParagraphProperties {
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
}

export interface ResolvedNumbering {
  numId: string;
  ilvl: number;
  /** The counter this paragraph advances: its abstractNum. */
  counterKey: string;
}

export function resolveNumbering(
  numbering: Numbering,
  p: ParagraphProperties,
): ResolvedNumbering | undefined {
  const chain = styleChain(numbering, p.styleId);
  let numId = p.numId;
  let ilvl = p.ilvl;
  if (numId === undefined) {
    for (const [, style] of chain) {
      if (style.numId !== undefined) {
        numId = style.numId;
        break;
      }
    }
    ilvl ??= chain.find(([, style]) => style.ilvl !== undefined)?.[1].ilvl;
  }
  if (numId === undefined || numId === "0") return undefined;
  const found = abstractNumOf(numbering, numId);
  if (!found) return undefined;
  const [abstractNumId, abstractNum] = found;
  if (ilvl === undefined && p.numId === undefined) {
    // A style linked to a list level names itself in that level's w:pStyle.
    for (const [levelIndex, level] of abstractNum.levels)
      if (level.pStyle !== undefined && chain.some(([id]) => id === level.pStyle)) {
        ilvl = levelIndex;
        break;
      }
  }
  return { numId, ilvl: Math.max(0, Math.min(8, ilvl ?? 0)), counterKey: abstractNumId };
}

export function levelOf(
  numbering: Numbering,
  resolved: ResolvedNumbering,
  ilvl = resolved.ilvl,
): Level | undefined {
  const num = numbering.nums.get(resolved.numId);
  return num?.levelOverrides.get(ilvl) ?? numbering.abstractNums.get(resolved.counterKey)?.levels.get(ilvl);
}

/** Counts numbered paragraphs as Word does: one set of counters per list (abstractNum). */
export class Counters {
  private readonly counts = new Map<string, Array<number | undefined>>();
  /** Each num's start overrides not yet used: one takes effect where the num first numbers its level. */
  private readonly pending = new Map<string, Map<number, number>>();

  constructor(private readonly numbering: Numbering) {}

  /** Advances the paragraph's level and returns its label ("" for a bullet or an unnumbered format). */
  next(resolved: ResolvedNumbering): { label: string; value: number; format: string; placeholders: number } {
    const { numbering } = this;
    const num = numbering.nums.get(resolved.numId);
    const counts = this.counts.get(resolved.counterKey) ?? [];
    this.counts.set(resolved.counterKey, counts);
    if (num && !this.pending.has(resolved.numId))
      this.pending.set(resolved.numId, new Map(num.startOverrides));
    // "Restart numbering": the override restarts the shared list's level where this num first reaches it.
    const override = this.pending.get(resolved.numId)?.get(resolved.ilvl);
    if (override !== undefined) {
      this.pending.get(resolved.numId)?.delete(resolved.ilvl);
      counts[resolved.ilvl] = override - 1;
    }
    const level = levelOf(numbering, resolved);
    const start = level?.start ?? 0;
    const current = counts[resolved.ilvl];
    counts[resolved.ilvl] = current === undefined ? start : current + 1;
    for (let deeper = resolved.ilvl + 1; deeper < 9; deeper++) {
      const restart = levelOf(numbering, resolved, deeper)?.restart;
      if (restart === 0) continue;
      if (restart === undefined || resolved.ilvl < restart) counts[deeper] = undefined;
    }
    const value = counts[resolved.ilvl] ?? start;
    if (!level || level.format === "bullet" || level.format === "none")
      return { label: "", value, format: level?.format ?? "none", placeholders: 0 };
    let placeholders = 0;
    const label = level.text.replace(/%([1-9])/g, (_whole, digit: string) => {
      const index = Number(digit) - 1;
      const shown = levelOf(numbering, resolved, index);
      placeholders++;
      const n = counts[index] ?? shown?.start ?? 0;
      return formatNumber(n, level.legal && index < resolved.ilvl ? "decimal" : (shown?.format ?? "decimal"));
    });
    return { label: label.trim(), value, format: level.format, placeholders };
  }
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "decimalZero":
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case "lowerLetter":
    case "upperLetter": {
      if (n < 1) return String(n);
      // Word repeats the letter after z: aa, bb, … (not ab).
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === "upperLetter" ? letter.toUpperCase() : letter;
    }
    case "lowerRoman":
    case "upperRoman": {
      const roman = toRoman(n);
      return format === "lowerRoman" ? roman.toLowerCase() : roman;
    }
    case "ordinal": {
      const tens = n % 100;
      const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
      return `${n}${suffix}`;
    }
    case "bullet":
    case "none":
      return "";
    default:
      return String(n);
  }
}

function toRoman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const numerals: Array<[number, string]> = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, numeral] of numerals)
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  return out;
}

interface ParagraphRecord extends ParagraphProperties {
  /** Offset just after the <w:p …> start tag. */
  openEnd: number;
  /** The <w:pPr> element's range, if any. */
  pPr?: { start: number; end: number; selfClosing: boolean };
  /** The direct <w:numPr> element's range, if any. */
  numPr?: { start: number; end: number };
  /** Its paragraph mark is a tracked deletion: Word shows it merged into the next one. */
  deleted: boolean;
  text: string;
  heading: boolean;
  resolved?: ResolvedNumbering;
  label?: string;
  value?: number;
  placeholders?: number;
  /** The label has words of its own ("Appendix A", "Section 2"). */
  wordy?: boolean;
  written?: boolean;
}

/** The tags the count needs; every other tag is passed over by the regular expression itself. */
const TAG =
  /<(\/?)(w:p|w:pPr|w:pPrChange|w:rPr|w:pStyle|w:outlineLvl|w:numPr|w:numId|w:ilvl|w:t|w:del|w:moveFrom|mc:Choice)\b([^>]*?)(\/?)>/g;

/**
 * document.xml with the chosen labels written into their paragraphs (and those paragraphs' list numbering
 * switched off), plus what was found, in document order.
 */
export function numberDocument(
  documentXml: string,
  numbering: Numbering,
): { xml: string; paragraphs: NumberedParagraph[] } {
  const styled = [...numbering.styles.values()].some((style) => style.numId !== undefined);
  if (numbering.nums.size === 0 || (!styled && !documentXml.includes("<w:numPr")))
    return { xml: documentXml, paragraphs: [] };
  const records: ParagraphRecord[] = [];
  const open: ParagraphRecord[] = [];
  /** Depth inside elements whose content Word does not show (or mammoth does not read). */
  let hidden = 0;
  let inPPr = false;
  let inPPrChange = 0;
  let inRunProperties = false;
  let textFrom = -1;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(documentXml); m !== null; m = TAG.exec(documentXml)) {
    const [whole, closing, name, attributes, selfClosing] = m;
    const at = m.index;
    const end = at + whole.length;
    const current = open[open.length - 1];
    if (name === "w:del" || name === "w:moveFrom" || name === "mc:Choice") {
      if (!selfClosing) hidden += closing ? -1 : 1;
      // A deleted paragraph mark (<w:del/> inside the paragraph mark's properties).
      if (!closing && inPPr && inRunProperties && current && inPPrChange === 0) current.deleted = true;
      continue;
    }
    if (name === "w:p") {
      if (closing) {
        const done = open.pop();
        if (done) records.push(done);
      } else if (!selfClosing && hidden === 0) {
        open.push({ openEnd: end, deleted: false, text: "", heading: false });
      } else if (!selfClosing) {
        // A paragraph inside deleted or alternative content: counted by nobody.
        open.push({ openEnd: end, deleted: true, text: "", heading: false });
      }
      continue;
    }
    if (!current) continue;
    switch (name) {
      case "w:pPr":
        if (inPPrChange > 0) break;
        if (selfClosing) current.pPr = { start: at, end, selfClosing: true };
        else if (closing) {
          inPPr = false;
          if (current.pPr) current.pPr.end = end;
        } else if (!current.pPr) {
          inPPr = true;
          current.pPr = { start: at, end, selfClosing: false };
        }
        break;
      case "w:pPrChange":
        if (!selfClosing) inPPrChange += closing ? -1 : 1;
        break;
      case "w:rPr":
        if (inPPr && !selfClosing) inRunProperties = !closing;
        break;
      case "w:pStyle":
        if (inPPr && inPPrChange === 0 && !inRunProperties) current.styleId = attr(attributes, "w:val");
        break;
      case "w:outlineLvl":
        if (inPPr && inPPrChange === 0) current.outlineLevel = toInt(attr(attributes, "w:val"));
        break;
      case "w:numPr":
        if (inPPr && inPPrChange === 0) {
          if (selfClosing) current.numPr = { start: at, end };
          else if (closing) {
            if (current.numPr) current.numPr.end = end;
          } else current.numPr = { start: at, end };
        }
        break;
      case "w:numId":
        if (inPPr && inPPrChange === 0) current.numId = attr(attributes, "w:val");
        break;
      case "w:ilvl":
        if (inPPr && inPPrChange === 0) current.ilvl = toInt(attr(attributes, "w:val"));
        break;
      case "w:t":
        if (hidden > 0) break;
        if (!closing && !selfClosing) textFrom = end;
        else if (closing && textFrom >= 0) {
          current.text += documentXml.slice(textFrom, at);
          textFrom = -1;
        }
        break;
    }
  }
  // A paragraph's number depends on the paragraphs before it, in reading order (start tags).
  records.sort((a, b) => a.openEnd - b.openEnd);
  const counters = new Counters(numbering);
  for (const record of records) {
    if (record.deleted) continue;
    record.heading =
      isHeadingStyle(numbering, record.styleId) ||
      (record.outlineLevel !== undefined && record.outlineLevel < 9);
    record.resolved = resolveNumbering(numbering, record);
    if (!record.resolved) continue;
    const { label, value, placeholders } = counters.next(record.resolved);
    record.wordy = /[A-Za-z]{2,}/.test(
      levelOf(numbering, record.resolved)?.text.replace(/%[1-9]/g, "") ?? "",
    );
    record.label = label;
    record.value = value;
    record.placeholders = placeholders;
  }
  chooseWritten(records);
  const edits: Array<{ from: number; to: number; insert: string }> = [];
  const paragraphs: NumberedParagraph[] = [];
  for (const record of records) {
    if (!record.label) continue;
    paragraphs.push({ label: record.label, written: record.written === true });
    if (!record.written) continue;
    const off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
    const run = `<w:r><w:t xml:space="preserve">${escapeXml(record.label)} </w:t></w:r>`;
    if (record.numPr) {
      edits.push({ from: record.numPr.start, to: record.numPr.end, insert: off });
      edits.push({
        from: record.pPr?.end ?? record.openEnd,
        to: record.pPr?.end ?? record.openEnd,
        insert: run,
      });
    } else if (record.pPr?.selfClosing) {
      edits.push({ from: record.pPr.start, to: record.pPr.end, insert: `<w:pPr>${off}</w:pPr>${run}` });
    } else if (record.pPr) {
      const closeAt = record.pPr.end - "</w:pPr>".length;
      edits.push({ from: closeAt, to: closeAt, insert: off });
      edits.push({ from: record.pPr.end, to: record.pPr.end, insert: run });
    } else {
      edits.push({ from: record.openEnd, to: record.openEnd, insert: `<w:pPr>${off}</w:pPr>${run}` });
    }
  }
  if (edits.length === 0) return { xml: documentXml, paragraphs };
  edits.sort((a, b) => a.from - b.from);
  let xml = "";
  let from = 0;
  for (const edit of edits) {
    xml += documentXml.slice(from, edit.from) + edit.insert;
    from = edit.to;
  }
  return { xml: xml + documentXml.slice(from), paragraphs };
}

/** Short text with no closing punctuation: how a heading or a contents entry reads. */
const looksLikeHeading = (text: string) => {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 10 && !/[.;:,]$/.test(text.trim());
};

/**
 * Whether a fresh HTML list would show other numbers than Word: an HTML list counts 1, 2, 3… at each level,
 * restarting under each item of the level above; Word's count may carry on across other text or start
 * elsewhere.
 */
function renumbered(members: ParagraphRecord[]): boolean {
  const top = Math.min(...members.map((r) => r.resolved?.ilvl ?? 0));
  const positions: number[] = [];
  for (const r of members) {
    const depth = (r.resolved?.ilvl ?? 0) - top;
    positions[depth] = (positions[depth] ?? 0) + 1;
    positions.length = depth + 1;
    if (r.value !== positions[depth]) return true;
  }
  return false;
}

/** Decides, per list, whether its labels are written into the text (see the module comment). */
function chooseWritten(records: ParagraphRecord[]): void {
  const sectionLists = new Set<string>();
  /** Runs of consecutive numbered non-heading paragraphs of one list. */
  const runs: ParagraphRecord[][] = [];
  let run: ParagraphRecord[] = [];
  const endRun = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const record of records) {
    if (record.deleted) continue;
    if (!record.label || !record.resolved) {
      // Empty paragraphs do not interrupt a list (mammoth drops them).
      if (record.text.trim() !== "" || record.heading) endRun();
      continue;
    }
    if (record.heading) {
      record.written = true;
      sectionLists.add(record.resolved.counterKey);
      endRun();
      continue;
    }
    if (run.length > 0 && run[0].resolved?.counterKey !== record.resolved.counterKey) endRun();
    run.push(record);
  }
  endRun();
  for (const members of runs) {
    const key = members[0].resolved?.counterKey ?? "";
    const multiPart = members.some((r) => (r.placeholders ?? 0) > 1);
    const wordy = members.some((r) => r.wordy);
    const loneHeading = members.length === 1 && looksLikeHeading(members[0].text);
    if (multiPart || wordy || loneHeading || renumbered(members)) sectionLists.add(key);
  }
  for (const members of runs)
    if (sectionLists.has(members[0].resolved?.counterKey ?? "")) for (const r of members) r.written = true;
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (whole, hex, dec, name) => {
    if (hex || dec) {
      const code = Number.parseInt(hex ?? dec, hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[String(name).toLowerCase()] ?? whole;
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
