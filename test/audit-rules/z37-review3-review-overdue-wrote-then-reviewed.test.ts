/**
 * review-overdue (review of the thirty-seventh session), in our own words; every name is invented; as of 1 December
 * 2026. "I wrote this policy in DATE" dates the policy only when nothing later in its paragraph says it was reviewed
 * since: "… and have reviewed it every year since, most recently in October 2026" or a later "Reviewed: DATE" is
 * the policy's last review, not a yearly review overdue from when it was first written. Stays quiet case kept: the
 * written date alone, with a yearly review, is still overdue.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (review: string): SourceDocument =>
  markdownDocument(
    [
      "# Safeguarding Policy – Odile Farrant Swimming Tuition",
      "",
      "## About this policy",
      "",
      `I teach swimming to children at the Brackwater pool and I am the safeguarding lead for my lessons. ${review}`,
      "",
    ].join("\n"),
  );
const overdue = (review: string) => run(reviewOverdue, policy(review)).map((f) => f.message);

describe("'I wrote this policy in DATE' with a later review in its paragraph", () => {
  it("a later review in the same paragraph is the last review, not the written date", () => {
    for (const text of [
      "I wrote this policy in April 2018 and I have reviewed it every year since, most recently in October 2026.",
      "I wrote this policy in April 2018 and I review it every year. Reviewed: 2/10/2026.",
      "I wrote this policy in April 2018 and have reviewed it each year since; last reviewed 2 October 2026.",
    ])
      expect(overdue(text), text).toEqual([]);
  });

  it("a later review long past still makes it overdue, counted from that review", () => {
    const found = overdue(
      "I wrote this policy in April 2018 and I have reviewed it every year since, most recently in October 2024.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("October 2024");
  });

  it("a version line heading the policy, dated after it was written, is its date", () => {
    const dated = (version: string) =>
      run(
        reviewOverdue,
        markdownDocument(
          `# Safeguarding Policy – Odile Farrant Swimming Tuition\n\n${version}\n\nI wrote this policy in 2018 and I review it every year.\n`,
        ),
      ).map((f) => f.message);
    expect(dated("Version 5 · October 2026")).toEqual([]);
    expect(dated("Version 5 · October 2024")).toHaveLength(1);
    expect(dated("Version 5 · October 2024")[0]).toContain("October 2024");
  });

  it("stays as it was: the written date alone, with a yearly review, is overdue", () => {
    const found = overdue("I wrote this policy on the 9th of April 2025 and I review it every year.");
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("written 9 April 2025");
  });
});
