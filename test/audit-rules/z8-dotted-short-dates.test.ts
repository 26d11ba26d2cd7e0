/**
 * Day-first dates written with dots and a two-digit year ("1.9.24", "3.11.25"), as training records and review
 * lines write them. chrono refuses that shape everywhere (a clause number looks the same: "3.1.14"), so it is
 * read only where a date is expected — a training record, a review or adoption line — and never as a clause, a
 * version, a time or a sum of money. From the eighth held-out set (issue 11), in our own words; every name is
 * invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { type FindDatesOptions, findDates } from "../../src/audit/text/dates.js";
import { checkText, excerpts, reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const expected: FindDatesOptions = { shortMonthYear: true };

function read(text: string, options: FindDatesOptions = expected): Array<[string, string]> {
  return findDates(text, 0, options).map((d) => [d.text, d.date.first]);
}

describe("dotted dates with a one-digit day and a two-digit year", () => {
  it("reads them where a date is expected", () => {
    expect(read("1.9.24")).toEqual([["1.9.24", "2024-09-01"]]);
    expect(read("Level 3 refresher: 3.11.25.")).toEqual([["3.11.25", "2025-11-03"]]);
    expect(read("completed 7.02.23, refresher due 7.02.25")).toEqual([
      ["7.02.23", "2023-02-07"],
      ["7.02.25", "2025-02-07"],
    ]);
    expect(read("(4.6.19)")).toEqual([["4.6.19", "2019-06-04"]]);
  });

  it("leaves running text alone, where the same shape is a clause number", () => {
    expect(read("as set out in 1.9.24 below", {})).toEqual([]);
  });

  it("never reads a clause, a version, a time, money or part of a longer number", () => {
    for (const text of [
      "3.1.4",
      "5.2",
      "section 2.4.18",
      "clause 2.4.18",
      "para 1.3.22",
      "v1.2.31",
      "version 4.1.25",
      "Version: 4.1.25",
      "Issue #2.3.24",
      "Step 2.4.19",
      "10.30 am",
      "£4.10.25",
      "4.1.9.24",
      "1.9.245",
      "1.9.24.2",
      "1.13.24",
      "0.9.24",
    ])
      expect(read(text), text).toEqual([]);
  });
});

const who = [
  "# Larkrise Youth Choir — Safeguarding Policy",
  "",
  "Our Safeguarding Lead is Mrs Nkechi Albright-Rowe (07700 900318), and our Deputy Safeguarding Lead is Mr Tomasz Fairweather (07700 900319).",
  "",
].join("\n");

describe("training recorded with dotted short dates", () => {
  it("dates each course under the person's name, and reports only the lapsed one", () => {
    const text = [
      who,
      "## Training",
      "",
      "Nkechi Albright-Rowe",
      "Designated safeguarding lead course (county partnership): 6.3.23",
      "- Choir safeguarding awareness module: 6.3.25",
      "",
      "Tomasz Fairweather",
      "- Designated safeguarding lead course (county partnership): 2.10.25",
      "",
    ].join("\n");
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    const stale = checkText(trainingStale, text, { asOf });
    expect(excerpts(stale, text)).toEqual([
      "Designated safeguarding lead course (county partnership): 6.3.23",
    ]);
    expect(stale[0].message).toMatch(/^Nkechi Albright-Rowe's /);
    expect(stale[0].message).toContain("6 March 2023");
  });
});

describe("review lines with dotted short dates", () => {
  it("reads the next review date and reports it overdue", () => {
    const found = reviewFindings(`${who}\nApproved: 4.3.24\nNext review: 4.3.26\n`, asOf);
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain("4 March 2026");
  });

  it("takes a next review still to come as current", () => {
    expect(reviewFindings(`${who}\nApproved: 4.9.26\nNext review: 4.9.27\n`, asOf)).toEqual([]);
  });
});
