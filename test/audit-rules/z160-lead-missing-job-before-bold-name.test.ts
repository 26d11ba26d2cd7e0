/**
 * lead-missing (held-out zz169), in our own words; every name is invented. As of 1 December 2026.
 * A school names its lead in running text with her job in apposition before her name, the name in bold: "The
 * school's Designated Safeguarding Lead is the Principal, **Ysolde Quenby-Hart**. Any worry … should go to Ysolde".
 * Now counts: after "ROLE is the/our JOB, " (a job of job words: "the Principal", "our Manager") the name is the
 * holder's though bold marks open it (Markdown's "**", "__"), as it was without them.
 * Stays as it is: a job with no name after its comma ("is the Principal, who …"); a place or a team after it ("is the
 * Principal, **Juniper House**"); a lower-case phrase that is no job ("is the first port of call, and …").
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "The Quillon School of Dance — Safeguarding Policy";
const HEADING = "Who leads on safeguarding?";
const DEPUTY =
  "Our senior teacher, Dai Treharne-Lewis, is the Deputy Designated Safeguarding Lead (07700 900 631).";

const layouts = (lead: string): SourceDocument[] => sectionLayouts(TITLE, HEADING, [lead, DEPUTY]);
const missing = (document: SourceDocument) => run(leadMissing, document).map((f) => f.message);

describe("a job in apposition before the lead's name", () => {
  for (const lead of [
    "The school's Designated Safeguarding Lead is the Principal, **Ysolde Quenby-Hart**. Any worry about a pupil, however small, should go to Ysolde, in person or on 07700 900 630.",
    "Our Designated Safeguarding Lead is our Principal, **Ysolde Quenby-Hart** (07700 900 630).",
    "The school's Designated Safeguarding Lead is the studio manager, Ysolde Quenby-Hart (07700 900 630).",
  ])
    it(`is named: ${lead}`, () => {
      for (const document of layouts(lead)) expect(missing(document), document.format).toEqual([]);
    });
});

// Not yet (session 50, p2): a job whose words are not all job words ("Studio Director", "head of dance") before the
// bold name. Reading any job there (isJob after "is the"/"is our") named zz99-hollowmere's lead ("is the Supported
// Lodgings Team Manager, Petra …") whose course is in a "Both completed …" sentence the training reader gives only to
// the deputy on the line above: a new false training-missing. Needs "Both" read as the two leads first.
describe("a job of other words before the bold name (todo)", () => {
  it.todo(
    "The Designated Safeguarding Lead is the Studio Director, __Ysolde Quenby-Hart__, who is at the studio.",
  );
  it.todo("Our Designated Safeguarding Lead is the head of dance, **Ysolde Quenby-Hart**, on 07700 900 630.");
});

describe("stays as it is", () => {
  for (const [what, lead] of [
    [
      "no name after the comma",
      "The school's Designated Safeguarding Lead is the Principal, who can be reached on 07700 900 630.",
    ],
    [
      "a place after the comma",
      "The school's Designated Safeguarding Lead is the Principal, **Juniper House**, on 07700 900 630.",
    ],
    [
      "no job before the comma",
      "The Designated Safeguarding Lead is the first port of call, and **Juniper House** keeps the records.",
    ],
  ])
    it(`the lead is not named: ${what}`, () => {
      for (const document of layouts(lead)) expect(missing(document), document.format).toHaveLength(1);
    });
});
