/**
 * review-date-missing (found by a reviewer in the forty-fourth session, in our own words; every name is invented; as
 * of 1 December 2026). A one-person setting's review section, the habit and the last review's label on one line: "I go
 * over this policy every January, or earlier if the law changes. Reviewed: 12 January 2026." A careful reader reads
 * 12 January 2026 as the last review (due again February 2027, soon) — it was reported as a policy reviewed "every
 * February" with no date at all, a false error. Also read after a sentence's end: "Date reviewed: …", "Last review:
 * …", a bold "**Reviewed:** …". Still undated: "Reviewed: see the box below." (no date), and another document's line
 * in a list ("- Behaviour policy. Reviewed: 3 March 2026.").
 *
 * And a next review tied to an event with a deadline joined after it in the same sentence: "Next review: after the
 * new national guidance is published, and in any case by November 2027" — also "or at the latest by", "but no later
 * than", "and at the latest by", "and in any event by", "and at all events by", "and by no later than", "and in any
 * case before". Still undated: another thing's deadline in a clause of its own.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const title = "Child Protection Policy – Willowmere Home Childcare";
const body = [
  "I am a registered childminder and the designated safeguarding lead for my setting. My name is Hester Quayle.",
  "I completed my designated safeguarding lead course on 9 April 2025.",
];

type Layout = "md" | "docx";
function policy(review: string[], layout: Layout, list: string[] = []): SourceDocument {
  if (layout === "docx")
    return wordDocument(
      [
        `<h1>${title}</h1>`,
        ...body.map((p) => `<p>${p}</p>`),
        ...(list.length
          ? ["<h2>Other policy documents</h2>", "<ul>", ...list.map((p) => `<li>${p}</li>`), "</ul>"]
          : []),
        "<h2>Review</h2>",
        ...review.map((p) => `<p>${p}</p>`),
      ].join("\n"),
    );
  return markdownDocument(
    [
      `# ${title}`,
      "",
      ...body.flatMap((p) => [p, ""]),
      ...(list.length ? ["## Other policy documents", "", ...list.map((p) => `- ${p}`), ""] : []),
      "## Review",
      "",
      ...review.flatMap((p) => [p, ""]),
    ].join("\n"),
  );
}

const findings = (document: SourceDocument) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    run(rule, document).map((f) => [rule.meta.id, f.message]),
  );

const layouts = ["md", "docx"] as const;
const habit = "I go over this policy every January, or earlier if the law or guidance changes.";

describe("review-date-missing: a last review's label after a sentence's end on the same line", () => {
  const labels = [
    "Reviewed: 12 January 2026.",
    "Date reviewed: 12 January 2026.",
    "Last review: 12 January 2026.",
    "**Reviewed:** 12 January 2026.",
    "Reviewed and approved: 12 January 2026.",
  ];
  for (const label of labels)
    for (const layout of layouts)
      it(`reads "${label}" after the habit's sentence as the last review (${layout})`, () => {
        const doc = policy([`${habit} ${label}`], layout);
        expect(findings(doc)).toEqual([["review-due-soon", expect.stringContaining("12 January 2026")]]);
      });

  for (const layout of layouts) {
    it(`reads the same label on its own line alike (${layout})`, () => {
      const doc = policy([habit, "Reviewed: 12 January 2026."], layout);
      expect(findings(doc)).toEqual([["review-due-soon", expect.stringContaining("12 January 2026")]]);
    });

    it(`stays undated for a label with no date after it (${layout})`, () => {
      const doc = policy([`${habit} Reviewed: see the box below.`], layout);
      expect(findings(doc)).toEqual([["review-date-missing", expect.stringContaining("every January")]]);
    });

    it(`stays undated for another document's line in a list (${layout})`, () => {
      const doc = policy([habit], layout, ["Behaviour policy. Reviewed: 3 March 2026."]);
      expect(findings(doc)).toEqual([["review-date-missing", expect.stringContaining("every January")]]);
    });
  }
});

describe("review-date-missing: a deadline joined after the event the next review follows", () => {
  const event = "Next review: after the new national guidance for schools is published";
  const joins = [
    "and in any case by",
    "or at the latest by",
    "but no later than",
    "and at the latest by",
    "and in any event by",
    "and at all events by",
    "and by no later than",
    "and in any case before",
  ];
  for (const join of joins)
    for (const layout of layouts) {
      it(`reads the deadline after ", ${join}" (${layout})`, () => {
        expect(
          findings(policy([`Adopted: 20 October 2025. ${event}, ${join} November 2027.`], layout)),
        ).toEqual([]);
      });
      it(`reports the deadline after ", ${join}" once passed (${layout})`, () => {
        expect(
          findings(policy([`Adopted: 20 October 2025. ${event}, ${join} November 2026.`], layout)),
        ).toEqual([["review-overdue", expect.stringContaining("November 2026")]]);
      });
    }

  for (const layout of layouts)
    it(`stays undated for another thing's deadline in a clause of its own (${layout})`, () => {
      const doc = policy(
        [`Adopted: 20 October 2025. ${event}, which every governor must read in any case by November 2027.`],
        layout,
      );
      expect(findings(doc)).toEqual([["review-date-missing", expect.stringContaining("Next review")]]);
    });
});
