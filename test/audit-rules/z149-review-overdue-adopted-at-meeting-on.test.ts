/**
 * review-overdue and review-date-missing (forty-fourth session), in our own words; every name is invented; as of 1
 * December 2026. A sentence that starts with the adoption itself, with no subject, and names the meeting and its date
 * ("Adopted at the Annual Meeting of the Council on 15 May 2025.", "Approved by the Board at its meeting on 3 March
 * 2025.") dates the policy, as does a council's resolution to adopt this policy on a date ("Resolved to adopt this
 * policy on 15 May 2025."). With "reviewed annually" the policy is due a year later. Stays quiet: a resolution to
 * have a policy written ("Resolved to adopt a safeguarding policy … and delegate its drafting to the Clerk") is no
 * adoption of this one, and a minute number ("Minute 24/117") is no date; a sentence that goes on past the date
 * about something else ("Approved at the meeting on 15 May 2025 was the purchase of …") is not the policy's adoption.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const body = (adoption: string) => [
  "Minute 23/208: Resolved to adopt a safeguarding policy for the Thornlow Junior Forum and delegate its drafting to the Clerk.",
  `${adoption} This policy is reviewed annually at the Annual Meeting of the Council.`,
  "The council's safeguarding lead is the Clerk, Mr Idris Valcourt-Penn, 01632 960112.",
];
const markdown = (adoption: string): SourceDocument =>
  markdownDocument(
    [
      "# Thornlow Parish Council — Safeguarding Policy",
      "",
      "## 1. Adoption",
      "",
      ...body(adoption).flatMap((p) => [p, ""]),
    ].join("\n"),
  );
const word = (adoption: string): SourceDocument =>
  wordDocument(
    `<h1>Thornlow Parish Council — Safeguarding Policy</h1><h2>1. Adoption</h2>${body(adoption)
      .map((p) => `<p>${p}</p>`)
      .join("")}`,
  );
const pdf = (adoption: string): SourceDocument =>
  pdfDocument(["Thornlow Parish Council — Safeguarding Policy", "1. Adoption", ...body(adoption)].join("\n"));

const layouts = [markdown, word, pdf];

describe("an adoption sentence naming the meeting and its date", () => {
  it("is the policy's date: reviewed annually, it is overdue a year on", () => {
    for (const adoption of [
      "Minute 24/051: Resolved to adopt this policy. Adopted at the Annual Meeting of the Council on 15 May 2025.",
      "Approved by the Parish Council at its meeting on 15 May 2025.",
      "Ratified at the full council meeting on 15 May 2025.",
      "Minute 24/051: Resolved to adopt this policy on 15 May 2025.",
    ])
      for (const layout of layouts) {
        const document = layout(adoption);
        const found = run(reviewOverdue, document).map((f) => f.message);
        expect(found, `${layout.name}: ${adoption}`).toHaveLength(1);
        expect(found[0], adoption).toContain("15 May 2025");
        expect(run(reviewDateMissing, document), `${layout.name}: ${adoption}`).toEqual([]);
      }
  });

  it("a recent adoption is not overdue", () => {
    for (const layout of layouts) {
      const document = layout("Adopted at the Annual Meeting of the Council on 14 May 2026.");
      expect(run(reviewOverdue, document)).toEqual([]);
      expect(run(reviewDateMissing, document)).toEqual([]);
    }
  });

  it("stays quiet: a resolution to have a policy written, or a sentence that goes on about something else", () => {
    for (const adoption of [
      "Minute 24/051: Resolved to adopt a safeguarding policy on 15 May 2025 and delegate its drafting to the Clerk.",
      "The forum meets monthly. Approved at the meeting on 15 May 2025 was the purchase of a new shelter.",
      "The forum meets monthly. Agreed at the council meeting on 15 May 2025.",
    ])
      for (const layout of layouts)
        expect(run(reviewOverdue, layout(adoption)), `${layout.name}: ${adoption}`).toEqual([]);
  });
});
