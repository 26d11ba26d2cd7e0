/**
 * review-date-missing / review-overdue (found by hand in the forty-fourth session, in our own words; every name is
 * invented; as of 1 December 2026). A club's policy: "Reviewed by the committee at the AGM. Last AGM: 14 June 2026."
 * An annual general meeting comes once a year by definition, so a policy reviewed at the AGM is reviewed every year
 * (as "reviewed at each AGM" already reads), and the last AGM is its last review: due 14 June 2027, not yet — nothing
 * to report. With the last AGM on 14 June 2025 it is overdue (due 14 June 2026). Also read: "This policy is reviewed
 * at the AGM." Near misses that say nothing of how often: "discussed at the AGM", "presented to the AGM", a review
 * that took place ("was reviewed at the AGM"), one still to come ("will be reviewed at the AGM" — a time in words),
 * and a last AGM with no review at the AGM.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const title = "Fernhill Rovers Junior Football Club – Safeguarding Policy";
const body = [
  "Every volunteer at the club knows how to pass on a worry about a child the same day.",
  "Our Club Welfare Officer is Ms Tamsin Okafor, who can be reached on 07700 900123.",
];

type Layout = "md" | "docx";
function policy(review: readonly string[], layout: Layout): SourceDocument {
  const all = [...body, ...review];
  if (layout === "docx")
    return wordDocument([`<h1>${title}</h1>`, ...all.map((p) => `<p>${p}</p>`), ""].join("\n"));
  return markdownDocument([`# ${title}`, "", ...all.flatMap((p) => [p, ""])].join("\n"));
}

const findings = (document: SourceDocument) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    run(rule, document).map((f) => [rule.meta.id, f.message]),
  );
const ids = (document: SourceDocument) => findings(document).map(([id]) => id);

const layouts = ["md", "docx"] as const;

describe("review: a policy reviewed at the AGM, the last AGM dated", () => {
  for (const layout of layouts) {
    it(`reads "Reviewed by the committee at the AGM" and the last AGM as a yearly review (${layout})`, () => {
      const doc = policy(["Reviewed by the committee at the AGM. Last AGM: 14 June 2026."], layout);
      expect(findings(doc)).toEqual([]);
    });

    it(`reads "This policy is reviewed at the AGM" the same way (${layout})`, () => {
      const doc = policy(["This policy is reviewed at the AGM.", "Last AGM: 14 June 2026."], layout);
      expect(findings(doc)).toEqual([]);
    });

    it(`reports a last AGM more than a year ago as overdue (${layout})`, () => {
      const doc = policy(["Reviewed by the committee at the AGM. Last AGM: 14 June 2025."], layout);
      expect(findings(doc)).toEqual([
        ["review-overdue", expect.stringMatching(/14 June 2025.*every year.*14 June 2026/)],
      ]);
    });

    for (const words of [
      "The annual report is discussed at the AGM.",
      "The accounts are presented to the AGM.",
      "This policy was reviewed at the AGM.",
    ])
      it(`says nothing of how often: "${words}" (${layout})`, () => {
        const doc = policy([words, "Last AGM: 14 June 2026."], layout);
        expect(ids(doc)).toEqual(["review-date-missing"]);
      });

    it(`keeps "will be reviewed at the AGM" a review named in words (${layout})`, () => {
      const doc = policy(["This policy will be reviewed at the AGM. Last AGM: 14 June 2025."], layout);
      expect(findings(doc)).toEqual([]);
    });
  }
});
