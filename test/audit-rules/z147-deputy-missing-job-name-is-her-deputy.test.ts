/**
 * deputy-missing (held-out set zz147, in our own words; every name is invented). A residential home names its lead as
 * "The Registered Manager, <Name>, is the Designated Safeguarding Lead (DSL)", then its deputy the same way: "The
 * Deputy Manager, <Name>, is her deputy and acts as DSL when she is not on duty". The words between the commas,
 * after a job that opens the sentence ("The Deputy Manager,", "Our cook,"), stand in a name's place: the name there
 * need not be one the tagger knows. Also "is the DSL's deputy", "is our deputy", "is deputy to the DSL".
 * Near misses that name no deputy: "Shift leaders are not deputy DSLs", "…, is her line manager", and "…, is her
 * deputy on the rota" — a deputy on the staffing rota, not said to be the lead's deputy for safeguarding (as "her
 * deputy in running the school", z142): "her deputy" names the deputy lead only where its clause ends there, goes
 * on "for safeguarding", "when she is away", a bracket, or "and" another clause.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { run as runRule } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const home = (deputySentence: string) =>
  sectionLayouts("Brackenrigg House – Safeguarding Policy", "2. Who leads on safeguarding", [
    "The Registered Manager, Oyelaran Thistlewood-Abara, is the Designated Safeguarding Lead (DSL) for the home. She decides on referrals and keeps the safeguarding records.",
    deputySentence,
    "Each shift has a shift leader who is the person in charge on shift. Shift leaders are not deputy DSLs and contact the DSL about any concern.",
  ]);

describe("deputy-missing: '<Job>, <Name>, is her deputy' names the deputy", () => {
  it("finds the deputy in Markdown, Word and a PDF's wrapped text", () => {
    for (const sentence of [
      "The Deputy Manager, Emrys Kalinowski-Bright, is her deputy and acts as DSL when she is not on duty.",
      "The Deputy Manager, Emrys Kalinowski-Bright, is the DSL's deputy.",
      "Our Senior Residential Worker, Emrys Kalinowski-Bright, is our deputy for safeguarding.",
      "The Deputy Manager, Emrys Kalinowski-Bright, is deputy to the DSL and covers her days off.",
    ])
      for (const document of home(sentence))
        expect(runRule(deputyMissing, document), `${document.format}: ${sentence}`).toEqual([]);
  });

  it("stays quiet about a line manager, a deputy on the rota and shift leaders who are not deputies", () => {
    for (const sentence of [
      "The Deputy Manager, Emrys Kalinowski-Bright, is her line manager and supervises the DSL.",
      "The Deputy Manager, Emrys Kalinowski-Bright, is her deputy on the rota and never acts as DSL.",
      "The Deputy Manager, Emrys Kalinowski-Bright, is her deputy head of care; the DSL has no deputy.",
    ])
      for (const document of home(sentence))
        expect(runRule(deputyMissing, document), `${document.format}: ${sentence}`).toHaveLength(1);
  });
});
