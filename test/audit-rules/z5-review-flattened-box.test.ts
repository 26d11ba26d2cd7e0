/**
 * A box of dates at the top of a policy ("Date adopted | Next review | Agreed by") as a PDF's text gives it: the
 * column headings on one line and the row's values on the next, their cells run together ("Date adopted Next
 * review Agreed by" / "2 March 2025 March 2026 Trustees"). Each date is read under its own heading, in order —
 * not the first date after the label. From the fifth held-out set (issue 11), in our own words; every name is
 * invented; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import type { ReportDescriptor } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { findReviewAnchors, findReviewStatements } from "../../src/audit/text/review.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const RULES = [reviewDateMissing, reviewOverdue, reviewDueSoon];

function findings(text: string): Array<ReportDescriptor & { rule: string }> {
  return RULES.flatMap((rule) =>
    checkText(rule, text, { asOf, format: "pdf" }).map((f) => ({ ...f, rule: rule.meta.id })),
  );
}

function pdfText(header: string, values: string): string {
  return [
    "Otterburn Community Choir",
    "Safeguarding Children and Adults at Risk",
    header,
    values,
    "Our choir welcomes singers from eight years old. The welfare officer, Fenella Grasby, is the person to",
    "tell about any worry.",
    "",
  ].join("\n");
}

describe("review box flattened by a PDF: headings on one line, values on the next", () => {
  it("reads the review date under its own heading, after an approval date in the same row", () => {
    const text = pdfText("Date adopted Next review Agreed by", "2 March 2025 June 2027 Choir committee");
    const [statement] = findReviewStatements(text);
    expect(statement.date?.text).toBe("June 2027");
    // Not overdue (the first date, 2 March 2025, is the adoption).
    expect(findings(text)).toEqual([]);
  });

  it("reports it overdue from its own date, naming that date", () => {
    const text = pdfText("Date adopted Review date Agreed by", "2 March 2025 March 2026 Choir committee");
    const found = findings(text);
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain("March 2026");
    expect(found[0].message).not.toContain("2 March 2025");
  });

  it("pairs the headings and dates whatever their order, for the approval date too", () => {
    const text = pdfText(
      "Review due Agreed by Date approved",
      "January 2027 Choir committee 14 January 2026",
    );
    expect(findReviewStatements(text)[0].date?.text).toBe("January 2027");
    const approved = findReviewAnchors(text).find((a) => a.kind === "approved");
    expect(approved?.date.text).toBe("14 January 2026");
  });

  it("keeps reading the first date after the label when the headings and dates do not pair", () => {
    // Three date headings, two dates: the box cannot be read column by column.
    const text = pdfText("Date adopted Last reviewed Next review", "2 March 2025 June 2027");
    expect(findReviewStatements(text)[0].date?.text).toBe("2 March 2025");
  });
});
