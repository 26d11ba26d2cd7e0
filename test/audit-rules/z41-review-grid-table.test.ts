/**
 * A review box written as a pandoc grid table (issue 11, the forty-fourth held-out set, in our own words; every
 * name is invented; as of 1 December 2026): one row of the table runs over several printed lines between its
 * "+---+" borders, the label's cell wraps ("Next review" / "(Trustees' / Committee)") and the date sits at the
 * foot of the cell beside it, or half way down. The date is the review's; a cell with no date, or with two, is
 * still no date.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
/** The review rules' findings, as [rule id, message]. */
const findings = (text: string) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format: "md" }).map((f) => [rule.meta.id, f.message]),
  );

const policy = (rows: string[]) =>
  [
    "# Otterburn Lane Pond Club — Keeping Children Safe",
    "",
    "+------------------------------+------------------------------+",
    "| Written by                   | Club committee               |",
    "+------------------------------+------------------------------+",
    ...rows,
    "+------------------------------+------------------------------+",
    "",
    "## Who to tell",
    "",
    "Tell our welfare officer, Priya Holm, on the day.",
    "",
  ].join("\n");

describe("a grid table's review row whose date is lower in the next cell", () => {
  it("reads the date at the foot of the cell beside a wrapped label", () => {
    const text = policy([
      "| Next review                  |                              |",
      "| (Trustees'                   |                              |",
      "| Committee)                   | 20 January 2027              |",
    ]);
    expect(findings(text)).toEqual([["review-due-soon", expect.stringContaining("20 January 2027")]]);
  });

  it("reads a date half way down the cell, past ones", () => {
    const text = policy([
      "| Review due                   |                              |",
      "| (or sooner if the law        | March 2026                   |",
      "| changes)                     |                              |",
    ]);
    expect(findings(text)).toEqual([["review-overdue", expect.stringContaining("March 2026")]]);
  });

  it("still reports a row whose cell beside the label has no date", () => {
    const text = policy([
      "| Next review                  |                              |",
      "| (Trustees'                   |                              |",
      "| Committee)                   | At the AGM                   |",
    ]);
    expect(findings(text)).not.toContainEqual(["review-due-soon", expect.anything()]);
    const empty = policy([
      "| Next review                  |                              |",
      "| (Trustees' Committee)        |                              |",
    ]);
    expect(findings(empty)).toEqual([["review-date-missing", expect.stringContaining("Next review")]]);
  });

  it("takes no date when the cell holds two", () => {
    const two = policy([
      "| Next review                  |                              |",
      "| (Trustees'                   | 20 January 2027 or           |",
      "| Committee)                   | 14 June 2027                 |",
    ]);
    expect(findings(two)).toEqual([["review-date-missing", expect.stringContaining("Next review")]]);
  });
});
