/**
 * findDates / parseLooseDate over every form of date real policies use (day first, as in the UK), and the
 * numbers that must never be read as a date: phone numbers, version and section numbers, statute years, page
 * numbers.
 */
import { describe, expect, it } from "vitest";
import { findDates, parseLooseDate } from "../../src/audit/text/dates.js";

describe("findDates reads every written form, day first", () => {
  const cases: Array<[string, string, string, string]> = [
    // text, first, last, precision
    ["6th May 2019", "2019-05-06", "2019-05-06", "day"],
    ["21st June 2020", "2020-06-21", "2020-06-21", "day"],
    ["15th of Sept. 2026", "2026-09-15", "2026-09-15", "day"],
    ["19/01/2021", "2021-01-19", "2021-01-19", "day"],
    ["03/11/2020", "2020-11-03", "2020-11-03", "day"],
    ["03.11.20", "2020-11-03", "2020-11-03", "day"],
    ["2014-11-25", "2014-11-25", "2014-11-25", "day"],
    ["September 15, 2026", "2026-09-15", "2026-09-15", "day"],
    ["May, 2018", "2018-05-01", "2018-05-31", "month"],
    ["March, 2017", "2017-03-01", "2017-03-31", "month"],
    ["August 2019", "2019-08-01", "2019-08-31", "month"],
    ["Sept 23", "2023-09-01", "2023-09-30", "month"],
    ["Feb 2024", "2024-02-01", "2024-02-29", "month"],
    ["09/2024", "2024-09-01", "2024-09-30", "month"],
    ["Oct '24", "2024-10-01", "2024-10-31", "month"],
    ["September ’25", "2025-09-01", "2025-09-30", "month"],
    ["Sept/2024", "2024-09-01", "2024-09-30", "month"],
    ["Sep-24", "2024-09-01", "2024-09-30", "month"],
    ["01.09.2024", "2024-09-01", "2024-09-01", "day"],
    // Terms end with the term: Autumn in December, Spring at the Easter holidays (taken as the end of April,
    // the latest Easter can push it), Summer in July.
    ["Spring Term 2021", "2021-01-01", "2021-04-30", "term"],
    ["Summer Term 2019", "2019-04-01", "2019-07-31", "term"],
    ["Autumn term, 2024", "2024-09-01", "2024-12-31", "term"],
    ["Spring Term 2021/22", "2022-01-01", "2022-04-30", "term"],
    ["Autumn Term 2021/22", "2021-09-01", "2021-12-31", "term"],
    // A half term counts to the end of its term.
    ["Summer 2 2024", "2024-04-01", "2024-07-31", "term"],
  ];
  for (const [text, first, last, precision] of cases)
    it(text, () => expect(parseLooseDate(text)).toEqual({ first, last, precision }));

  it("finds the date inside a review statement", () => {
    for (const [line, date] of [
      ["Next review: when legislation changes, and by March 2024 at the latest", "March 2024"],
      ["The trustees will review it no later than September 2025.", "September 2025"],
      ["REVIEW DUE:   Spring Term 2021", "Spring Term 2021"],
      ["| Policy review due | 21st June 2020 |", "21st June 2020"],
      ["Adopted 2016-02-09", "2016-02-09"],
      ["Signed ............ Date: 03/11/2020", "03/11/2020"],
      ["Agreed by governors March 2022", "March 2022"],
      // PDF text with its line breaks joined: the next line's section number follows the date.
      ["Next review October 2027 1. Introduction", "October 2027"],
      ["Approved 15 October 2026 2. Scope", "15 October 2026"],
    ])
      expect(findDates(line).map((d) => d.text)).toEqual([date]);
  });

  it("reads a bare year only when asked, and never a statute's, edition's or page's year", () => {
    expect(findDates("Reviewed 2023")).toEqual([]);
    expect(findDates("Reviewed 2023", 0, { allowYear: true }).map((d) => d.date)).toEqual([
      { first: "2023-01-01", last: "2023-12-31", precision: "year" },
    ]);
    for (const text of [
      "Children Act 1989",
      "Section 47 of the Children Act 1989",
      "Keeping Children Safe in Education 2024 edition",
      "KCSIE 2023",
      "page 2020",
      "£2020",
      "version 2021",
    ])
      expect(findDates(text, 0, { allowYear: true }), text).toEqual([]);
  });

  it("reads an academic year, September to August, where a bare year would be read", () => {
    for (const text of ["2025/26", "2025-26", "2025–2026"])
      expect(parseLooseDate(text, { allowYear: true }), text).toEqual({
        first: "2025-09-01",
        last: "2026-08-31",
        precision: "year",
      });
    expect(findDates("2025/26")).toEqual([]);
    expect(findDates("2019-2021", 0, { allowYear: true })).toEqual([]);
  });

  it("never reads phone, version, section or page numbers as dates", () => {
    for (const text of [
      "Call 0113 496 0100 or see section 4.2.",
      "07700 900123",
      "01632 960 2020",
      "v2.3",
      "Version 1.2.2020",
      "section 6.2",
      "Section 47",
      "page 4 of 18",
      "1.2.3 Reporting",
      "3/4 of staff",
    ])
      expect(findDates(text, 0, { allowYear: true }), text).toEqual([]);
  });

  it("never reads a day without a year, a time or a relative day", () => {
    for (const text of ["12 March", "Sept 23rd", "today", "next week", "at 10am", "in 2 weeks", "Monday"])
      expect(findDates(text), text).toEqual([]);
  });

  it("gives offsets into the text, across a line break", () => {
    const [match] = findDates("Policy review date:\n7th April\n2021", 10);
    expect(match).toMatchObject({ offset: 30, endOffset: 44, date: { first: "2021-04-07" } });
  });

  it("reads a month and a two-digit year ('06/24') only when asked, and only where it cannot be anything else", () => {
    const monthYear = { shortMonthYear: true };
    expect(findDates("Level 3 – 06/24")).toEqual([]);
    for (const [text, first, last] of [
      ["Level 3 – 06/24", "2024-06-01", "2024-06-30"],
      ["DSL Level 3 -- 3/25\\", "2025-03-01", "2025-03-31"],
      ["Level 3 06/24", "2024-06-01", "2024-06-30"],
      ["refresher 11/98", "1998-11-01", "1998-11-30"],
    ])
      expect(
        findDates(text, 0, monthYear).map((d) => d.date),
        text,
      ).toEqual([{ first, last, precision: "month" }]);
    // A longer date, a day and a month ("03/11": 3 November or March 2011?), a month over 12, a phone
    // number's digits, a version, a score, a percentage, an hour count.
    expect(findDates("completed 12/06/24", 0, monthYear).map((d) => d.text)).toEqual(["12/06/24"]);
    for (const text of [
      "completed 03/11",
      "24/7 cover",
      "passed 18/20",
      "v2/24",
      "ref 2/24a",
      "01632 960 06/24",
      "06/24%",
      "page 3/24",
      "section 4/15",
      "6/24.5 hours",
      "5/15 staff trained",
      "4/20 modules completed",
      "scored 9/20 marks",
    ])
      expect(findDates(text, 0, monthYear), text).toEqual([]);
    // Month and four-digit year needs no option: "due 06/2026", "completed 11/2023".
    expect(findDates("refresher due 06/2026, completed 11/2023").map((d) => d.text)).toEqual([
      "06/2026",
      "11/2023",
    ]);
  });

  it("rejects impossible dates", () => {
    expect(parseLooseDate("31/02/2024")).toBeUndefined();
    expect(parseLooseDate("30 February 2024")).toBeUndefined();
  });
});
