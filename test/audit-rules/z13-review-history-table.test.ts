/**
 * A document-control or version-history table at the end of a policy, whose last column says when each version is
 * to be reviewed (issue 11, the thirteenth and fourteenth held-out sets, in our own words; every name is invented;
 * as of 1 December 2026):
 * - "Review by" heading a column of dates is the next review, like "Next review": the current (latest) row's date
 *   counts, and the earlier rows' passed dates are history, not an overdue review nor a missing one;
 * - the same table in a PDF's text, its cells broken over short lines ("Review by" / "1.0 Pantry" / "Lead" / …):
 *   the review is the date that ends the last row, never the first date after the heading (the first version's
 *   approval); a last row that ends in no date ("TBC") gives no review date to report on.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
/** The review rules' findings, [rule id, message], on Markdown or on a PDF's text. */
const findings = (text: string, format: "md" | "pdf" = "md") =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => [rule.meta.id, f.message]),
  );

const markdown = (heading: string, rows: string[]) =>
  [
    "# Larkfield Community Pantry — Safeguarding Policy",
    "",
    "## 1. Why we have this policy",
    "",
    "Children come to the pantry with their parents, and young volunteers help on Saturdays.",
    "",
    "## 9. Document history",
    "",
    `| Version | Owner | Signed off by | Date signed off | Live from | ${heading} |`,
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    "The trustees sign off each version; the owner keeps this table up to date.",
    "",
  ].join("\n");

describe("'Review by' heading a history table's column", () => {
  it("reads the latest row's date as the next review", () => {
    const soon = markdown("Review by", [
      "| 1 | Pantry Lead | Trustees | 02/02/2023 | 06/02/2023 | 28/02/2024 |",
      "| 2 | Pantry Lead | Trustees | 11/03/2024 | 18/03/2024 | 31/03/2025 |",
      "| 3 | Acting Pantry Lead | Chair | 14/10/2026 | 19/10/2026 | 15/01/2027 |",
    ]);
    expect(findings(soon)).toEqual([["review-due-soon", expect.stringMatching(/15 January 2027/)]]);
    const passed = markdown("Review by", [
      "| 1 | Pantry Lead | Trustees | 02/02/2023 | 06/02/2023 | end of March 2024 |",
      "| 2 | Pantry Lead | Trustees | 11/03/2024 | 18/03/2024 | end of June 2026 |",
    ]);
    expect(findings(passed)).toEqual([["review-overdue", expect.stringMatching(/June 2026/)]]);
  });

  it("says nothing when the latest row's review is still far off", () => {
    const later = markdown("Review by", [
      "| 1 | Pantry Lead | Trustees | 02/02/2023 | 06/02/2023 | 28/02/2024 |",
      "| 2 | Pantry Lead | Trustees | 11/03/2024 | 18/03/2024 | 31/03/2025 |",
      "| 3 | Pantry Lead | Trustees | 09/09/2026 | 14/09/2026 | September 2027 |",
    ]);
    expect(findings(later)).toEqual([]);
  });
});

describe("the current version's row decides", () => {
  it("reads the row of the latest approval, whichever way the table is ordered", () => {
    const newestFirst = markdown("Next review", [
      "| 3 | Pantry Lead | Chair | 14/10/2026 | 19/10/2026 | 15/01/2027 |",
      "| 2 | Pantry Lead | Trustees | 11/03/2024 | 18/03/2024 | 31/03/2025 |",
      "| 1 | Pantry Lead | Trustees | 02/02/2023 | 06/02/2023 | 28/02/2024 |",
    ]);
    expect(findings(newestFirst)).toEqual([["review-due-soon", expect.stringMatching(/15 January 2027/)]]);
    // An interim version approved before the last one's review fell due: its own review date counts.
    const interim = markdown("Review by", [
      "| 1 | Pantry Lead | Trustees | 02/02/2025 | 06/02/2025 | 28/02/2027 |",
      "| 1.1 | Pantry Lead | Chair | 14/06/2025 | 16/06/2025 | 30/06/2026 |",
    ]);
    expect(findings(interim)).toEqual([["review-overdue", expect.stringMatching(/30 June 2026/)]]);
  });

  it("takes no earlier version's date when the current one's review is left open", () => {
    const open = markdown("Review by", [
      "| 1 | Pantry Lead | Trustees | 02/02/2023 | 06/02/2023 | 28/02/2024 |",
      "| 2 | Pantry Lead | Trustees | 11/03/2024 | 18/03/2024 | 31/03/2025 |",
      "| 3 | Pantry Lead | Trustees | 09/09/2026 | 14/09/2026 | TBC |",
    ]);
    expect(findings(open)).toEqual([["review-date-missing", expect.stringMatching(/gives no date/)]]);
  });
});

/** A PDF's text of the same kind of table: its header cells and its rows' cells broken over short lines. */
const pdf = (heading: string[], rows: string[][]) =>
  [
    "Larkfield Community Pantry · Safeguarding Policy",
    "1. Why we have this policy",
    "Children come to the pantry with their parents, and young volunteers help on Saturdays",
    "and in the school holidays, always with two adults from the rota on site.",
    "9. Document history",
    ...heading,
    ...rows.flat(),
    "The trustees sign off each version; the owner keeps this table up to date, and the",
    "pantry's noticeboard copy is replaced on the day a new version goes live.",
    "Larkfield Community Pantry · Safeguarding Policy · page 6 of 6",
  ].join("\n");

describe("a history table in a PDF's text", () => {
  const header = ["Version Owner Signed off", "by", "Date", "signed off", "Live", "from", "Review by"];

  it("reads the date that ends the last row, wrapped or not", () => {
    const soon = pdf(header, [
      ["1.0 Pantry", "Lead", "Trustees 02/02/2023 06/02/2023 28/02/2024"],
      ["2.0 Acting", "Pantry Lead", "Chair 14/10/2026 19/10/2026 w/c 11th", "January 2027"],
    ]);
    expect(findings(soon, "pdf")).toEqual([["review-due-soon", expect.stringMatching(/11 January 2027/)]]);
    const passed = pdf(
      ["Version Written by Agreed by", "the trustees", "In use from Next review"],
      [
        ["1.0 R. Ines 3 March", "2023", "1 April 2023 —"],
        ["1.1 R. Ines 20 May", "2025", "1 June 2025 30 June", "2026"],
      ],
    );
    expect(findings(passed, "pdf")).toEqual([["review-overdue", expect.stringMatching(/30 June 2026/)]]);
  });

  it("takes no earlier row's or approval's date when the last row ends in no date", () => {
    const open = pdf(header, [
      ["1.0 Pantry", "Lead", "Trustees 02/02/2023 06/02/2023 Superseded"],
      ["2.0 Pantry", "Lead", "Trustees 11/03/2024 18/03/2024 TBC"],
    ]);
    const rules = findings(open, "pdf").map(([id]) => id);
    expect(rules).not.toContain("review-overdue");
    expect(rules).not.toContain("review-due-soon");
  });
});
