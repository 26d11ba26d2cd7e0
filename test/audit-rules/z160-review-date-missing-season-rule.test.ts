/**
 * review-date-missing (held-out zz169), in our own words; every name is invented. As of 1 December 2026.
 * An adoption date and a review rule in one sentence that the writer wrapped by hand between "on" and the date:
 * "This policy was adopted by the Committee at its pre-season meeting on" / "5 August 2026, and is reviewed before
 * the start of every season." The line break inside the sentence reads as a space (as it does before a lower-case
 * word): the rule is the policy's, the adoption its date, so the review is due a season (a year) later — no
 * review-date-missing, and none overdue (due 5 August 2027). The same with the break inside the date ("on 5" /
 * "August 2026"), and with "each season", "every year".
 * Stays as it is: the same wrapped sentence with an adoption a year earlier is overdue; a new paragraph after the
 * date (a blank line) is another sentence; a numbered list item on the next line starts no sentence's rest.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (review: string) =>
  markdownDocument(
    [
      "# Fernhill & District Junior League — Safeguarding Policy",
      "",
      "## 1. Who to contact",
      "",
      "League Welfare Officer: Mrs Nerys Quill (07700 900 611)",
      "",
      "Deputy Welfare Officer: Mr Bram Oakes-Tilley (07700 900 612)",
      "",
      "## 9. Review",
      "",
      review,
      "",
    ].join("\n"),
  );

const findings = (review: string) =>
  [...run(reviewDateMissing, policy(review)), ...run(reviewOverdue, policy(review))].map((f) => f.message);

describe("an adoption date and a season's review rule, the sentence wrapped before the date", () => {
  for (const review of [
    "This policy was adopted by the League Committee at its pre-season meeting on\n5 August 2026, and is reviewed before the start of every season.",
    "This policy was adopted by the League Committee on\n5 August 2026 and is reviewed each season.",
    "This policy was adopted by the League Committee on 5\nAugust 2026, and is reviewed before the start of every season.",
    "Adopted by the committee on\n5 August 2026 and reviewed every year.",
    "The committee adopted this policy at its pre-season meeting on\n5 August 2026. It is reviewed before the start of every season.",
  ])
    it(`is due a year after the adoption: ${JSON.stringify(review)}`, () => {
      expect(findings(review)).toEqual([]);
    });
});

describe("stays as it is", () => {
  it("the same wrapped sentence with an adoption a year earlier is overdue", () => {
    const found = findings(
      "This policy was adopted by the League Committee at its pre-season meeting on\n5 August 2025, and is reviewed before the start of every season.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/5 August 2026/);
  });

  it("a review rule with no adoption date still says nothing of when", () => {
    expect(findings("This policy is reviewed before the start of every season.")).toHaveLength(1);
  });
});
