/**
 * training-stale (held-out set zz150), in our own words; every name is invented. A club's training paragraph names a
 * course, then one volunteer's own date for it: "Most helpers did the first aid and safeguarding awareness course
 * together in March 2025; Dot Fairweather, who runs the Tuesday choir, last did it in May 2023 and is booked on the
 * next one." "it" is the course just named, and May 2023 is her record (36 months: lapsed at the end of May 2026);
 * a booking is no record. "last did it in" with no course named before it stays quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const asOf = "2026-12-01";
const policy = (paragraph: string) =>
  [
    "# Larkspur Lane Community Choir – Safeguarding",
    "",
    "Safeguarding Lead: Wynne Castellow · 07700 900 301",
    "",
    "## Training",
    "",
    paragraph,
    "",
  ].join("\n");

describe("training-stale: 'NAME, who …, last did it in DATE' after a course", () => {
  it("reports the person's own lapsed date for the course just named", () => {
    const text = policy(
      "Every helper completes the awareness course and repeats it every three years. Most helpers did the awareness course together in March 2025; Dot Fairweather, who runs the Tuesday choir, last did it in May 2023 and is booked on the next course.",
    );
    // A PDF's text breaks the sentence's lines where the page does.
    const wrapped = text.replace("who runs the Tuesday ", "who runs the Tuesday\n");
    for (const doc of [markdownDocument(text), pdfDocument(text), pdfDocument(wrapped)]) {
      const findings = run(trainingStale, doc, asOf);
      expect(findings.length).toBe(1);
      expect(findings[0].message).toContain("May 2023");
      expect(findings[0].message).toContain("Dot Fairweather");
    }
  });
  it("stays quiet with no course named before, or a date still in time", () => {
    for (const paragraph of [
      "Dot Fairweather, who runs the Tuesday choir, last did it in May 2023 and is booked on the next course.",
      "Most helpers did the awareness course together in March 2025; Dot Fairweather, who runs the Tuesday choir, last did it in May 2024.",
    ])
      expect(run(trainingStale, markdownDocument(policy(paragraph)), asOf), paragraph).toEqual([]);
  });
});
