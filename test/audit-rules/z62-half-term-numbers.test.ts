/**
 * School half terms numbered through the year (issue 11, the sixty-second held-out set, in our own words; every
 * name is invented; as of 1 December 2026). Many schools number the six half terms: HT1 and HT2 are the autumn
 * term (HT1 September to the October half-term break), HT3 and HT4 spring, HT5 and HT6 summer — "HT1 2025" is a
 * date as "Autumn 1 2025" is, counted to the end of its half term. "HT1 2025" in a training table's date cell dates
 * the course: not undated.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { findDates } from "../../src/audit/text/dates.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function read(text: string): Array<[string, string, string]> {
  return findDates(text, 0, { allowYear: true, shortMonthYear: true }).map((d) => [
    d.text,
    d.date.first,
    d.date.last,
  ]);
}

describe("numbered half terms as dates", () => {
  it("reads HT1–HT6 as the halves of autumn, spring and summer, each to its end", () => {
    expect(read("HT1 2025")).toEqual([["HT1 2025", "2025-09-01", "2025-10-31"]]);
    expect(read("HT2 2025")).toEqual([["HT2 2025", "2025-09-01", "2025-12-31"]]);
    expect(read("HT3 2026")).toEqual([["HT3 2026", "2026-01-01", "2026-02-28"]]);
    expect(read("HT4 2026")).toEqual([["HT4 2026", "2026-01-01", "2026-04-30"]]);
    expect(read("HT5 2026")).toEqual([["HT5 2026", "2026-04-01", "2026-05-31"]]);
    expect(read("HT6 2026")).toEqual([["HT6 2026", "2026-04-01", "2026-07-31"]]);
  });

  it("reads 'HT 3', 'Half Term 4' and a half term of an academic year", () => {
    expect(read("HT 3 2026")).toEqual([["HT 3 2026", "2026-01-01", "2026-02-28"]]);
    expect(read("Half Term 4 2026")).toEqual([["Half Term 4 2026", "2026-01-01", "2026-04-30"]]);
    expect(read("HT1 2025/26")).toEqual([["HT1 2025/26", "2025-09-01", "2025-10-31"]]);
    expect(read("HT5 2025/26")).toEqual([["HT5 2025/26", "2026-04-01", "2026-05-31"]]);
  });

  it("still reads 'Autumn 1 2025' and 'Spring 2 2026'", () => {
    expect(read("Autumn 1 2025")).toEqual([["Autumn 1 2025", "2025-09-01", "2025-10-31"]]);
    expect(read("Spring 2 2026")).toEqual([["Spring 2 2026", "2026-01-01", "2026-04-30"]]);
  });

  it("reads no half term from a number that is not one", () => {
    const halfTerms = (text: string) => read(text).filter(([found]) => /ht/i.test(found));
    expect(halfTerms("HT7 2025")).toEqual([]);
    expect(halfTerms("ht1 2025")).toEqual([]);
    expect(halfTerms("SHT1 2025")).toEqual([]);
  });
});

describe("a numbered half term in a training table's date cell", () => {
  const text = (date: string) =>
    [
      "# Fernbank Hospital School — Safeguarding Policy",
      "",
      "## 2. Who is responsible",
      "",
      "Our Designated Safeguarding Lead is Mrs Nia Cardew (01632 960 810).",
      "Our Deputy Designated Safeguarding Lead is Mr Owen Tellam (01632 960 811).",
      "",
      "## 9. Training",
      "",
      "| Name | Role | Course | Date |",
      "| --- | --- | --- | --- |",
      "| Mrs Nia Cardew | DSL | Designated Safeguarding Lead (Level 3) | 14/03/2026 |",
      `| Mr Owen Tellam | Deputy DSL | Level 3 DSL | ${date} |`,
      "",
    ].join("\n");

  it("dates the course: not undated, and in date", () => {
    for (const date of ["HT1 2025", "HT4 2025", "Autumn 1 2025"]) {
      expect(checkText(undated, text(date), { asOf, format: "md" })).toEqual([]);
      expect(checkText(stale, text(date), { asOf, format: "md" })).toEqual([]);
    }
  });

  it("a half term long past is stale, counted from the half term's end", () => {
    expect(checkText(stale, text("HT1 2022"), { asOf, format: "md" }).map((f) => f.message)).toEqual([
      expect.stringMatching(/^Mr Owen Tellam's .* is HT1 2022 — it lapsed/),
    ]);
  });
});
