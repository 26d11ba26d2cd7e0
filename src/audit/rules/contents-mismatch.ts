/**
 * contents-mismatch: the contents list disagrees with the headings (an entry with no heading, a heading
 * numbered differently), two sections share a number, or the contents' page numbers go backwards, or its last
 * entry points past the last page of a PDF or Word file that the entries before it do not reach.
 * Differences of case, punctuation, "&"/"and" and numbering style ("1." / "1") are not disagreements, and an
 * entry for an appendix kept as a separate document is not missing.
 */
import type { DocumentContext, Rule, SourceDocument } from "../rule.js";
import {
  type ContentsEntry,
  type ContentsList,
  type HeadingText,
  romanNumber,
  titleKey,
} from "../text/find.js";
import { plain } from "../text/lines.js";
import { analyse, knownPageCount, reportAt } from "./helpers.js";

/** "Contents", "Index", or bilingual: "Cynnwys / Contents", "Contents / Clár". */
const CONTENTS_HEADING =
  /^(?:[^\s/]{2,20} ?\/ ?)?(?:(?:table\s+of\s+)?contents(?:\s+page)?|index)(?: ?\/ ?[^\s/]{2,20})?$/i;
/** Appendices, annexes and forms are often separate documents that the contents list names. */
const SEPARATE_PART = /^(?:appendix|appendices|annex|annexe|schedule|attachment|enclosure|form)\b/i;

/** An appendix or annex, the parts of a policy most often carried at its end: "Appendix 3 – …", "Annex B". */
const APPENDIX_ENTRY = /^(appendix|annexe?)\s+\S/i;
/**
 * An entry that says its part is kept apart: "Appendix C – Body map (separate document)", "… available online", "…
 * (on the club website)".
 */
const KEPT_APART =
  /\b(?:separate(?:ly)?|attached|enclosed|available|online|to\s+follow|kept\s+(?:separately|elsewhere|in|on|at|by)|website|web\s+site|intranet)\b/i;

/**
 * Whether an entry for a part (an appendix, a form) is one kept as a separate document, not looked for among the
 * headings. An appendix is not, where the policy carries others of the list's appendices (or annexes) itself
 * (`carried` says whether an entry's heading is there) and its entry does not say it is kept apart: "Appendix 3 –
 * Photography consent form" listed after "Appendix 1" and "Appendix 2", which are the policy's last headings.
 */
function keptApart(
  entry: ContentsEntry,
  entries: readonly ContentsEntry[],
  carried: (entry: ContentsEntry) => boolean,
): boolean {
  if (!SEPARATE_PART.test(entry.title)) return false;
  const kind = APPENDIX_ENTRY.exec(entry.title)?.[1].toLowerCase().replace(/e$/, "");
  if (!kind || KEPT_APART.test(entry.title)) return true;
  // Numbered on from the sections before it ("7 Review", "8 Appendix – Incident form"): one of the document's parts.
  const before = entries[entries.indexOf(entry) - 1];
  if (
    entry.number &&
    before?.number &&
    !before.number.includes(".") &&
    Number(entry.number) === Number(before.number) + 1 &&
    carried(before)
  )
    return false;
  return !entries.some(
    (other) =>
      other !== entry &&
      APPENDIX_ENTRY.exec(other.title)?.[1].toLowerCase().replace(/e$/, "") === kind &&
      carried(other),
  );
}

/** A part named by its label, "Appendix E – Training record", "Annex 2: Forms", "Schedule B. Fees": the label is its number. */
const PART_LABEL = /^(appendix|annexe?|schedule)\s+([a-z]|\d{1,3}|[ivx]{2,6})\s*[:.–—-]\s*(\S.*)$/i;

interface PartLabel {
  /** "appendix", "annex", "schedule". */
  kind: string;
  /** "Appendix E". */
  label: string;
  /** Where it comes in its kind's order: 5 for "E", "5" and "V". */
  place: number;
  title: string;
}

function partLabel(title: string): PartLabel | undefined {
  const part = PART_LABEL.exec(title.trim());
  if (!part) return undefined;
  const mark = part[2].toUpperCase();
  const place = /^\d/.test(mark)
    ? Number(mark)
    : mark.length === 1
      ? mark.charCodeAt(0) - 64
      : romanNumber(mark);
  const word = part[1][0].toUpperCase() + part[1].slice(1).toLowerCase();
  return {
    kind: word.toLowerCase().replace(/^annexe$/, "annex"),
    label: `${word} ${mark}`,
    place,
    title: part[3],
  };
}

/**
 * The heading of a part listed under another part's label: "Appendix E – Training record" in the list where the
 * heading is "Appendix F – Training record" (and no heading is "Appendix E – Training record"). The one heading of
 * that kind and title, with a label of its own.
 */
