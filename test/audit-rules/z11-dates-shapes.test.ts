/**
 * Date shapes from the eleventh and twelfth held-out sets (issue 11), in our own words: a day with a month and
 * an apostrophe year ("5th of June '25", "5 June '25"), a markdown copy's escaped apostrophe ("May \'26"), a
 * bare apostrophe year ("'27") where a date is expected, a financial year and its quarters ("FY24", "FY24 Q3",
 * "FY 2025/26"), the start or end of a named academic year, and "w/c" before a week's first day. None of these
 * is read from a number that is not a date.
 */
import { describe, expect, it } from "vitest";
import { type FindDatesOptions, findDates } from "../../src/audit/text/dates.js";

const expected: FindDatesOptions = { allowYear: true, shortMonthYear: true };

function read(text: string, options: FindDatesOptions = {}): Array<[string, string, string]> {
  return findDates(text, 0, options).map((d) => [d.text, d.date.first, d.date.last]);
}

describe("a day, a month and an apostrophe year", () => {
  it("reads the day, with or without 'of', a comma or a suffix", () => {
    expect(read("Signed on 5th of June '25 by the chair")).toEqual([
      ["5th of June '25", "2025-06-05", "2025-06-05"],
    ]);
    expect(read("agreed 5 June ’25.")).toEqual([["5 June ’25", "2025-06-05", "2025-06-05"]]);
    expect(read("the 21st of Nov, '24")).toEqual([["21st of Nov, '24", "2024-11-21", "2024-11-21"]]);
  });

  it("reads a markdown copy's escaped apostrophe", () => {
    expect(read("at its meeting in May \\'26, or sooner")).toEqual([
      ["May \\'26", "2026-05-01", "2026-05-31"],
    ]);
    expect(read("Agreed on 12th of May \\'26.")).toEqual([["12th of May \\'26", "2026-05-12", "2026-05-12"]]);
  });

  it("reads no day that the month does not have, as with a four-digit year", () => {
    expect(read("31st of June '25")).toEqual([]);
    expect(read("31st of June 2025")).toEqual([]);
    expect(read("on 30 Feb '25.")).toEqual([]);
  });
});

describe("a bare apostrophe year", () => {
  it("is a year where a date is expected", () => {
    expect(read("Refresher due '27", expected)).toEqual([["'27", "2027-01-01", "2027-12-31"]]);
    expect(read("| Basic awareness | ’24 |", expected)).toEqual([["’24", "2024-01-01", "2024-12-31"]]);
  });

  it("is not read from a month's date that chrono took for a range ('Level 2 – 5 June '25')", () => {
    expect(read("Level 2 - 5 June '25", expected)).toEqual([]);
    expect(read("Level 2 – 5 June ’25", expected)).toEqual([]);
  });

  it("is nothing in running text, in a quotation, a possessive or a measurement", () => {
    expect(read("Refresher due '27")).toEqual([]);
    for (const text of [
      "the members' 24 boats",
      "a 6'10 ceiling",
      "'24/7' helpline",
      "'25%' of staff",
      "rock'n'roll '50s",
    ])
      expect(read(text, expected)).toEqual([]);
  });
});

describe("a financial year", () => {
  it("runs April to March and ends in the year it names", () => {
    expect(read("completed in FY24", expected)).toEqual([["FY24", "2023-04-01", "2024-03-31"]]);
    expect(read("budgeted for FY2027", expected)).toEqual([["FY2027", "2026-04-01", "2027-03-31"]]);
    expect(read("FY 2025/26", expected)).toEqual([["FY 2025/26", "2025-04-01", "2026-03-31"]]);
    expect(read("FY2025-26", expected)).toEqual([["FY2025-26", "2025-04-01", "2026-03-31"]]);
  });

  it("has quarters, the first from April", () => {
    expect(read("Next review: FY24 Q3")).toEqual([["FY24 Q3", "2023-10-01", "2023-12-31"]]);
    expect(read("Next review: FY24 Q4")).toEqual([["FY24 Q4", "2024-01-01", "2024-03-31"]]);
    expect(read("due Q1 FY2026/27.")).toEqual([["Q1 FY2026/27", "2026-04-01", "2026-06-30"]]);
  });

  it("alone, is read only where a date is expected, and never from another code", () => {
    expect(read("our FY24 budget")).toEqual([]);
    for (const text of ["FY245", "FY24-Q9", "AFY24", "FY 2025/27"]) expect(read(text, expected)).toEqual([]);
  });
});

describe("the start or end of a named academic year", () => {
  it("is a day", () => {
    expect(read("before the start of the 2027/28 academic year")).toEqual([
      ["start of the 2027/28 academic year", "2027-09-01", "2027-09-01"],
    ]);
    expect(read("by the beginning of the 2027–28 school year", expected)).toEqual([
      ["beginning of the 2027–28 school year", "2027-09-01", "2027-09-01"],
    ]);
    expect(read("at the end of the 2026/2027 academic year")).toEqual([
      ["end of the 2026/2027 academic year", "2027-08-31", "2027-08-31"],
    ]);
  });

  it("is not a range of other years", () => {
    expect(read("at the start of the 2026/28 academic year")).toEqual([]);
    expect(read("the start of the 2026/28 academic year", expected)).toEqual([]);
  });
});

describe("w/c and a date", () => {
  it("reads the week from its first day to its last (z15-week-commencing.test.ts)", () => {
    expect(read("Review due: w/c 6th July 2026")).toEqual([["6th July 2026", "2026-07-06", "2026-07-12"]]);
    expect(read("booked for the w/c 1 February 2027.")).toEqual([
      ["1 February 2027", "2027-02-01", "2027-02-07"],
    ]);
  });
});
