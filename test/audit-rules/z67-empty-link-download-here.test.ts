/**
 * empty-link (held-out set zz67), in our own words; every name is invented. "Download the concern form here and send
 * it to the DSL": the Word file linked "here" to "#", which a PDF keeps with no link at all. Nothing can be downloaded
 * from paper, so "download … here" is a link's words even when the sentence goes on after "here" with its next step
 * (", fill it in", "and send it …"). Other verbs' "here" ends its sentence to be a link's, as before; "here" going on
 * to a place ("here at reception") is no link's.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const steps = (step: string) =>
  [
    "4. Write down what you saw or heard, in the young person's words, and sign it.",
    step,
    "6. Do not investigate yourself.",
  ].join("\n");

describe("empty-link: 'download … here' with the sentence going on", () => {
  it("reports the words in a PDF's text, with the next step after them", () => {
    for (const [step, words] of [
      [
        "5. Download the concern form here and send it to the Welfare Officer within 24 hours.",
        "Download the concern form here",
      ],
      [
        "5. Download the record form here, fill it in and hand it to the DSL.",
        "Download the record form here",
      ],
    ]) {
      const pdf = pdfDocument(steps(step));
      expect(found(run(emptyLink, pdf), pdf), step).toEqual([words]);
    }
  });

  it("leaves a link over the words, a place after 'here' and other verbs' 'here' with more to say", () => {
    const linked = markdownDocument(
      `${steps("5. Download the concern form [here](https://example.org/form) and send it to the DSL.")}\n`,
    );
    expect(run(emptyLink, linked)).toEqual([]);
    for (const step of [
      "5. Download the concern form here at the clubhouse computer, or ask the Welfare Officer for one.",
      "5. Report to the office here and sign the visitors' book.",
      "5. Complete the record here and on the club's log.",
    ]) {
      const pdf = pdfDocument(steps(step));
      expect(run(emptyLink, pdf), step).toEqual([]);
    }
  });
});
