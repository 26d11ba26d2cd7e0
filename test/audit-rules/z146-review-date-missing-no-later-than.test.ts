/**
 * review-date-missing (found by hand in the forty-fourth session, in our own words; every name is invented; as of
 * 1 December 2026). A next review tied to an event with a deadline after it: "Next review: following the release of
 * the new statutory guidance for schools, and no later than 31 October 2027." A careful reader reads the deadline,
 * 31 October 2027, as the date of the next review — not due yet, so nothing is reported. The deadline stood more than
 * 60 characters after the label, so the date was lost and the review read as undated. Also read: "(and no later
 * than …)", ", not later than …", "; no later than …", ", and by …". Still reported: the event with no date at all
 * (review-date-missing), and a deadline already passed (review-overdue). Near misses that stay undated: another
 * thing's deadline in a clause of its own ("…, which every member of staff must complete no later than …").
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const title = "Ashcombe Vale Primary School – Child Protection Policy";
const body = [
  "Every adult in school knows how to pass on a worry about a child the same day.",
  "Our designated safeguarding lead is Mrs Philippa Tranmere, who can be reached through the school office.",
];

type Layout = "md" | "docx";
function policy(review: string, layout: Layout): SourceDocument {
  const all = [...body, review, "Approved by the Full Governing Body: 24 September 2026."];
  if (layout === "docx")
    return wordDocument([`<h1>${title}</h1>`, ...all.map((p) => `<p>${p}</p>`)].join("\n"));
  return markdownDocument([`# ${title}`, "", ...all.flatMap((p) => [p, ""])].join("\n"));
}

const findings = (document: SourceDocument) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    run(rule, document).map((f) => [rule.meta.id, f.message]),
  );

const layouts = ["md", "docx"] as const;

describe("review-date-missing: a deadline after the event the review follows", () => {
  const deadlines = [
    "Next review: following the release of the new statutory guidance for schools, and no later than 31 October 2027.",
    "Next review: following the publication of the revised county procedures (and no later than 31 October 2027).",
    "Next review: after the local safeguarding partnership has issued its new procedures, not later than 31 October 2027.",
    "Next review: following the publication of the revised county safeguarding procedures; no later than 31 October 2027.",
    "Next review: following the publication of the revised county safeguarding procedures, and by 31 October 2027.",
  ];
  for (const review of deadlines)
    for (const layout of layouts)
      it(`reads the deadline as the next review: "${review}" (${layout})`, () => {
        expect(findings(policy(review, layout))).toEqual([]);
      });

  for (const layout of layouts) {
    it(`still reports the event with no date at all (${layout})`, () => {
      const doc = policy(
        "Next review: following the release of the new statutory guidance for schools.",
        layout,
      );
      expect(findings(doc)).toEqual([["review-date-missing", expect.stringContaining("Next review")]]);
    });

    it(`still reports a deadline already passed as overdue (${layout})`, () => {
      const doc = policy(
        "Next review: following the release of the new statutory guidance for schools, and no later than 31 October 2026.",
        layout,
      );
      expect(findings(doc)).toEqual([["review-overdue", expect.stringContaining("31 October 2026")]]);
    });

    it(`stays undated for another thing's deadline in a clause of its own (${layout})`, () => {
      const doc = policy(
        "Next review: following the new online course for governors, which every member of staff must complete no later than 31 October 2027.",
        layout,
      );
      expect(findings(doc)).toEqual([["review-date-missing", expect.stringContaining("Next review")]]);
    });
  }
});