function relabelledPart(
  entry: ContentsEntry,
  headings: readonly HeadingText[],
): { heading: HeadingText; listed: PartLabel; carried: PartLabel } | undefined {
  const listed = entry.number ? undefined : partLabel(entry.title);
  if (!listed) return undefined;
  const found = headings.flatMap((heading) => {
    const carried = heading.number ? undefined : partLabel(heading.title);
    return carried &&
      carried.kind === listed.kind &&
      carried.place !== listed.place &&
      titleKey(carried.title) === titleKey(listed.title)
      ? [{ heading, listed, carried }]
      : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

function label(h: { number?: string; title: string }): string {
  return h.number ? `${h.number}. ${h.title}`.replace(/^(\d+(?:\.\d+)+)\. /, "$1 ") : h.title;
}

/** "01." and "1" are the same number. */
function numberKey(number: string): string {
  return number
    .replace(/\.$/, "")
    .split(".")
    .map((part) => String(Number(part)))
    .join(".");
}

/** One title holds the other's words, whole words only ("Allegations" and "Allegations against staff"). */
function looselyEqual(a: string, b: string): boolean {
  if (!a || !b) return false;
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

export const rule: Rule = {
  meta: {
    id: "contents-mismatch",
    description:
      "Warns when the contents list does not match the headings — an entry with no heading of that name, a heading numbered differently from its entry, a numbered section missing from the list, page numbers out of order, a last entry on a page past the end of a PDF or Word file whose last page the entries before it do not reach — or when two headings carry the same number. Readers use the contents and the numbers to find sections: update the contents list (in Word, right-click it and choose Update Field) and renumber the headings.",
    defaultSeverity: "warning",
  },
  checkDocument(context) {
    const { outline } = context.document;
    const { contents, headings: all } = analyse(context.document);
    const inContents = (h: HeadingText) =>
      contents !== undefined && h.offset >= contents.offset && h.offset <= contents.end;
    const headings = all.filter((h) => !inContents(h) && !CONTENTS_HEADING.test(h.title.trim()));
    const hasHeadings = outline.headings.some((h) => !CONTENTS_HEADING.test(plain(h.text).trim()));

    const renumbered = new Set<HeadingText>();
    if (contents) {
      const pastEnd = checkPagesPastEnd(context, contents, headings);
      checkPageOrder(context, contents, pastEnd);
      const shown =
        context.document.format === "md" ? renderedNumbers(context.document.text, contents) : undefined;
      if (hasHeadings) checkAgainstHeadings(context, contents, headings, renumbered, shown);
      else checkAgainstText(context, contents, headings);
    }
    // Two headings with one number: among real numbered headings (Markdown, Word); among headings read from
    // the text (PDF, bold lines) only in a run that counts up around them (10, 11, 11, 12).
    // A heading already reported as numbered differently from its entry is one problem, not two.
    if (headings.some((h) => h.number && !h.fromText)) checkDuplicateNumbers(context, headings, renumbered);
    else checkRepeatedNumberInSequence(context, headings);
  },
};

/** A top-level item of a Markdown ordered list: "12. Contacts", "3) Training". */
const ORDERED_ITEM = /^ {0,3}(\d{1,9})([.)])\s/;

/**
 * The numbers a Markdown contents list shows. An ordered list shows its first item's number and counts on from
 * there, whatever the later items were typed with ("10. Training", "12. Contacts" shows "11. Contacts"). Items
 * stay one list across blank lines and nested items; anything else between them (a stray bullet, a comment, a
 * paragraph) starts a new list, which shows its own first number.
 */
function renderedNumbers(text: string, contents: ContentsList): Map<ContentsEntry, string> {
  const shown = new Map<ContentsEntry, string>();
  let previous: { entry: ContentsEntry; delimiter: string; shown: number } | undefined;
  for (const entry of contents.entries) {
    const lineStart = text.lastIndexOf("\n", entry.offset - 1) + 1;
    const item = ORDERED_ITEM.exec(text.slice(lineStart, entry.endOffset));
    if (!item) {
      // A nested entry ("   - 3.1 …") leaves the list it sits in going; any other line ends it.
      if (entry.offset - lineStart < 2) previous = undefined;
      continue;
    }
    const between = previous ? text.slice(previous.entry.endOffset, lineStart) : "";
    const sameList =
      previous !== undefined &&
      previous.delimiter === item[2] &&
      between.split("\n").every((line) => line.trim() === "" || /^\s{2,}\S/.test(line));
    const number = sameList && previous ? previous.shown + 1 : Number(item[1]);
    previous = { entry, delimiter: item[2], shown: number };
    shown.set(entry, String(number));
  }
  return shown;
}

function checkAgainstHeadings(
  context: DocumentContext,
  contents: ContentsList,
  headings: HeadingText[],
  renumbered: Set<HeadingText>,
  shown?: Map<ContentsEntry, string>,
): void {
  const byKey = new Map<string, HeadingText[]>();
  for (const h of headings) byKey.set(titleKey(h.title), [...(byKey.get(titleKey(h.title)) ?? []), h]);
  // Paragraphs after the contents that stand alone: a heading typed in bold is still a heading to a reader.
  const bodyLines = new Set(
    analyse(context.document)
      .lines.filter((l) => l.offset > contents.end)
      .map((l) => titleKey(l.text.replace(/^\s*(?:[-*+•]\s+)?/, "")))
      .filter(Boolean),
  );
  const matched: HeadingText[] = [];
  const unmatched: ContentsEntry[] = [];
  const renumberings: {
    entry: ContentsEntry;
    matches: HeadingText[];
    parts?: { listed: string; carried: string };
  }[] = [];
  /** Each entry for a labelled part found among the headings ("Appendix C – …"), and how far its label is. */
  const parts = new Map<ContentsEntry, Placed>();
  /** Each numbered entry found among the headings, and how far its number is from its heading's. */
  const placed: Placed[] = [];
  const headingsOf = (entry: ContentsEntry) => {
    const key = titleKey(entry.title);
    const matches = byKey.get(key) ?? [];
    return matches.length > 0 ? matches : headings.filter((h) => looselyEqual(titleKey(h.title), key));
  };
  const carried = (entry: ContentsEntry) =>
    headingsOf(entry).length > 0 || bodyLines.has(titleKey(entry.title));
  // The headings some entry lists by name: a heading none does is one a repeated entry may stand for.
  const named = new Set(contents.entries.flatMap((entry) => headingsOf(entry)));
  const repeats: { entry: ContentsEntry; renamed: HeadingText }[] = [];
  for (const entry of contents.entries) {
    const key = titleKey(entry.title);
    const matches = headingsOf(entry);
    const repeated = repeatedEntry(entry, contents.entries, matches, headings, named);
    if (repeated) {
      matched.push(repeated);
      repeats.push({ entry, renamed: repeated });
      continue;
    }
    if (matches.length === 0) {
      // "Appendix E – Training record" where the heading is "Appendix F – Training record": numbered differently.
      const relabelled = relabelledPart(entry, headings);
      if (relabelled) {
        const { heading, listed, carried } = relabelled;
        matched.push(heading);
        renumbered.add(heading);
        parts.set(entry, {
          entry,
          at: heading.offset,
          shift: listed.place - carried.place,
          renumbered: renumberings.length,
        });
        renumberings.push({
          entry,
          matches: [heading],
          parts: { listed: listed.label, carried: carried.label },
        });
        continue;
      }
      const numbered = entry.number ? titleKey(`${entry.number} ${entry.title}`) : key;
      if (keptApart(entry, contents.entries, carried) || bodyLines.has(key) || bodyLines.has(numbered))
        continue;
      unmatched.push(entry);
      continue;
    }
    matched.push(...matches);
    const part = entry.number ? undefined : partLabel(entry.title);
    if (part) parts.set(entry, { entry, at: Math.min(...matches.map((h) => h.offset)), shift: 0 });
    const numbers = matches.map((h) => h.number);
    const at = Math.min(...matches.map((h) => h.offset));
    if (
      entry.number &&
      numbers.every((n) => n !== undefined && numberKey(n) !== numberKey(entry.number as string)) &&
      // A Markdown list typed "12." that shows "11." beside the heading "11." agrees where a reader looks.
      !numbers.some((n) => n !== undefined && numberKey(n) === shown?.get(entry))
    ) {
      for (const h of matches) renumbered.add(h);
      placed.push({ entry, at, shift: shiftOf(entry.number, numbers), renumbered: renumberings.length });
      renumberings.push({ entry, matches });
    } else if (entry.number && numbers.some((n) => n !== undefined)) placed.push({ entry, at, shift: 0 });
  }
  const missing: ContentsEntry[] = [];
  const renames: { entry: ContentsEntry; renamed: HeadingText }[] = [];
  for (const entry of unmatched) {
    // "4. Recruiting volunteers" in the list where section 4 is "Safer recruitment": one renamed section.
    const renamed = entry.number
      ? headings.find(
          (h) =>
            h.number !== undefined &&
            numberKey(h.number) === numberKey(entry.number as string) &&
            !matched.includes(h),
        )
      : undefined;
    if (renamed) {
      matched.push(renamed);
      renames.push({ entry, renamed });
      continue;
    }
    missing.push(entry);
  }
  // "6. Minibus journeys" where the entries around it are one higher than their headings and section 5 is
  // "Travelling to matches": renamed too, its number moved with its neighbours'.
  for (const entry of [...missing]) {
    const renamed = shiftedRename(entry, placed, headings, matched);
    if (!renamed) continue;
    missing.splice(missing.indexOf(entry), 1);
    matched.push(renamed);
    renames.push({ entry, renamed });
  }
  // Numbered sections the list leaves out: only when the list itself is numbered, only among the headings
  // the list covers (between its first and last), and only at the depth of the headings it lists.
  const unlisted: HeadingText[] = [];
  if (contents.entries.some((e) => e.number) && matched.length > 0) {
    const listed = new Set(matched);
    const first = Math.min(...matched.map((h) => h.offset));
    const last = Math.max(...matched.map((h) => h.offset));
    const depths = new Set(matched.filter((h) => h.number && !h.number.includes(".")).map((h) => h.depth));
    for (const h of headings) {
      if (!h.number || h.number.includes(".") || listed.has(h) || !depths.has(h.depth)) continue;
      if (h.offset < first || h.offset > last) continue;
      unlisted.push(h);
    }
  }
  // A deleted section still listed (or a new one not yet listed) moves every later entry's number one away from
  // its heading's: that is the one slip's consequence, said in its finding, not a slip of each entry.
  const steps: Step[] = [];
  const pending = [...unlisted];
  for (const entry of contents.entries) {
    const here = placed.find((p) => p.entry === entry);
    if (here) {
      while (pending.length > 0 && pending[0].offset < here.at)
        steps.push({ gap: pending.shift() as HeadingText, change: -1 });
      if (here.shift !== undefined) steps.push(here);
    } else if (missing.includes(entry) && topNumber(entry.number)) steps.push({ gap: entry, change: 1 });
  }
  for (const h of pending) steps.push({ gap: h, change: -1 });
  const { explained, tails } = foldShifts(steps);
  // Parts go by their labels apart from the numbered sections: an appendix listed and taken out moves the labels
  // of those after it ("Appendix D – …" under the heading "Appendix C – …").
  const partSteps: Step[] = [];
  for (const entry of contents.entries) {
    const here = parts.get(entry);
    if (here) partSteps.push(here);
    else if (missing.includes(entry) && !entry.number && partLabel(entry.title))
      partSteps.push({ gap: entry, change: 1 });
  }
  const folded = foldShifts(partSteps);
  for (const i of folded.explained) explained.add(i);
  for (const [gap, words] of folded.tails) tails.set(gap, words);
  const misnumbered = renumberings.map(({ entry, matches, parts: labels }) => ({
    entry,
    headingNumber: matches[0].number,
    at: Math.min(...matches.map((h) => h.offset)),
    parts: labels,
  }));
  reportRenumbered(context, misnumbered, explained);
  for (const { entry, renamed } of renames) {
    reportAt(
      context,
      entry.offset,
      entry.endOffset,
      `The contents list has "${label(entry)}", but section ${renamed.number} is "${renamed.title}" and no heading is called "${entry.title}" — update the contents list, or rename the heading to match`,
      { actual: entry.title, expected: renamed.title },
    );
  }
  for (const { entry, renamed } of repeats) reportRepeated(context, entry, renamed);
  reportMissing(context, missing, tails);
  for (const h of unlisted) {
    reportAt(
      context,
      h.offset,
      h.endOffset,
      `Section "${label(h)}" is missing from the contents list${tails.get(h) ?? ""} — update the contents list`,
    );
  }
}

/**
 * The section a repeated entry stands for: "6. Recording concerns" listed again after "5. Recording concerns", whose
 * heading is numbered 5, where heading 6 ("Allegations about adults") is listed by no entry — the list's line for
 * section 6 copied from the line before. Only for a top-level number, and only where another entry of the same
 * title carries its heading's number.
 */
function repeatedEntry(
  entry: ContentsEntry,
  entries: readonly ContentsEntry[],
  matches: readonly HeadingText[],
  headings: readonly HeadingText[],
  named: ReadonlySet<HeadingText>,
): HeadingText | undefined {
  if (!topNumber(entry.number) || matches.length === 0) return undefined;
  const number = numberKey(entry.number as string);
  if (matches.some((h) => h.number !== undefined && numberKey(h.number) === number)) return undefined;
  const twin = entries.some(
    (other) =>
      other !== entry &&
      other.number !== undefined &&
      titleKey(other.title) === titleKey(entry.title) &&
      matches.some(
        (h) => h.number !== undefined && numberKey(h.number) === numberKey(other.number as string),
      ),
  );
  if (!twin) return undefined;
  const depths = new Set(matches.map((h) => h.depth));
  return headings.find(
    (h) => h.number !== undefined && numberKey(h.number) === number && depths.has(h.depth) && !named.has(h),
  );
}

/**
 * An entry found among the headings, where the list numbers it (`at`: its heading's offset), and how much higher its
 * number is than its heading's (`shift`; undefined when the two differ below the section's number, "3.1" beside "2.4").
 * `renumbered` is its place among the entries numbered unlike their headings.
 */
interface Placed {
  entry: ContentsEntry;
  at: number;
  shift: number | undefined;
  renumbered?: number;
}

/** How much higher an entry's number is than its heading's: 1 for "7" beside "6", and for "7.2" beside "6.2". */
function shiftOf(entryNumber: string, headingNumbers: (string | undefined)[]): number | undefined {
  const [entryTop, ...entryRest] = numberKey(entryNumber).split(".");
  for (const n of headingNumbers) {
    if (n === undefined) continue;
    const [top, ...rest] = numberKey(n).split(".");
    if (rest.join(".") === entryRest.join(".")) return Number(entryTop) - Number(top);
  }
  return undefined;
}

/**
 * The heading an entry with no heading of its name was renamed from, where the entries around it (two or more) are
 * all numbered higher or lower than their headings by one amount: the heading numbered that much away from the
 * entry, between its neighbours' headings and listed by no other entry.
 */
function shiftedRename(
  entry: ContentsEntry,
  placed: Placed[],
  headings: HeadingText[],
  matched: HeadingText[],
): HeadingText | undefined {
  if (!entry.number || !/^\d/.test(entry.number)) return undefined;
  const known = placed.filter((p) => p.shift !== undefined);
  const at = known.findIndex((p) => p.entry.offset > entry.offset);
  const earlier = at < 0 ? known : known.slice(0, at);
  const before = earlier.at(-1);
  const after = at < 0 ? undefined : known[at];
  const shift = before?.shift;
  if (!before || !shift || (after && after.shift !== shift)) return undefined;
  // Only inside a stretch of two entries or more moved alike: one entry off by one is a slip of its own.
  const alike = (list: Placed[]) => {
    const other = list.findIndex((p) => p.shift !== shift);
    return other < 0 ? list.length : other;
  };
  if (alike([...earlier].reverse()) + alike(at < 0 ? [] : known.slice(at)) < 2) return undefined;
  const [top, ...rest] = numberKey(entry.number).split(".");
  const number = [String(Number(top) - shift), ...rest].join(".");
  return headings.find(
    (h) =>
      h.number !== undefined &&
      numberKey(h.number) === number &&
      h.offset > before.at &&
      (!after || h.offset < after.at) &&
      !matched.includes(h),
  );
}

/** A whole section's number ("6", "6."), not a sub-section's ("6.2"). */
function topNumber(number: string | undefined): boolean {
  return number !== undefined && /^\d+\.?$/.test(number.trim());
}

/**
 * A step through the contents list in reading order: an entry found among the headings (how much higher its number
 * is than its heading's), or a slip that moves the later entries' numbers — an entry with no heading (one higher)
 * or a numbered section the list leaves out (one lower).
 */
type Step = Placed | { gap: ContentsEntry | HeadingText; change: 1 | -1 };

/**
 * Which entries' numbers a deleted or unlisted section explains, and the words each such slip's finding ends with.
 * The entries run in stretches numbered alike ("7. Allegations" beside "6. Allegations", "8. Contacts" beside
 * "7. Contacts"); where the amount changes from one stretch to the next, the slips between them that count to the
 * change ("5. Lone working", listed with no heading) explain the stretch after, and the last of them says so. Only a
 * stretch of two entries or more is read as a slip's consequence — a single entry off by one in the middle of the
 * list is reported as it is — unless it is the list's last entry and follows the slip directly ("10. Staff code of
 * conduct" deleted, "11. Useful contacts" under the heading "10."): nothing comes after it that could disagree.
 * A slip inside a stretch (a renamed entry, a slip the next one undoes) changes nothing and says nothing of the
 * later entries. Sub-sections move with their section ("7.2" beside "6.2").
 */
function foldShifts(steps: Step[]): {
  explained: Set<number>;
  tails: Map<ContentsEntry | HeadingText, string>;
} {
  const stretches: {
    shift: number;
    entries: Placed[];
    gaps: { gap: ContentsEntry | HeadingText; change: number }[];
  }[] = [];
  let gaps: { gap: ContentsEntry | HeadingText; change: number }[] = [];
  for (const step of steps) {
    if ("gap" in step) {
      gaps.push(step);
      continue;
    }
    const shift = step.shift as number;
    const last = stretches.at(-1);
    if (last && last.shift === shift) last.entries.push(step);
    else stretches.push({ shift, entries: [step], gaps });
    gaps = [];
  }
  const explained = new Set<number>();
  const tails = new Map<ContentsEntry | HeadingText, string>();
  const lastStep = steps.at(-1);
  for (const [i, stretch] of stretches.entries()) {
    const change = stretch.shift - (stretches[i - 1]?.shift ?? 0);
    const counted = stretch.gaps.reduce((sum, g) => sum + g.change, 0);
    if (stretch.shift === 0 || change === 0 || counted !== change) continue;
    // One entry: a consequence only as the list's last step, straight after the slip.
    if (stretch.entries.length < 2 && (stretch.gaps.length === 0 || stretch.entries[0] !== lastStep))
      continue;
    for (const p of stretch.entries) if (p.renumbered !== undefined) explained.add(p.renumbered);
    const slip = stretch.gaps.filter((g) => Math.sign(g.change) === Math.sign(change)).at(-1);
    if (slip) tails.set(slip.gap, shiftWords(stretch.shift, stretch.entries.length));
  }
  return { explained, tails };
}

const COUNT_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** ", and the entries after it are numbered one higher than their headings" ("the entry … its heading" for one). */
function shiftWords(difference: number, entries = 2): string {
  const size = Math.abs(difference);
  const count = COUNT_WORDS[size] ?? String(size);
  const direction = difference > 0 ? "higher" : "lower";
  return entries === 1
    ? `, and the entry after it is numbered ${count} ${direction} than its heading`
    : `, and the entries after it are numbered ${count} ${direction} than their headings`;
}

/** Plain text (PDF): headings cannot be told from numbered paragraphs, and long ones wrap onto two lines —
 * so only look for each entry, number and words, in the text after the list. */
function checkAgainstText(context: DocumentContext, contents: ContentsList, headings: HeadingText[]): void {
  const { text } = context.document;
  const body = ` ${titleKey(text.slice(contents.end))} `;
  const carried = (entry: ContentsEntry) => body.includes(` ${titleKey(entry.title)} `);
  const renumberings: { entry: ContentsEntry; heading: HeadingText }[] = [];
  const missing: ContentsEntry[] = [];
  const steps: Step[] = [];
  const named = new Set(
    headings.filter((h) => contents.entries.some((e) => looselyEqual(titleKey(h.title), titleKey(e.title)))),
  );
  for (const entry of contents.entries) {
    if (body.includes(` ${titleKey(`${entry.number ?? ""} ${entry.title}`)} `)) {
      if (entry.number) steps.push({ entry, at: entry.offset, shift: 0 });
      continue;
    }
    const elsewhere = headings.find(
      (h) => h.offset > contents.end && titleKey(h.title) === titleKey(entry.title),
    );
    const repeated = elsewhere && repeatedEntry(entry, contents.entries, [elsewhere], headings, named);
    if (repeated) {
      reportRepeated(context, entry, repeated);
      continue;
    }
    if (entry.number && elsewhere?.number && numberKey(elsewhere.number) !== numberKey(entry.number)) {
      const shift = shiftOf(entry.number, [elsewhere.number]);
      steps.push({ entry, at: elsewhere.offset, shift, renumbered: renumberings.length });
      renumberings.push({ entry, heading: elsewhere });
      continue;
    }
    if (elsewhere || carried(entry) || keptApart(entry, contents.entries, carried)) continue;
    missing.push(entry);
    if (topNumber(entry.number)) steps.push({ gap: entry, change: 1 });
  }
  const { explained, tails } = foldShifts(steps.filter((s) => "gap" in s || s.shift !== undefined));
  const misnumbered = renumberings.map(({ entry, heading }) => ({
    entry,
    headingNumber: heading.number,
    at: heading.offset,
  }));
  reportRenumbered(context, misnumbered, explained);
  reportMissing(context, missing, tails);
}

/** An entry numbered unlike its heading, in the headings' reading and the plain text's alike. */
interface Renumbered {
  entry: ContentsEntry;
  headingNumber: string | undefined;
  /** Where its heading is. */
  at: number;
  /** A part's labels in the list and on its heading: "Appendix E", "Appendix F". */
  parts?: { listed: string; carried: string };
}

/** The plural of a part's kind, for "Appendices E and F". */
const PLURAL: Record<string, string> = { appendix: "Appendices", annex: "Annexes", schedule: "Schedules" };

/**
 * The words for two entries listed the other way round, each under the other's number and in the other's place ("4
 * Lifts home" then "5 Photographs" where heading 4 is "Photographs" and heading 5, after it, "Lifts home"): both
 * lines are wrong, each is reported, and each says so. Two headings numbered out of order under entries in the
 * headings' order are no swap of the list's.
 */
function swapWords(one: Renumbered, all: readonly Renumbered[]): string {
  const crossed = (other: Renumbered) =>
    Math.sign(other.entry.offset - one.entry.offset) * Math.sign(other.at - one.at) < 0;
  if (one.parts) {
    const { listed, carried } = one.parts;
    const partner = all.find((o) => o.parts?.listed === carried && o.parts.carried === listed && crossed(o));
    if (!partner) return "";
    const [a, b] = [partLabel(`${listed} – x`), partLabel(`${carried} – x`)];
    if (!a || !b) return "";
    const [first, second] = a.place < b.place ? [listed, carried] : [carried, listed];
    const marks = (l: string) => l.slice(l.indexOf(" ") + 1);
    return ` (the list has ${PLURAL[a.kind] ?? a.kind} ${marks(first)} and ${marks(second)} the other way round)`;
  }
  const listedNumber = one.entry.number;
  const carriedNumber = one.headingNumber;
  if (listedNumber === undefined || carriedNumber === undefined) return "";
  const partner = all.find(
    (o) =>
      o.entry.number !== undefined &&
      o.headingNumber !== undefined &&
      numberKey(o.entry.number) === numberKey(carriedNumber) &&
      numberKey(o.headingNumber) === numberKey(listedNumber) &&
      crossed(o),
  );
  if (!partner) return "";
  const [first, second] = [numberKey(listedNumber), numberKey(carriedNumber)].sort((x, y) =>
    x.localeCompare(y, "en", { numeric: true }),
  );
  return ` (the list has sections ${first} and ${second} the other way round)`;
}

/** Each entry numbered unlike its heading, unless a deleted or unlisted section's shift explains it. */
function reportRenumbered(context: DocumentContext, renumbered: Renumbered[], explained: Set<number>): void {
  for (const [i, one] of renumbered.entries()) {
    if (explained.has(i)) continue;
    const { entry, headingNumber, parts } = one;
    const swap = swapWords(one, renumbered);
    if (parts) {
      const title = partLabel(entry.title)?.title ?? entry.title;
      reportAt(
        context,
        entry.offset,
        entry.endOffset,
        `The contents list has "${title}" as ${parts.listed}, but the heading is ${parts.carried}${swap} — update the contents list`,
        { actual: parts.listed, expected: parts.carried },
      );
      continue;
    }
    reportAt(
      context,
      entry.offset,
      entry.endOffset,
      `The contents list numbers "${entry.title}" as ${entry.number}, but the heading is numbered ${headingNumber}${swap} — update the contents list`,
      { actual: entry.number, expected: headingNumber },
    );
  }
}

/** Each entry with no heading, saying how the entries after it moved where it is the slip that moved them. */
function reportMissing(
  context: DocumentContext,
  missing: ContentsEntry[],
  tails: Map<ContentsEntry | HeadingText, string>,
): void {
  for (const entry of missing) reportNoSuchHeading(context, entry, tails.get(entry));
}

/** An entry listed twice, the second time where another section's entry belongs. */
function reportRepeated(context: DocumentContext, entry: ContentsEntry, section: HeadingText): void {
  reportAt(
    context,
    entry.offset,
    entry.endOffset,
    `The contents list has "${entry.title}" twice, but section ${section.number} is "${section.title}" — update the contents list`,
    { actual: entry.title, expected: section.title },
  );
}

/**
 * The list's last entry on a page past the policy's last page, where the entries before it leave the last page
 * unreached: "1. Purpose … 1" to "8. Boats … 2", then "Appendix A – Contact sheet ........ 4" in a PDF or Word file of
 * three pages (a Word file's page count as it was last saved, as section-reference reads it). The list is this
 * file's own, and its last line was not updated when the part moved. A list whose numbers run on past the end
 * through several entries, the earlier ones reaching the last page ("3. Roles … 3" to "10. Review … 7" in a file of
 * two pages), is a longer printed version's carried along, and says nothing about this file's pages; nor does a
 * Markdown or web page's list, which has no pages, or an entry that says its part is kept apart ("… (separate
 * document)"). The entry reported, if any.
 */
function checkPagesPastEnd(
  context: DocumentContext,
  contents: ContentsList,
  headings: readonly HeadingText[],
): Set<ContentsEntry> {
  const { document } = context;
  const reported = new Set<ContentsEntry>();
  const pageCount = knownPageCount(document);
  if (!pageCount) return reported;
  const paged = contents.entries.filter((e) => e.page !== undefined);
  const last = paged.at(-1);
  if (!last?.page || last.page <= pageCount || KEPT_APART.test(last.title)) return reported;
  const before = paged.slice(0, -1).map((e) => e.page as number);
  if (before.length === 0) return reported;
  if (Math.max(...before) >= pageCount && !pagesCheckedInPdf(document, paged, headings, pageCount))
    return reported;
  reported.add(last);
  const pages = `${pageCount} ${pageCount === 1 ? "page" : "pages"}`;
  reportAt(
    context,
    last.offset,
    last.endOffset,
    `The contents list puts "${label(last)}" on page ${last.page}, but the policy has ${document.format === "docx" ? `${pages} (as the Word file was last saved)` : pages} — update the contents list (in Word, right-click it and choose Update Field)`,
    { actual: String(last.page), expected: `page ${pageCount} or before` },
  );
  return reported;
}

/**
 * In a PDF, where the reader sees the page each heading is on: whether every entry before the last gives the page its
 * heading is on (the list is this file's own, kept up to date), none of them past the end, and the last entry's
 * heading is in the file too — so its page past the end is wrong, though the entries before reach the last page:
 * "5. Responding … 2" to "7. Safer recruitment … 2", then "8. Useful contacts … 3" in a file of two pages.
 */
function pagesCheckedInPdf(
  document: SourceDocument,
  paged: readonly ContentsEntry[],
  headings: readonly HeadingText[],
  pageCount: number,
): boolean {
  const starts = document.format === "pdf" ? document.pages : undefined;
  if (!starts || starts.length !== pageCount) return false;
  const pageOf = (offset: number) => starts.filter((start) => start <= offset).length;
  const headingOf = (entry: ContentsEntry) => {
    const key = titleKey(entry.title);
    const found = headings.filter(
      (h) => titleKey(h.title) === key && (!entry.number || !h.number || entry.number === h.number),
    );
    return found.length === 1 ? found[0] : undefined;
  };
  const earlier = paged.slice(0, -1);
  return (
    earlier.length >= 2 &&
    earlier.every((entry) => {
      const heading = headingOf(entry);
      return (
        heading !== undefined && (entry.page as number) <= pageCount && pageOf(heading.offset) === entry.page
      );
    }) &&
    headingOf(paged[paged.length - 1]) !== undefined
  );
}

/**
 * Page numbers that go backwards: the list was not updated after sections moved. An entry already reported as past
 * the last page is not read again.
 */
function checkPageOrder(
  context: DocumentContext,
  contents: ContentsList,
  pastEnd: ReadonlySet<ContentsEntry> = new Set(),
): void {
  let previous: ContentsEntry | undefined;
  for (const entry of contents.entries) {
    if (entry.page === undefined || pastEnd.has(entry)) continue;
    if (previous?.page !== undefined && entry.page < previous.page) {
      reportAt(
        context,
        entry.offset,
        entry.endOffset,
        `The contents list puts "${label(entry)}" on page ${entry.page}, after "${label(previous)}" on page ${previous.page} — the page numbers are out of order; update the contents list (in Word, right-click it and choose Update Field)`,
        { actual: String(entry.page) },
      );
    }
    previous = entry;
  }
}

/**
 * Two headings with one number at the same level. A shallower heading starts a new run (sub-sections
 * numbered 1, 2 … under each part are not duplicates).
 */
function checkDuplicateNumbers(
  context: DocumentContext,
  headings: HeadingText[],
  renumbered: Set<HeadingText>,
): void {
  const seen = new Map<string, HeadingText>();
  let depth: number | undefined;
  for (const h of headings) {
    if (!h.number) {
      if (depth !== undefined && h.depth < depth) seen.clear();
      continue;
    }
    if (depth === undefined || h.depth < depth) {
      depth = h.depth;
      seen.clear();
    }
    if (h.depth !== depth) continue;
    const key = numberKey(h.number);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, h);
      continue;
    }
    if (renumbered.has(h) || renumbered.has(first)) continue;
    reportAt(
      context,
      h.offset,
      h.endOffset,
      `Two sections are numbered ${h.number}: "${label(first)}" and "${label(h)}" — renumber the headings, then update the contents list and any "see section" references`,
      { actual: h.number },
    );
  }
}

function checkRepeatedNumberInSequence(context: DocumentContext, headings: HeadingText[]): void {
  const { text } = context.document;
  const top = headings.filter((h) => h.number && !h.number.includes("."));
  const n = (h: HeadingText | undefined) => (h?.number ? Number(h.number) : Number.NaN);
  // Each heading has words of its own under it: a numbered list's items follow one another directly.
  const bodyAfter = (h: HeadingText, next: HeadingText | undefined) =>
    text.slice(h.endOffset, next ? next.offset : h.endOffset + 200).trim() !== "";
  for (let i = 1; i + 1 < top.length; i++) {
    const number = n(top[i]);
    if (n(top[i + 1]) !== number || n(top[i - 1]) !== number - 1) continue;
    if (i + 2 < top.length && n(top[i + 2]) !== number + 1) continue;
    const run = top.slice(i - 1, i + 3);
    if (!run.every((h, j) => bodyAfter(h, run[j + 1]))) continue;
    reportAt(
      context,
      top[i + 1].offset,
      top[i + 1].endOffset,
      `Two sections are numbered ${top[i].number}: "${label(top[i])}" and "${label(top[i + 1])}" — renumber the headings, then update the contents list and any "see section" references`,
      { actual: top[i].number },
    );
  }
}

function reportNoSuchHeading(context: DocumentContext, entry: ContentsEntry, shift = ""): void {
  reportAt(
    context,
    entry.offset,
    entry.endOffset,
    `The contents list has "${label(entry)}", but no heading in the policy is called that${shift} — update the contents list, or rename the heading to match`,
    { actual: entry.title },
  );
}
