/**
 * A Word table cell of several paragraphs, each set in bold, comes out of the Word reader as bold runs side by side
 * ("**Date this policy is** **next due for** **review**"), its empty paragraphs dropped. The marks between the runs
 * read as spaces, so the label wrapped over lines is one label and the date in the next cell is its date — as a
 * Markdown cell's `<br>` reads (z35-review-cell-breaks). From the thirty-seventh held-out set (issue 11), in our own
 * words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (row: string) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, policy(row), { asOf, format: "docx" }).map(() => rule.meta.id),
  );

const policy = (row: string) =>
  [
    "# Marlow Road Youth Theatre",
    "",
    "| **Version** | **Date** | **Changes** |",
    "| - | - | - |",
    "| 2.1 | 9 Feb 2026 | Contacts brought up to date |",
    "",
    row,
    "| - | - |",
    "",
    "# 1. Who we are",
    "",
    "We run drama workshops for young people aged 8 to 18 on Saturday mornings.",
    "",
  ].join("\n");

describe("a Word cell's bold paragraphs side by side", () => {
  for (const row of [
    "| **Date this policy is** **next due for** **review** | **09/01/2027** |",
    "| **Date this policy is** **due for** **review** | **9 January 2027** |",
    "| **Date of the** **next review** | 9th January 2027 |",
    "| **Policy next** **due for review** | 9th January 2027 |",
  ])
    it(`read as one label with its date: ${row}`, () => {
      expect(findings(row)).toEqual(["review-due-soon"]);
    });

  it("near miss: the same label with no date in its cell is still a review with no date", () => {
    expect(findings("| **Date this policy is** **next due for** **review** | **to be agreed** |")).toEqual([
      "review-date-missing",
    ]);
  });

  it("near miss: a date long past in the cell is overdue", () => {
    expect(findings("| **Date this policy is** **next due for** **review** | **09/02/2025** |")).toEqual([
      "review-overdue",
    ]);
  });
});
