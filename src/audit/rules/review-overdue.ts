/** review-overdue: the next review date has passed (stated, or worked out from the last approval and the review interval). */
import type { DocumentContext, Rule } from "../rule.js";
import { OTHER_LANGUAGE_REVIEW_WORD } from "../text/bilingual.js";
import { describeLooseDate, findDates, formatUk, isoDay } from "../text/dates.js";
import { isTableRow, lineAt, splitLines } from "../text/lines.js";
import {
  type DatedReview,
  derivedReasoning,
  reviewSchedule,
  runningReviews,
  statedDateWords,
} from "../text/review.js";
import { deadlineWords, reportAt, reviewRange, subjects } from "./helpers.js";

export const rule: Rule = {
  meta: {
    id: "review-overdue",
    description:
      'Reports a policy whose next review date is before the audit date — the date the policy states, or, when it states only how often it is reviewed ("reviewed every year"), the date it was last signed, approved or reviewed plus that interval — and a review date in the page footer or header that has passed while the policy gives a later one ("Review date: May 2026" on every page, "Next review: May 2027" in the text). An out-of-date policy may name people who have left, numbers that have changed and guidance that has been replaced: review it, have it approved again, and set the next review date.',
    defaultSeverity: "error",
  },
  checkSetting(context) {
    const next = isoDay(context.setting.policy?.next_review);
    if (!next || next >= context.asOf) return;
    context.report({
      message: `${context.setting.name}'s policy was due for review on ${formatUk(next)}, before ${formatUk(context.asOf)} — review it, then set policy.next_review to the next date`,
      path: ["policy", "next_review"],
      actual: next,
      subject: subjects.nextReview(next),
      expected: `on or after ${context.asOf}`,
    });
  },
  checkDocument(context) {
    checkDocumentDue(context);
    boundDocumentReviews(context);
    partReviews(context);
  },
};

/** The policy's own next review, stated or worked out, when it has passed. */
function checkDocumentDue(context: DocumentContext): void {
  const { due } = reviewSchedule(context.document);
  if (due?.statement && due.date >= context.asOf) {
    staleRunningReview(context, due.statement);
    staleRowHalf(context, due.statement);
    staleTextBesideTable(context, due.statement);
    return;
  }
  if (!due || due.date >= context.asOf) return;
  // One finding: a page footer repeats "Next review: …" on every page, and only the latest date counts.
  if (due.statement) {
    const [offset, endOffset] = reviewRange(context.document.text, due.statement);
    // "Applies to: academic year 2024/25": a policy for one academic year is due by the start of the next.
    const because = due.statement.period
      ? `The policy is written for ${due.statement.period}, so it was due for review by the start of the next academic year, in ${describeLooseDate(due.statement.date)}`
      : undefined;
    reportAt(
      context,
      offset,
      endOffset,
      because
        ? `${because}, which is before ${formatUk(context.asOf)} — review the policy for the current year, have it approved, and write the next review date on it`
        : `The policy was due for review by ${deadlineWords(due.statement.date)}, which is before ${formatUk(context.asOf)} — review the policy, have it approved, and write the new next review date`,
      {
        actual: due.date,
        expected: `on or after ${context.asOf}`,
        subject: subjects.reviewInDocument(due.statement.date),
      },
    );
    return;
  }
  if (!due.derived) return;
  const [offset, endOffset] = reviewRange(context.document.text, due.derived.anchor);
  const reasoning = derivedReasoning(due.derived);
  // The policy's own words for the interval, unless the reasoning already says them ("reviewed every year").
  const words = due.derived.interval.text;
  const quoted = reasoning.toLowerCase().includes(words.toLowerCase()) ? "" : ` ("${words}")`;
  reportAt(
    context,
    offset,
    endOffset,
    `The policy was ${reasoning}${quoted}, which is before ${formatUk(context.asOf)} — review the policy, have it approved, and write the next review date on it`,
    { actual: due.date, expected: `on or after ${context.asOf}` },
  );
}

