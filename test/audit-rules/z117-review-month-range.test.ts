/**
 * A review due within a range of months (issue 11, held-out set zz117, in our own words; every name is invented; as
 * of 1 December 2026): "Review due: Sept–Oct 2026" is due by the end of the range's last month, 31 October 2026, and
 * the finding's words are the whole range — also in a PDF whose footer breaks the line inside the range ("Review
 * due: Sept–" / "Oct 2026"), where the finding used to quote "Oct 2026" alone. Near misses: a range still to come is
 * not overdue, and a month before the dash that is no month of the range ("Review due: 2026–Oct 2026" is no range of
 * months) changes nothing.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const rules = [reviewDateMissing, reviewOverdue, reviewDueSoon];
const findings = (document: SourceDocument) =>
  rules.flatMap((rule) => {
    const reported = run(rule, document);
    return found(reported, document).map((words, i) => [rule.meta.id, words, reported[i].message] as const);
  });

const title = "Kilbrannan Primary School – Child Protection";
const body = [
  "Every member of staff passes a worry about a child to the Child Protection Coordinator, Mrs Morag Baird, the same day.",
  "If she is away, staff speak to the Depute Head Teacher, Mr Ewan Torrance.",
];

function policy(format: "md" | "docx" | "pdf", footer: string[]): SourceDocument {
  if (format === "md")
    return markdownDocument([`# ${title}`, "", ...body, "", footer.join(" "), ""].join("\n"));
  if (format === "docx")
    return wordDocument(
      `<h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join("")}<p>${footer.join(" ")}</p>`,
    );
  return pdfDocument([title, ...body, ...footer, ""].join("\n"));
}

describe("'Review due: Sept–Oct 2026': a range of months", () => {
  it.each([
    ["md", ["Kilbrannan Primary School · Review due: Sept–Oct 2026"]],
    ["docx", ["Kilbrannan Primary School · Review due: Sept–Oct 2026"]],
    ["pdf", ["Kilbrannan Primary School · Child protection · Review due: Sept–", "Oct 2026"]],
    ["pdf", ["Kilbrannan Primary School · Child protection · Review due: Sept -", "Oct 2026"]],
  ] as const)("is due by the end of its last month, the whole range quoted (%s)", (format, footer) => {
    const result = findings(policy(format, [...footer]));
    expect(result.map(([id]) => id)).toEqual(["review-overdue"]);
    expect(result[0][1].replace(/\s+/g, "")).toMatch(/^Reviewdue:Sept[–-]Oct2026$/);
    expect(result[0][2]).toContain("by the end of October 2026");
  });

  it("reads 'September to October' and a slash the same way", () => {
    for (const range of ["September to October 2026", "Sep/Oct 2026"]) {
      const result = findings(policy("md", [`Review due: ${range}`]));
      expect(result.map(([id, words]) => [id, words])).toEqual([["review-overdue", `Review due: ${range}`]]);
    }
  });

  it("near miss: a range still to come is due soon, not overdue; a year before the dash is no month", () => {
    expect(
      findings(policy("pdf", ["Review due: Nov–", "Dec 2026"])).map(([id, words]) => [id, words]),
    ).toEqual([["review-due-soon", "Review due: Nov– Dec 2026"]]);
    expect(findings(policy("md", ["Review due: Sept–Oct 2027"]))).toEqual([]);
    const notRange = findings(policy("pdf", ["Plan 2026–", "Review due: Oct 2026"]));
    expect(notRange.map(([id, words]) => [id, words])).toEqual([["review-overdue", "Review due: Oct 2026"]]);
  });
});
