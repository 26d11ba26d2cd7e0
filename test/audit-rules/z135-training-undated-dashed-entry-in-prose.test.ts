/**
 * training-undated (held-out set zz135), in our own words; every name is invented; as of 1 December 2026. A training
 * paragraph of sentences, one of which is a person's entry between dashes with its date left to fill in: "Mrs Oyelaran
 * completed the two-day DSL course on 04/02/2025. Mr Quillan — Designated Safeguarding Lead training – date." — Mr
 * Quillan's course is undated, as it is on a line of its own. Near misses: the same entry with its date ("– 11/06/2025")
 * and a rule's sentence ("All staff — safeguarding training at induction – date set by the office.") are not.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const lines = (training: string) => [
  "Child Protection Policy",
  "2.1 Designated Safeguarding Lead: Mrs Funmi Oyelaran, Head of Centre (01632 960 701).",
  "2.2 Deputy Designated Safeguarding Lead: Mr Declan Quillan, Site Lead (01632 960 702).",
  `2.3 Training: Mrs Oyelaran completed the two-day DSL course on 04/02/2025. ${training} All other staff complete safeguarding training at induction.`,
];
const md = (training: string) => markdownDocument(lines(training).join("\n\n"));
const docx = (training: string) =>
  wordDocument(
    lines(training)
      .map((l) => `<p>${l}</p>`)
      .join(""),
  );

describe("a dashed entry with its date left blank, inside a paragraph of sentences", () => {
  it.each([
    ["md", md],
    ["docx", docx],
  ] as const)("is undated (%s)", (_, make) => {
    const document = make("Mr Quillan — Designated Safeguarding Lead training – date.");
    expect(found(run(trainingUndated, document), document)).toEqual([
      "Mr Quillan — Designated Safeguarding Lead training – date",
    ]);
  });

  it("stays quiet when the entry has its date", () => {
    expect(
      run(trainingUndated, md("Mr Quillan — Designated Safeguarding Lead training – 11/06/2025.")),
    ).toEqual([]);
  });

  it("stays quiet for a group's sentence", () => {
    expect(
      run(trainingUndated, md("All staff — safeguarding training at induction – date set by the office.")),
    ).toEqual([]);
  });
});