/** Documents bound after the policy in one file: a code of conduct, a form, an annex — a few at most. */
const MOST_BOUND_DOCUMENTS = 3;
/** A numbered section's heading ("10. Review", "# 4) Training"), not a document's title ("Part B – Code of Conduct"). */
const NUMBERED_SECTION = /^[\s#]*\d+(?:\.\d+)*[.):]?\s/;

/** A heading of the policy's own review or document control, whatever its level. */
const REVIEW_HEADING = /\b(?:review|monitoring|version|history|document\s+control)\b/i;

/**
 * A title that names a document of its own: a later part ("Part B", "Part 2", "Part Two"), a code of conduct or
 * practice, an annex or appendix, an agreement, procedures, a protocol, guidance for someone. A positive list: a
 * setting's name over the policy's title, or a "Sign-off" after it, is the policy itself.
 */
const SEPARATE_DOCUMENT =
  /^[\s#]*part\s+(?:[b-h]|[2-9]|two|three|four|five|ii|iii|iv|v)\b|\b(?:codes?\s+of\s+(?:conduct|practice|behaviour)|annexe?s?|append(?:ix|ices)|agreements?|procedures?|protocols?|guidance\s+for)\b/i;

/** Body text before a title that makes it come after a policy, when no numbered section does: a page or so. */
const SUBSTANTIAL_BODY = 1500;

/** How far under a bound document's title its own review line may stand: its first line or two. */
const UNDER_TITLE = 240;

/**
 * A second document bound into the file after the policy — a code of conduct under its own top-level title — with
 * its own next review straight under that title ("Code last updated: Sept. '24 · Next review: Sept. '25"): when that
 * date has passed it is a second overdue date, whatever the policy's own. Not a date further down the second document,
 * nor one under a section heading: those are the policy's own statements, read with the rest.
 */
function boundDocumentReviews(context: DocumentContext): void {
  const { document, asOf } = context;
  const [first, ...later] = document.outline.headings.filter((h) => h.depth === 1);
  if (!first) return;
  // After the policy's body: a numbered section stands before it, or a page or so of text does.
  const afterBody = (title: { offset: number }) =>
    document.outline.headings.some(
      (h) => h.offset > first.offset && h.offset < title.offset && NUMBERED_SECTION.test(h.text),
    ) || title.offset - first.endOffset >= SUBSTANTIAL_BODY;
  // Top-level titles that name a separate document and are no numbered section ("# 10. Review": Word's numbered
  // sections are often top-level) and no review's own heading; a few at most.
  const bound = later.filter(
    (h) =>
      !NUMBERED_SECTION.test(h.text) &&
      !REVIEW_HEADING.test(h.text) &&
      SEPARATE_DOCUMENT.test(h.text) &&
      afterBody(h),
  );
  if (bound.length === 0 || bound.length > MOST_BOUND_DOCUMENTS) return;
  const schedule = reviewSchedule(document);
  const headings = document.outline.headings;
  for (const title of bound) {
    const next = headings.find((h) => h.offset > title.offset);
    const end = Math.min(title.endOffset + UNDER_TITLE, next?.offset ?? document.text.length);
    const own = schedule.dated.filter((s) => s.offset >= title.endOffset && s.date.endOffset <= end);
    const latest = own.sort((a, b) => (a.date.date.last < b.date.date.last ? 1 : -1))[0];
    if (!latest || latest.date.date.last >= asOf) continue;
    if (latest.date.offset === schedule.due?.statement?.date.offset) continue;
    const name = title.text.replace(/^#+\s*/, "").trim();
    const [offset, endOffset] = reviewRange(document.text, latest);
    reportAt(
      context,
      offset,
      endOffset,
      `"${name}", bound into this file after the policy, was due for review by ${deadlineWords(latest.date)}, which is before ${formatUk(asOf)} — review it, have it approved, and write its new next review date`,
      { actual: latest.date.date.last, expected: `on or after ${asOf}` },
    );
  }
}

/**
 * "Review date: May 2026" in the page footer, "Next review: May 2027" in the policy: every printed page says the
 * policy is out of date, and the policy disagrees with itself. Reported once, at the footer's date.
 */
function staleRunningReview(context: DocumentContext, latest: DatedReview): void {
  const [stale] = runningReviews(
    context.document,
    (s) => s.date.date.last < context.asOf && s.date.date.last < latest.date.date.first,
  );
  if (!stale) return;
  const where = `page ${stale.region}`;
  const said = statedDateWords(stale.statement.date);
  const [offset, endOffset] = reviewRange(context.document.text, stale.statement);
  reportAt(
    context,
    offset,
    endOffset,
    `The ${where} gives the policy's review date as ${said}, which has passed (as of ${formatUk(context.asOf)}), but the policy says its next review is ${statedDateWords(latest.date)} — correct the ${where} so that every page gives the same date (or, if ${said} was right, review the policy now)`,
    { actual: stale.statement.date.date.last, expected: latest.date.date.last },
  );
}

/** The words before a label that open its field: nothing, or a sentence's or a field's end ("… team. Next review:"). */
const FIELD_OPENS = /(?:^|[.!?][ \t]|[·•|;])[\s*_]*$/;

/**
 * "It is reviewed every June … Next review: June 2026." in the policy's text, left from an earlier version, while its
 * version table's latest row gives a later date ("| v3.2 | 23/03/2026 | … | 31/03/2027 |"): the policy still states a
 * review date that has passed, and disagrees with itself. Reported once, at the text's date, as a page footer's
 * passed date is. Only a Markdown or Word table's column (the label in its header row, the date in a row below) and
 * a labelled date on a line of text above the table that opens its own field — not another document's "(next review
 * …)" in a sentence, nor the table's own older rows (history) — and only when nothing was approved or reviewed after
 * the text's date (then the text is just out of step: the policy was reviewed).
 */
function staleTextBesideTable(context: DocumentContext, latest: DatedReview): void {
  const { document, asOf } = context;
  if (document.format === "pdf" || document.format === "txt") return;
  const { text } = document;
  const lines = splitLines(text);
  const lineOf = (at: number) => lines[lineAt(lines, at)];
  const labelLine = lineOf(latest.offset);
  const dateLine = lineOf(latest.date.offset);
  if (!isTableRow(labelLine) || !isTableRow(dateLine) || labelLine.offset >= dateLine.offset) return;
  const schedule = reviewSchedule(document);
  const running = new Set(runningReviews(document).map((r) => r.statement.offset));
  const stale = schedule.dated.find((s) => {
    if ((s.kind ?? "next") !== "next" || s.offset >= labelLine.offset || running.has(s.offset)) return false;
    if (s.date.date.last >= asOf || s.date.date.last >= latest.date.date.first) return false;
    const line = lineOf(s.offset);
    if (isTableRow(line) || line.offset !== lineOf(s.date.offset).offset) return false;
    if (!FIELD_OPENS.test(text.slice(line.offset, s.offset))) return false;
    return !schedule.anchors.some((a) => a.date.date.first > s.date.date.last);
  });
  if (!stale) return;
  const said = statedDateWords(stale.date);
  const [offset, endOffset] = reviewRange(text, stale);
  reportAt(
    context,
    offset,
    endOffset,
    `The policy's text gives its next review as ${said}, which has passed (as of ${formatUk(asOf)}), though its version table's latest row gives ${statedDateWords(latest.date)} — review the policy if ${said} was right, or correct the text so that it gives the same date as the table`,
    { actual: stale.date.date.last, expected: latest.date.date.last },
  );
}

/**
 * A cell's words are another language's: a Welsh, Irish or Gaelic review word, a Welsh month with its year ("Medi
 * 2026"), or letters of a script not Latin.
 */
const OTHER_LANGUAGE = new RegExp(
  `\\b(?:${OTHER_LANGUAGE_REVIEW_WORD})|\\b(?:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\\s+(?:19|20)\\d\\d\\b|[^\\p{Script=Latin}\\P{L}]`,
  "iu",
);
function otherLanguage(cell: string): boolean {
  return OTHER_LANGUAGE.test(cell);
}

/**
 * "| Adolygiad nesaf: Medi 2026 | Next review: September 2027 |": a bilingual policy's row whose one language gives
 * the next review as a date that has passed and whose other gives the later date the policy is read by. The policy
 * disagrees with itself, and a reader of the first language takes it as out of date. Reported once, at the passed
 * date; only in one table row (a line that opens with "|"), its two dates in different cells.
 */
function staleRowHalf(context: DocumentContext, latest: DatedReview): void {
  const { text } = context.document;
  const rowStart = text.lastIndexOf("\n", latest.date.offset - 1) + 1;
  if (text[rowStart] !== "|") return;
  const rowEnd =
    text.indexOf("\n", latest.date.offset) < 0 ? text.length : text.indexOf("\n", latest.date.offset);
  const cellOf = (at: number) => text.slice(rowStart, at).split("|").length;
  const cellAt = (at: number) => {
    const start = text.lastIndexOf("|", at - 1) + 1;
    const end = text.indexOf("|", at);
    return text.slice(start, end < 0 || end > rowEnd ? rowEnd : end);
  };
  const stale = reviewSchedule(context.document).dated.find(
    (s) =>
      s.date.offset >= rowStart &&
      s.date.endOffset <= rowEnd &&
      (s.kind ?? "next") === "next" &&
      s.date.date.last < context.asOf &&
      s.date.date.last < latest.date.date.first &&
      cellOf(s.date.offset) !== cellOf(latest.date.offset) &&
      // Two languages: one cell's review words or script are another language's and the other's are not ("|
      // Adolygiad nesaf: Medi 2026 | Next review: September 2027 |"), not two English cells ("| Original next review:
      // June 2026 | Revised next review: June 2027 |", two policies' dates side by side).
      otherLanguage(cellAt(s.date.offset)) !== otherLanguage(cellAt(latest.date.offset)),
  );
  if (!stale) return;
  // The date as written too, when its words are another language's ("Medi 2026 (September 2026)").
  const words = statedDateWords(stale.date);
  const written = stale.date.text.trim();
  const said = written.toLowerCase().includes(words.toLowerCase()) ? words : `${written} (${words})`;
  const [offset, endOffset] = reviewRange(text, stale);
  reportAt(
    context,
    offset,
    endOffset,
    `One column of this row gives the policy's next review as ${said}, which has passed (as of ${formatUk(context.asOf)}), but the column beside it gives ${statedDateWords(latest.date)} — review the policy if ${words} was right, and write the same next review date in both languages`,
    { actual: stale.date.date.last, expected: latest.date.date.last },
  );
}

/** A part of the policy that may carry its own review date: an addendum, an annex, an appendix, a supplement. */
const PART_NOUN = "(?:addend(?:um|a)|annexe?|appendix|supplement)";
/** A cheap literal look before any part regex: a part noun's letters. */
const PART_LETTERS = /addend|annex|append|supplem/i;
/**
 * The part named just before a review label, in its own field: "Addendum review date", "Appendix C review date",
 * "This appendix will be reviewed", "Annex B next review" — or in the label itself ("Next annex review").
 */
const PART_BEFORE_LABEL = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?:this|the|our)\s+)?(${PART_NOUN})(?:\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b)?[\s*_:]*(?:['’]s\s+)?$`,
  "i",
);
const PART_IN_LABEL = new RegExp(String.raw`^next\s+(${PART_NOUN})\s+review`, "i");
/** A heading naming a part: "Addendum A – Online lessons", "Appendix 3: Trips", "Supplement for holiday clubs". */
const PART_HEADING = new RegExp(String.raw`^[\s#*_]*(?:\d+(?:\.\d+)*[.):]?\s+)?(${PART_NOUN})\b`, "i");
/**
 * Words that say a part no longer stands: withdrawn, superseded, revoked, expired, kept for reference only, no longer
 * applies or used, removed or to be removed.
 */
const PART_GONE =
  /\b(?:withdrawn|superseded|revoked|rescinded|archived|expired|(?:kept\s+)?for\s+reference\s+only|(?:was|were|been|is|are|will\s+be)\s+(?:now\s+)?removed|no\s+longer\s+(?:appl(?:y|ies|icable)|in\s+(?:force|effect|use|operation)|current|valid|relevant|needed|used)|ceased?\s+to\s+(?:apply|have\s+effect))\b/i;
/** How far before a review label a part noun may stand in its field. */
const PART_REACH = 40;
/** A policy with many dated review statements is not read for parts further. */
const MOST_PART_STATEMENTS = 20;

/** "Addendum", "Annexe", "Appendices": one noun for comparing a label's part with a heading's. */
function partNoun(word: string): string {
  return word.toLowerCase().slice(0, 5);
}

/**
 * A part of the policy — an addendum, annex, appendix or supplement under its own heading — that states its own
 * review date ("Addendum review date: 31/07/2020", "This appendix will be reviewed by August 2022"): when that date
 * has passed and the part is still printed, the part is overdue, whatever the policy's own review. Not a part the
 * text says was withdrawn, superseded or no longer applies (nor one struck through: its words are read as removed),
 * nor a date in a version table's history row, nor the policy's own due date (reported as the policy's).
 */
function partReviews(context: DocumentContext): void {
  const { document, asOf } = context;
  const { text } = document;
  const schedule = reviewSchedule(document);
  const headings = document.outline.headings;
  if (headings.length === 0) return;
  let looked = 0;
  for (const statement of schedule.dated) {
    if (++looked > MOST_PART_STATEMENTS) break;
    if (statement.date.date.last >= asOf) continue;
    if (statement.date.offset === schedule.due?.statement?.date.offset) continue;
    const lineStart = text.lastIndexOf("\n", statement.offset - 1) + 1;
    const before = text.slice(Math.max(lineStart, statement.offset - PART_REACH), statement.offset);
    if (!PART_LETTERS.test(before) && !PART_LETTERS.test(statement.label)) continue;
    const field = before.split(/[.!?;·•]\s|\|/).at(-1) ?? "";
    const inLabel = PART_IN_LABEL.exec(statement.label);
    const beforeLabel = inLabel ? null : PART_BEFORE_LABEL.exec(field);
    const named = inLabel?.[1] ?? beforeLabel?.[1];
    // The finding's words run from the part's name ("Addendum review date: …").
    const from = beforeLabel ? statement.offset - field.length + beforeLabel.index : statement.offset;
    if (!named) continue;
    // A table row of three cells or more is a version history's ("| 5 | 09/01/2021 | Addendum … added |").
    const lineEnd = text.indexOf("\n", statement.offset);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (/^\s*\|/.test(line) && line.split("|").length > 4) continue;
    // The part's heading: the nearest heading above that names the same part, with no heading as high between.
    let title: (typeof headings)[number] | undefined;
    let highest = Number.POSITIVE_INFINITY;
    for (let i = headings.length - 1; i >= 0; i--) {
      const h = headings[i];
      if (h.offset >= statement.offset) continue;
      if (h.depth >= highest) continue;
      // The heading as the text reads it: struck-through words are blanked there, not in the outline.
      const noun = PART_HEADING.exec(text.slice(h.offset, h.endOffset))?.[1];
      if (noun && partNoun(noun) === partNoun(named)) {
        title = h;
        break;
      }
      highest = h.depth;
    }
    if (!title) continue;
    // The part runs to the next heading as high as its own.
    const after = headings.find(
      (h) => h.offset > statement.offset && h.depth <= (title as { depth: number }).depth,
    );
    const section = text.slice(title.offset, after?.offset ?? text.length);
    if (PART_GONE.test(section)) continue;
    // Reviewed again since, or its date put back: "…; next review due October 2027" or "31/07/2021 (extended by
    // the trustees to 31/07/2027)" on the same line, "Next addendum review: July 2027" further on in the part — a date
    // still to come after the passed one, on its line or on a later line of the part that names the part and its
    // review (not the policy's own, in a footer after the part).
    const lineRest = line.slice(statement.date.offset - lineStart);
    const laterInPart = text
      .slice(lineStart + line.length, after?.offset ?? text.length)
      .split("\n")
      .filter((l) => PART_LETTERS.test(l) && /review/i.test(l));
    if ([lineRest, ...laterInPart].some((l) => findDates(l).some((d) => d.date.last >= asOf))) continue;
    const name = text
      .slice(title.offset, title.endOffset)
      .replace(/^[\s#*_]+|[\s*_]+$/g, "")
      .trim();
    const when = `${statement.date.date.precision === "day" ? "on" : "by"} ${deadlineWords(statement.date)}`;
    const [, endOffset] = reviewRange(text, statement);
    reportAt(
      context,
      Math.min(from, statement.date.offset),
      endOffset,
      `${name}, still part of this policy, was due for review ${when}, which is before ${formatUk(asOf)} — review it and write its new review date, or take it out of the policy (or mark it withdrawn) if it no longer applies`,
      { actual: statement.date.date.last, expected: `on or after ${asOf}` },
    );
  }
}
