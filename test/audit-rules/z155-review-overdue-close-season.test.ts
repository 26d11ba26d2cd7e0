/**
 * review-overdue (forty-fifth session, a hand-written football club policy), in our own words; every name is
 * invented. As of 1 December 2026.
 *
 * Pattern: a sports club's policy "agreed by the club committee on 3 July 2025 and reviewed each close season" (or
 * "every close season", "each off-season", "in the close season each year", "during the summer break each year"). A
 * club's close season — the break between two playing seasons — comes once a year, so this is a yearly review: due
 * 3 July 2026, overdue — not "no review date". The same as "each pre-season" and "at each AGM" already read.
 *
 * Stays as it is: the close season named as when something else happens ("close-season training", "a close season
 * tournament", "a meeting in the close season") is no review rule of the policy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const findings = (document: SourceDocument) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    run(rule, document).map((f) => [rule.meta.id, f.message]),
  );

const CONTACT = "Club Welfare Officer: Mrs Orla Pennick (07700 900631)";

const markdown = (review: string) =>
  markdownDocument(
    [
      "# Thornbury Wanderers Youth FC",
      "",
      "## 2. Who to contact",
      "",
      CONTACT,
      "",
      "## 6. Review",
      "",
      review,
      "",
    ].join("\n"),
  );
const word = (review: string) =>
  wordDocument(
    [
      "<h1>Thornbury Wanderers Youth FC</h1>",
      "<h2>2. Who to contact</h2>",
      `<p>${CONTACT}</p>`,
      "<h2>6. Review</h2>",
      `<p>${review}</p>`,
    ].join(""),
  );

describe("review-overdue: a yearly review each close season", () => {
  for (const review of [
    "This policy was agreed by the club committee on 3 July 2025 and is reviewed each close season.",
    "This policy was agreed by the club committee on 3 July 2025 and is reviewed every close season.",
    "This policy was agreed by the club committee on 3 July 2025 and is reviewed each close-season by the committee.",
    "This policy was agreed by the club committee on 3 July 2025 and is reviewed each off-season.",
    "This policy was agreed by the club committee on 3 July 2025 and is reviewed in the close season each year.",
    "This policy was agreed by the club committee on 3 July 2025 and is reviewed during the summer break each year.",
  ])
    it(`reads "${review}" as a yearly review`, () => {
      for (const document of [markdown(review), word(review)])
        expect(findings(document), document.format).toEqual([
          ["review-overdue", expect.stringMatching(/3 July 2025.*every year.*3 July 2026/)],
        ]);
    });
});

describe("stays as it is", () => {
  for (const review of [
    "This policy was agreed by the club committee on 3 July 2025 and is explained to coaches at each close-season training day.",
    "This policy was agreed by the club committee on 3 July 2025 and is shared with parents at every close season tournament.",
    "This policy was agreed by the club committee on 3 July 2025 and is explained to parents at a meeting in the close season.",
  ])
    it(`no review rule in "${review}"`, () => {
      expect(findings(markdown(review)).map(([id]) => id)).toEqual(["review-date-missing"]);
    });
});
