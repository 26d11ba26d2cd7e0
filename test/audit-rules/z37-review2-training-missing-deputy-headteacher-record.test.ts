/**
 * training-missing (review of the thirty-seventh session), in our own words; every name is invented. "The deputy
 * completed …" is the named deputy DSLs' record by role (zz121): neither of two deputies is reported. But "Our deputy
 * headteacher completed safer recruitment training" or "The deputy head attended …" is another deputy's — a school's
 * senior leader — and records nothing for the deputy DSLs: they are still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const lead = "Designated Safeguarding Lead: Harriet Quayle (01632 960 520)";
const deputies =
  "Deputy Designated Safeguarding Leads: Lorcan Pettifer (01632 960 521) and Yasmin Oduya (01632 960 522)";
const list = "- Harriet Quayle – Level 3 DSL course – completed 12/05/2026";
const intro = "All staff complete safeguarding training at induction and every year after.";

const markdown = (sentence: string) =>
  markdownDocument(
    [
      "# Wrenfield Primary School – Safeguarding Policy",
      "",
      "## 1. Who leads on safeguarding",
      "",
      lead,
      "",
      deputies,
      "",
      "## 3. Training",
      "",
      `${intro} ${sentence}`,
      "",
      list,
      "",
    ].join("\n"),
  );
const word = (sentence: string) =>
  wordDocument(
    `<h1>Wrenfield Primary School – Safeguarding Policy</h1><h2>1. Who leads on safeguarding</h2><p>${lead}</p><p>${deputies}</p><h2>3. Training</h2><p>${intro} ${sentence}</p><ul><li>${list.slice(2)}</li></ul>`,
  );

describe("training-missing: another deputy's training is not the deputy DSLs' record", () => {
  it("still reports both deputy DSLs after a deputy headteacher's or deputy head's record (Markdown, Word)", () => {
    for (const sentence of [
      "Our deputy headteacher completed safer recruitment training in March 2025.",
      "The deputy head attended a safer recruitment course in March 2025.",
    ])
      for (const doc of [markdown(sentence), word(sentence)])
        expect(found(run(trainingMissing, doc), doc), sentence).toEqual(["Lorcan Pettifer", "Yasmin Oduya"]);
  });
  it("stays quiet when 'the deputy' completed the course: it may be either deputy DSL's", () => {
    for (const sentence of [
      "The deputy completed Designated Safeguarding Lead training (Level 3) in March 2025.",
      "Our deputy attended the Designated Safeguarding Lead course (Level 3) in March 2025.",
    ])
      for (const doc of [markdown(sentence), word(sentence)])
        expect(run(trainingMissing, doc), sentence).toEqual([]);
  });
});
