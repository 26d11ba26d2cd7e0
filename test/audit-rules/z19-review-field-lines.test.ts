/**
 * A web page converted to Markdown by pandoc (prose hard-wrapped at 72 columns, bold labels ending each line with a
 * hard break) and made into Word (issue 11, the twentieth held-out set, in our own words; every name is invented; as
 * of 1 December 2026). Word keeps no Markdown hard break: every line ends alike, so a nearly full field line
 * ("**Covers:** every site run by …") was joined to the next field's line, and the approval in "**Agreed by:** …"
 * no longer stood at the start of a line — the review interval had no date to count from.
 * A line that starts with a bold label and its colon is a field of its own, in a Word file as in Markdown.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const ids = (text: string, format: SourceDocument["format"]) =>
  [reviewDateMissing, reviewOverdue].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map(() => rule.meta.id),
  );

const PROSE = [
  "This page sets out how every club in the federation keeps children and",
  "young people safe at training, at matches and on trips away from home.",
  "It applies to coaches, volunteers, drivers and parent helpers alike, and",
  "it is read alongside the code of conduct that each member signs when they",
  "join. Where a club adds its own local contacts, those sit in its annex and",
  "the rest of this policy still applies to everyone without any exception.",
];

function page(fields: string[]): string {
  return ["# Safeguarding Policy", "", ...fields, "", "## 1. Scope", "", ...PROSE, ""].join("\n");
}

describe("a bold field label after a nearly full line, in a Word file", () => {
  it.each([
    [
      "**Larchmoor Netball Federation** -- a registered charity, number 1234567",
      "**Covers:** every club run by the federation (see the club annexes)",
      "**Agreed by:** Federation Board, 14 March 2025",
      "**Review:** the board reviews this policy every year at its spring",
      "meeting",
    ],
    [
      "**Eastwick Scout District** -- part of the county, charity number 7654321",
      "**Who it is for:** every group and section that meets in the district",
      "**Approved by**: District Executive on 2 February 2025",
      "**Review**: this policy is reviewed annually by the District Executive",
    ],
  ])("reads the approval and the interval: overdue, not missing (%#)", (...fields) => {
    const text = page(fields);
    expect(ids(text, "docx")).toEqual(["review-overdue"]);
    expect(ids(text, "md")).toEqual(["review-overdue"]);
  });

  it("a bold phrase without a colon that wraps to a line's start still joins its paragraph (near miss)", () => {
    const text = page([
      "**Larchmoor Netball Federation** -- a registered charity, number 1234567",
      "**Review:** this policy was approved by the Federation Board, which met on",
      "**14 March 2025**, and it is reviewed every year",
    ]);
    expect(ids(text, "docx")).toEqual(["review-overdue"]);
  });
});
