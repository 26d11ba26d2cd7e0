/**
 * A month and a four-digit year written with a dot ("09.2024", "06.2025"), as UK policies write them beside
 * "09/2024": read as that month wherever a month and year with a slash is read — a review line, a footer, a
 * training record or a table's date cell. Only a two-digit month (01–12) and a year 19xx or 20xx, so a clause
 * ("1.2026", "section 3.12"), a version ("v3.1", "Version 02.2024") or part of a longer number is not a date.
 * From the sixty-third held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { type FindDatesOptions, findDates } from "../../src/audit/text/dates.js";
import { checkText, excerpts, reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function read(text: string, options: FindDatesOptions = {}): Array<[string, string, string]> {
  return findDates(text, 0, options).map((d) => [d.text, d.date.first, d.date.last]);
}

describe("a month and a year written with a dot", () => {
  it("is read as the month, as the slash form is", () => {
    expect(read("Last reviewed: 09.2024")).toEqual([["09.2024", "2024-09-01", "2024-09-30"]]);
    expect(read("| Ayo Brennan-Fisk | Level 3 | 06.2025 |")).toEqual([
      ["06.2025", "2025-06-01", "2025-06-30"],
    ]);
    expect(read("Safeguarding Children Level 2 – 07.2023")).toEqual([
      ["07.2023", "2023-07-01", "2023-07-31"],
    ]);
    expect(read("adopted 03.2021, last reviewed 10.2026.")).toEqual([
      ["03.2021", "2021-03-01", "2021-03-31"],
      ["10.2026", "2026-10-01", "2026-10-31"],
    ]);
    expect(read("(12.1999)", { shortMonthYear: true })).toEqual([["12.1999", "1999-12-01", "1999-12-31"]]);
  });

  it("leaves a day-first dotted date whole", () => {
    expect(read("18.06.2025")).toEqual([["18.06.2025", "2025-06-18", "2025-06-18"]]);
  });

  it("never reads a clause, a version, money, a decimal or part of a longer number", () => {
    for (const text of [
      "1.2026",
      "9.2024",
      "13.2024",
      "00.2024",
      "10.2226",
      "10.1826",
      "section 10.2026",
      "see paragraph 11.2019",
      "clause 12.2020",
      "Version 02.2024",
      "v10.2025",
      "Issue 03.2024",
      "Step 04.2023",
      "£10.2025",
      "3.10.2026.1",
      "2.10.2026.4",
      "10.2026.3",
      "10.20261",
      "10.2026%",
      "10.2026kg",
      "ab10.2026",
      "REF-10.2026",
      "192.168.10.2024",
    ])
      expect(read(text, { shortMonthYear: true, allowYear: false }), text).toEqual([]);
  });
});

const who = [
  "# Tollbridge Youth Forum — Safeguarding Policy",
  "",
  "Our Designated Safeguarding Lead is Mrs Ifeoma Castellane (07700 900418), and our Deputy Designated Safeguarding Lead is Mr Rhodri Penhallow (07700 900419).",
  "",
].join("\n");

describe("review lines with a dotted month and year", () => {
  it("counts a rolling review from the last one and reports it overdue", () => {
    const found = reviewFindings(
      `${who}\nLast reviewed: 09.2024\nWe review this policy every 2 years.\n`,
      asOf,
    );
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
  });

  it("takes a last review of this autumn as current", () => {
    expect(reviewFindings(`${who}\nLast reviewed 10.2026. We review it every 2 years.\n`, asOf)).toEqual([]);
  });
});

describe("training recorded with a dotted month and year", () => {
  it("dates each course, and reports only the lapsed one", () => {
    const text = [
      who,
      "## Training",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Ifeoma Castellane | Designated Safeguarding Lead (Level 3) | 06.2025 |",
      "| Rhodri Penhallow | Designated Safeguarding Lead (Level 3) | 11.2025 |",
      "",
      "Wren Aldous-Kaye – Safeguarding Children Level 2 – 07.2023",
      "",
    ].join("\n");
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    const stale = checkText(trainingStale, text, { asOf });
    expect(excerpts(stale, text)).toEqual(["Wren Aldous-Kaye – Safeguarding Children Level 2 – 07.2023"]);
    expect(stale[0].message).toContain("July 2023");
  });
});
