/**
 * Two ways a policy states its next review that were read as no date at all (issue 11, the hundred-and-fourteenth
 * held-out set, in our own words; every name is invented; as of 1 December 2026):
 * - a setting's own compliance tracker (a red/amber/green "health check" table: Item | Last done | Next due |
 *   Status), whose row for the policy's own review gives its next due date in the "Next due" column — not its "Last
 *   done" date, nor the date of another item's row (a staff handbook, a DBS recheck);
 * - "Last reviewed: 9th March 2025 (next review one year on)": the next review a year after the last one.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText, reviewDocumentFindings } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";
const found = (text: string, format: SourceDocument["format"]) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => [rule.meta.id, f.message]),
  );
const ids = (text: string, format: SourceDocument["format"]) => found(text, format).map(([id]) => id);

function tracker(rows: string[]): string {
  return [
    "# Keeping Children Safe",
    "",
    "Brackenfold Young Carers Project",
    "",
    "## 1. Why we have this policy",
    "",
    "We support children who look after a parent or a brother or sister at home.",
    "",
    "## 7. Our compliance tracker",
    "",
    "The coordinator updates this table each term. Red = overdue; Amber = due within two months; Green = in date.",
    "",
    "| Item | Last done | Next due | Status |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

describe("a compliance tracker's row for the policy's own review", () => {
  const rows = (due: string) => [
    `| Review of this policy | 14/10/2025 | ${due} | Amber – due soon |`,
    "| Coordinator's safeguarding course | 02/02/2025 | 02/02/2028 | Green |",
    "| Staff handbook update | 05/2024 | 05/2025 | Red – overdue |",
  ];

  it.each(["md", "docx"] as const)("reads the Next due cell as the next review: overdue (%s)", (format) => {
    const result = found(tracker(rows("14/10/2026")), format);
    expect(result.map(([id]) => id)).toEqual(["review-overdue"]);
    expect(result[0][1]).toContain("14 October 2026");
  });

  it("says nothing of a tracker whose policy review is well ahead (not missing, not overdue)", () => {
    expect(ids(tracker(rows("14/10/2027")), "md")).toEqual([]);
  });

  it("a row named 'Policy review' reads the Next due column, not the Last done date beside the label", () => {
    const text = tracker([
      "| Safeguarding policy review | 03/05/2025 | 03/05/2027 | Green |",
      "| First aid kit check | 01/01/2025 | 01/06/2025 | Red – overdue |",
    ]);
    expect(ids(text, "md")).toEqual([]);
  });

  it("reads the same tracker in a PDF, its cells broken over lines", () => {
    const text = [
      "Keeping Children Safe",
      "7. Our compliance tracker",
      "Item Last done Next due Status",
      "Review of this",
      "policy",
      "14/10/2025 14/10/2026 Amber – due soon",
      "Staff handbook",
      "update",
      "05/2024 05/2025 Red – overdue",
    ].join("\n");
    const document = pdfDocument(text, [
      ["Item", "Last done", "Next due", "Status"],
      ["Review of this policy", "14/10/2025", "14/10/2026", "Amber – due soon"],
      ["Staff handbook update", "05/2024", "05/2025", "Red – overdue"],
    ]);
    expect(reviewDocumentFindings(document, asOf).map(([id]) => id)).toEqual(["review-overdue"]);
  });

  it("another item's overdue row is not the policy's review (near miss: still no review date)", () => {
    const text = tracker([
      "| Staff handbook update | 05/2024 | 05/2025 | Red – overdue |",
      "| DBS rechecks | 09/2025 | 09/2028 | Green |",
    ]);
    expect(ids(text, "md")).toEqual(["review-date-missing"]);
  });
});

describe("a next review 'one year on' from the last review", () => {
  const policy = (sentence: string) =>
    [
      "# Safeguarding Policy",
      "",
      "Fernleigh Parents' Support Circle",
      "",
      "## 1. Our groups",
      "",
      "We run monthly meetups for children who stammer and their parents.",
      "",
      "## 6. Contacts and review",
      "",
      sentence,
      "",
    ].join("\n");

  it("counts a year from the last review: overdue, not missing", () => {
    const text = policy("Last reviewed: 9th March 2025 by the trustees (next review one year on).");
    expect(ids(text, "md")).toEqual(["review-overdue"]);
    expect(ids(text, "docx")).toEqual(["review-overdue"]);
  });

  it("a year on from a recent review is not yet due", () => {
    expect(ids(policy("Last reviewed: 9 March 2026 (next review a year on)."), "md")).toEqual([]);
  });

  it("'one year on' that is not the next review is no interval (near miss)", () => {
    const text = policy("Last reviewed: 9 March 2025. One year on, the group has grown to forty families.");
    expect(ids(text, "md")).toEqual(["review-date-missing"]);
  });
});
