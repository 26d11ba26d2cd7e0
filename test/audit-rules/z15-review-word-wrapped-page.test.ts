/**
 * A web page converted to Markdown by pandoc (prose hard-wrapped at 72 columns, a simple table of words in columns)
 * and made into a Word file (issue 11, the sixteenth held-out set, in our own words; every name is invented; as of
 * 1 December 2026). Word keeps the table's runs of spaces as no-break spaces and spaces by turns, so its lines are
 * longer than the wrap width and read as prose: the page was not seen as hard-wrapped, and "agreed … on 14
 * January" / "2026 and is reviewed every year." stayed two lines, the review's interval cut off from the policy it
 * is about. The Markdown reading found the due date; the Word reading reported no review date at all.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format: "docx" }).map((f) => [rule.meta.id, f.message]),
  );

/** A gap of `n` characters as Word keeps it: a no-break space and a space by turns. */
const gap = (n: number) => "\u00a0 ".repeat(Math.ceil(n / 2)).slice(0, n);
const row = (...cells: Array<[string, number]>) =>
  cells.map(([words, width]) => words + gap(width - words.length)).join("");

function page(closing: string[]): string {
  return [
    "[Skip to main content](#main)",
    "",
    "# Youth Safeguarding Policy",
    "",
    "Glenbrae Rowing Club is affiliated to Scottish Rowing. This page is our",
    "policy for keeping children and young people safe at the club, on the",
    "river and at regattas away from the club. It applies to every member,",
    "coach, volunteer and parent helper who works with our junior squads.",
    "",
    "# 1. Our welfare officer",
    "",
    "The club's Child Wellbeing and Protection Officer is Mr Fergus Lindqvist,",
    "who is the first point of contact for any worry about a child or young",
    "person at the club, at training and at events away from the boathouse.",
    "",
    "# 2. Training",
    "",
    row(["Name", 22], ["Role", 26], ["Course", 58], ["Date", 12]),
    "",
    row(
      ["Fergus Lindqvist", 22],
      ["CWPO", 26],
      ["Child Wellbeing and Protection in Sport", 58],
      ["03/02/2025", 12],
    ),
    row(
      ["Ailsa Moncrieff", 22],
      ["Junior Coach", 26],
      ["Child Wellbeing and Protection in Sport", 58],
      ["17/06/2024", 12],
    ),
    row(
      ["Ailsa Moncrieff", 22],
      ["Junior Coach", 26],
      ["Emergency First Aid at Work", 58],
      ["17/06/2024", 12],
    ),
    "",
    "# 3. Review",
    "",
    ...closing,
    "",
    "[Back to contents](#contents)",
    "",
  ].join("\n");
}

describe("a Word file of a hard-wrapped web page with a table of words in columns", () => {
  it("reads an approval wrapped before its year with the interval after it", () => {
    const soon = page([
      "This policy was agreed at the committee's meeting on the 9th of January",
      "2026 and is reviewed every year.",
    ]);
    expect(findings(soon)).toEqual([["review-due-soon", expect.stringMatching(/9 January 2027/)]]);
    const passed = page([
      "This policy was adopted by the management committee at its meeting on 3",
      "March 2025, and it is reviewed every year.",
    ]);
    expect(findings(passed)).toEqual([["review-overdue", expect.stringMatching(/3 March 2026/)]]);
  });

  it("is not reported when the interval puts the review far off, nor as missing", () => {
    const later = page([
      "This policy was agreed at the committee's meeting on the 9th of January",
      "2026 and is reviewed every two years.",
    ]);
    expect(findings(later)).toEqual([]);
  });
});
