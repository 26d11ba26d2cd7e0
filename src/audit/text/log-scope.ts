/**
 * Whose training a policy's training log holds, by the words that introduce it: "Training completed by the academy
 * DSLs is logged centrally:", "Training of our DSLs:", "The school DSLs' training is logged by the trust office:",
 * "Training undertaken by each school's designated safeguarding lead is recorded here:" over the leads' records — the
 * designated leads' training, said so. A log introduced by no group ("Training record:", "Staff training:"), by
 * another ("… by our safeguarding team …") or by the leads with others ("… by the DSLs and their deputies …", a
 * sentence that speaks of deputies at all) is no such log.
 */
import type { Block } from "../document/blocks.js";

/** The places a group of leads belongs to: "the academy DSLs", "each school's designated safeguarding lead". */
const SITE =
  "(?:academy|academies|school|schools|site|sites|setting|settings|nursery|nurseries|club|clubs|centre|centres|branch|branches|trust|local)";
/** The designated leads as a group, in the plural. */
const LEADS = String.raw`(?:DSLs|designated\s+safeguarding\s+leads|designated\s+leads|designated\s+persons)`;
/** The leads, each of them: "each school's designated safeguarding lead", "every academy's DSL". */
const EACH_LEAD = String.raw`(?:each|every)\s+${SITE}['’]s\s+(?:DSL|designated\s+(?:safeguarding\s+)?lead|designated\s+person)\b`;
const GROUP = String.raw`(?:(?:the|our|its|their|all)\s+)?(?:${SITE}\s+)?${LEADS}|${EACH_LEAD}`;

/**
 * The training of the group, the group's words ending a clause (a verb or a colon after them, not "and their
 * deputies"): "Training completed by the academy DSLs is logged", "the training record of its designated
 * safeguarding leads below", "Training of our DSLs:"; or the group's possessive: "The school DSLs' training".
 */
const LEADS_TRAINING = new RegExp(
  String.raw`\btraining(?:\s+(?:records?|log))?\s+(?:(?:completed|undertaken|attended|done|received)\s+)?(?:by|of|for)\s+(?:${GROUP})(?=\s+(?:is|are|was|were|has|have|below|here)\b|[^\S\n]*(?:[:.]|$))|\b(?:the|our|its)\s+(?:${SITE}\s+)?(?:DSLs|designated\s+(?:safeguarding\s+)?leads)['’]\s+(?:safeguarding\s+)?training\b`,
  "iu",
);
/** Others in the introduction's words: deputies or a team, whose training the log may hold too. */
const OTHERS = /\bdeput|\bteams?\b/i;
/** A sentence about a log: a colon before it, or words for where the training is kept. */
const ABOUT_LOG =
  /:$|\b(?:log|logged|records?|recorded|listed|below|here|kept|held|following|shown|set\s+out)\b/i;
/** A sentence's end, or a paragraph's. */
const SENTENCE_BREAK = /(?<=[.!?:])\s+|\n[^\S\n]*\n/;

/** Whether words introducing a log say it holds the designated leads' training, theirs alone. */
export function leadsOnlyIntroduction(words: string): boolean {
  const sentence = words.replace(/[*_#]/g, "").replace(/\s+/g, " ").trim();
  if (OTHERS.test(sentence) || !LEADS_TRAINING.test(sentence)) return false;
  // A heading or a label (no full stop) introduces what follows; a sentence must speak of the log.
  return !/[.!?]$/.test(sentence) || ABOUT_LOG.test(sentence);
}

/** The last sentence (or heading, or label) in the words before `start`, after the nearest heading `from`. */
function lastSentence(text: string, from: number, start: number): string {
  const window = text.slice(Math.max(from, start - 400), start).replace(/[\s|]+$/, "");
  return window.split(SENTENCE_BREAK).at(-1) ?? "";
}

/** Where something a log holds begins, and ends. */
interface Span {
  offset: number;
  endOffset: number;
}

/**
 * The records, of those given, that lie in a log whose introduction says it holds the designated leads' training
 * (leadsOnlyIntroduction): the words before the table holding them, or before the run of records they open (records
 * a line apart, or with only a name's line between). `headings`: the document's headings' offsets, in order — the
 * introduction is under the nearest one.
 */
export function inLeadsOnlyLog<T extends Span>(
  text: string,
  blocks: readonly Block[],
  headings: readonly number[],
  records: readonly T[],
): Set<T> {
  const tables = blocks.filter((b) => b.kind === "table").sort((a, b) => a.offset - b.offset);
  const sorted = [...records].sort((a, b) => a.offset - b.offset);
  const found = new Set<T>();
  let start = -1;
  let previous: T | undefined;
  // The tables and headings walked once, with the records in order.
  let t = 0;
  let h = 0;
  for (const record of sorted) {
    while (t < tables.length && (tables[t]?.endOffset ?? 0) <= record.offset) t++;
    const table = tables[t] && (tables[t]?.offset ?? 0) <= record.offset ? tables[t] : undefined;
    const gap = previous ? text.slice(previous.endOffset, record.offset) : undefined;
    if (table) start = table.offset;
    else if (gap === undefined || gap.length > 80 || /[.!?:;]/.test(gap)) start = record.offset;
    previous = record;
    while (h < headings.length && (headings[h] ?? 0) < start) h++;
    if (leadsOnlyIntroduction(lastSentence(text, headings[h - 1] ?? 0, start))) found.add(record);
  }
  return found;
}
