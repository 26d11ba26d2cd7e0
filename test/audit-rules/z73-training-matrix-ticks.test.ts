/**
 * A training matrix of ticks and dates ("✔ 11/24"), one column per course (held-out set zz73), in our own words;
 * every name is invented. As of 1 December 2026.
 * - Beside columns that name courses, a column of the same ticks and dates is a course's too, though its title has no
 *   course word ("Listening to Young People").
 * - A tick alone ("✔") in a matrix whose other ticks carry their dates is done with its date not written: undated.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const matrix = (rows: string[], third = "Listening to Young People") =>
  [
    "# Hollowmere Otters Junior Canoe Club – Safeguarding",
    "",
    "| Role | Name | Phone |",
    "| --- | --- | --- |",
    "| Junior Welfare Officer | Kofi Mensah-Brown | 07700 900231 |",
    "| Deputy Junior Welfare Officer | Lin Zhao | 07700 900874 |",
    "",
    "## Training",
    "",
    `| Name | Role | Safeguarding & Protecting Children | Welfare Officer course | ${third} |`,
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");

const messages = (rule: typeof stale, text: string) =>
  checkText(rule, text, { asOf, format: "md" }).map((f) => f.message);

describe("a matrix of ticks and dates", () => {
  it("reads a tick alone as a course done with no date, in a column whose title names no course", () => {
    const text = matrix([
      "| Kofi Mensah-Brown | Junior Welfare Officer | ✔ 11/25 | ✔ 10/25 | ✔ 11/25 |",
      "| Lin Zhao | Deputy Junior Welfare Officer | ✔ 09/25 | booked 02/27 | ✔ |",
      // A group's row records no one's course.
      "| All coaches | Annual update, club night Sept. 2025 | ✔ | — | ✔ |",
    ]);
    expect(messages(undated, text)).toEqual([
      expect.stringMatching(/^Lin Zhao's Listening to Young People training is listed without a date/),
    ]);
  });

  it("reads the untitled column's dates like the others' (a lapsed one is stale)", () => {
    const text = matrix([
      "| Kofi Mensah-Brown | Junior Welfare Officer | ✔ 11/25 | ✔ 10/25 | ✔ 11/21 |",
      "| Lin Zhao | Deputy Junior Welfare Officer | ✔ 09/25 | ✔ 09/25 | ✔ 09/25 |",
    ]);
    expect(messages(stale, text).join(" ")).toMatch(
      /Kofi Mensah-Brown's most recent Listening to Young People/,
    );
  });

  it("near miss: a matrix of ticks alone, with no dates anywhere, reports no undated course", () => {
    const text = matrix([
      "| Kofi Mensah-Brown | Junior Welfare Officer | ✔ | ✔ | ✔ |",
      "| Lin Zhao | Deputy Junior Welfare Officer | ✔ | — | ✔ |",
    ]);
    expect(messages(undated, text)).toEqual([]);
  });

  it("near miss: a DBS column of ticks and dates is no course", () => {
    const text = matrix(
      [
        "| Kofi Mensah-Brown | Junior Welfare Officer | ✔ 11/25 | ✔ 10/25 | ✔ 11/21 |",
        "| Lin Zhao | Deputy Junior Welfare Officer | ✔ 09/25 | ✔ 09/25 | ✔ |",
      ],
      "DBS check",
    );
    expect(messages(undated, text)).toEqual([]);
    expect(messages(stale, text)).toEqual([]);
  });
});
