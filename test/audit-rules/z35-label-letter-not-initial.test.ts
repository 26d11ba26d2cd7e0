/**
 * A capital letter with a full stop is not always a person's initial. After a label's word it is the label's
 * ("the form in Appendix B. Pass it to the Welfare Officer"), and a capitalised verb with its object after it starts
 * the next sentence ("… Annex C. Send it to …"): neither is "B. Pass", a lead to be named with training. A title or
 * a bracketed role keeps an initial and a surname a person ("Mrs B. Patel", "B. Patel (DSL)"). From the thirty-fifth
 * held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/training-missing.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function missing(text: string): string[] {
  return excerpts(checkText(rule, text, { asOf }), text);
}

const policy = (sentence: string) =>
  [
    "# Riverside Gymnastics Club — Safeguarding Policy",
    "",
    "Our Welfare Officer is Dana Whitfield; her deputy is Omar Keane.",
    "",
    "## What to do",
    "",
    sentence,
    "",
    "## Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Dana Whitfield | Safeguarding and Protecting Children | 04/03/2026 |",
    "| Omar Keane | Safeguarding and Protecting Children | 11/06/2026 |",
    "",
  ].join("\n");

describe("a letter after a label's word, then the next sentence", () => {
  const sentences = [
    "Write down what the child said on the record sheet in Appendix B. Pass it to the Welfare Officer the same day.",
    "Use the incident template at Annex C. Send it to the Welfare Officer within 24 hours.",
    "Fill in the body map in Part D. Give this to the Welfare Officer before you leave.",
    "Keep a note as shown in Section E. Hand the note to the Welfare Officer straight away.",
    // The letter after a label's word, whatever follows it.
    "The blank forms are kept in Appendix B. Marsh, our Welfare Officer, keeps the completed ones.",
    // No label's word: a capitalised verb and its object start the next sentence.
    "Take the child somewhere quiet, such as Studio C. Pass it to the Welfare Officer at once.",
  ];
  for (const sentence of sentences)
    it(`names nobody new: ${sentence}`, () => {
      expect(missing(policy(sentence))).toEqual([]);
    });
});

describe("near misses: an initial and a surname stay a person", () => {
  it("with a title", () => {
    expect(missing(policy("If Dana is away, Mrs B. Patel is the Welfare Officer for the day."))).toEqual([
      "Mrs B. Patel",
    ]);
  });

  it("with a bracketed role", () => {
    expect(missing(policy("At the Eastgate site, report to B. Patel (Welfare Officer)."))).toEqual([
      "B. Patel",
    ]);
  });
});
