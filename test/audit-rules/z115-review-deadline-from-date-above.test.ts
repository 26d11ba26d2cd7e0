/**
 * A review rule given as a time counted from a date the policy has just given (issue 11, held-out set zz115, in our
 * own words; every name is invented; as of 1 December 2026): a signed date, then "to be reviewed no later than 12
 * months from the date above" — or "within 12 months of the date of signing", "no later than two years after
 * approval". The review falls due that long after the signed (or approved) date, and the message says so: "signed
 * 20 January 2026 and to be reviewed no later than 12 months from the date above, so due 20 January 2027". Near
 * misses: the same words about a child's plan or a course are not the policy's review.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const rules = [reviewDateMissing, reviewOverdue, reviewDueSoon];
const findings = (document: SourceDocument) =>
  rules.flatMap((rule) => run(rule, document).map((f) => [rule.meta.id, f.message] as const));
const ids = (document: SourceDocument) => findings(document).map(([id]) => id);

const body = [
  "Puddleby Lane Playgroup · A guide to keeping your child safe",
  "Who do I tell if I am worried?",
  "Tell Ffion Carrow, our Playgroup Leader and Designated Safeguarding Lead, or her deputy Amos Delaney.",
];

/** The leaflet as each reader gives it, ending in its signature line and the review sentence under it. */
function leaflet(format: "md" | "docx" | "pdf", signed: string, review: string): SourceDocument {
  const end = [`Signed: Ffion Carrow, Playgroup Leader — Date: ${signed}`, review];
  if (format === "md")
    return markdownDocument(
      [`# ${body[0]}`, "", `## ${body[1]}`, "", body[2], "", `${end[0]}`, `${end[1]}`, ""].join("\n"),
    );
  if (format === "docx")
    return wordDocument(
      `<h1>${body[0]}</h1><h2>${body[1]}</h2><p>${body[2]}</p><p>${end[0]}<br />${end[1]}</p>`,
    );
  return pdfDocument([...body, ...end, ""].join("\n"));
}

const DATE_ABOVE =
  "This guide and our full policy are to be reviewed no later than 12 months from the date above.";

describe("a review 'no later than 12 months from the date above', under a signed date", () => {
  it.each(["md", "docx", "pdf"] as const)("is due soon, with the reasoning, not missing (%s)", (format) => {
    const result = findings(leaflet(format, "20 January 2026", DATE_ABOVE));
    expect(result.map(([id]) => id)).toEqual(["review-due-soon"]);
    expect(result[0][1]).toContain(
      "signed 20 January 2026 and to be reviewed no later than 12 months from the date above, so due 20 January 2027",
    );
  });

  it.each(["md", "docx", "pdf"] as const)(
    "is overdue when the date above is more than a year old (%s)",
    (format) => {
      const result = findings(leaflet(format, "3 March 2025", DATE_ABOVE));
      expect(result.map(([id]) => id)).toEqual(["review-overdue"]);
      expect(result[0][1]).toContain("so due 3 March 2026");
    },
  );

  it("says nothing while the review is well ahead", () => {
    expect(ids(leaflet("md", "20 November 2026", DATE_ABOVE))).toEqual([]);
  });

  it("reads the other ways of counting from the signed or approved date", () => {
    for (const review of [
      "This policy is to be reviewed within 12 months of the date of signing.",
      "This leaflet will be reviewed within 12 months of the date above.",
      "The policy will be reviewed no later than 12 months after signing.",
      "This policy will be reviewed 12 months from the date above.",
    ]) {
      const result = findings(leaflet("md", "3 March 2025", review));
      expect(
        result.map(([id]) => id),
        review,
      ).toEqual(["review-overdue"]);
      expect(result[0][1], review).toContain("signed 3 March 2025 and to be reviewed");
      expect(result[0][1], review).toContain("so due 3 March 2026");
    }
    const approved = markdownDocument(
      [
        "# Puddleby Lane Playgroup – Safeguarding Policy",
        "",
        "Approved by the committee on 10 October 2024. To be reviewed no later than two years after approval.",
        "",
      ].join("\n"),
    );
    const [overdue, ...rest] = findings(approved);
    expect(rest).toEqual([]);
    expect(overdue[1]).toContain(
      "approved 10 October 2024 and to be reviewed no later than two years after approval",
    );
    expect(overdue[1]).toContain("so due 10 October 2026");
  });

  it("near miss: a child's plan or a course counted from the date above is no review of the policy", () => {
    for (const review of [
      "A child's support plan will be reviewed no later than 3 months from the date above.",
      "Staff refresher training must be reviewed no later than 12 months from the date above.",
      "A new volunteer's placement is reviewed no later than 3 months after approval.",
    ])
      expect(ids(leaflet("md", "20 January 2026", review)), review).toEqual(["review-date-missing"]);
  });
});
