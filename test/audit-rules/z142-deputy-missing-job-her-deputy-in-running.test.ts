/**
 * deputy-missing and training-missing (review of the forty-second session's "The X is her deputy", in our own words;
 * every name is invented). A junior school names its lead, the head, then says "The Deputy Principal's job, the
 * Assistant Principal, is her deputy in running the school day to day": a deputy in running the school, not in
 * safeguarding. The Assistant Principal's holder, named on a label line, is no deputy lead (no training asked of him,
 * and the policy still names no deputy). "Her deputy" is the lead's deputy only where it ends its clause ("is her
 * deputy.", "is her deputy when she is away") or goes on "for safeguarding" or "for <something> matters". Near misses
 * that must still name the deputy: those endings.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const school = (sentence: string) =>
  markdownDocument(
    [
      "# Thornbury Junior School — Child Protection Policy",
      "",
      "Approved by the governing body on 4 February 2026. Next review: February 2027.",
      "",
      `The Designated Safeguarding Lead is Mrs Petra Lindqvist, our Principal. ${sentence}`,
      "",
      "**Assistant Principal:** Mr Osian Featherstone",
      "",
      "Mrs Lindqvist completed DSL training in November 2025.",
      "",
    ].join("\n"),
  );

const NOT_SAFEGUARDING = [
  "The Assistant Principal is her deputy in running the school day to day and leads on attendance.",
  "The Assistant Principal is her deputy as head of the upper school.",
  "The Assistant Principal is her deputy on the senior leadership team.",
  "The Assistant Principal is also her deputy in all curriculum matters.",
];

describe("deputy-missing: 'is her deputy in running the school' is no deputy lead", () => {
  it("asks no training of the job's holder and still finds no deputy (Markdown and Word)", () => {
    for (const sentence of NOT_SAFEGUARDING) {
      const md = school(sentence);
      expect(run(trainingMissing, md), sentence).toEqual([]);
      expect(run(deputyMissing, md), sentence).toHaveLength(1);
    }
    const word = wordDocument(
      [
        "<h1>Thornbury Junior School — Child Protection Policy</h1>",
        "<p>Approved by the governing body on 4 February 2026. Next review: February 2027.</p>",
        `<p>The Designated Safeguarding Lead is Mrs Petra Lindqvist, our Principal. ${NOT_SAFEGUARDING[0]}</p>`,
        "<p><strong>Assistant Principal:</strong> Mr Osian Featherstone</p>",
        "<p>Mrs Lindqvist completed DSL training in November 2025.</p>",
      ].join("\n"),
    );
    expect(run(trainingMissing, word)).toEqual([]);
    expect(run(deputyMissing, word)).toHaveLength(1);
  });

  it("still names the deputy where 'her deputy' ends its clause or is for safeguarding", () => {
    for (const sentence of [
      "The Assistant Principal is her deputy.",
      "The Assistant Principal is her deputy; he is on site every day.",
      "The Assistant Principal is her deputy when she is away.",
      "The Assistant Principal is her deputy for safeguarding.",
      "The Assistant Principal is her deputy for child protection matters.",
    ])
      expect(run(deputyMissing, school(sentence)), sentence).toEqual([]);
  });
});
