/**
 * training-stale and training-undated (held-out set zz57), in our own words; every name is invented. As of
 * 1 December 2026. A | Name | Course | Date | table whose date cell holds a year alone ("2021"): the year is the
 * record's date, counted to its end (31 December 2021), so a three-year course lapsed at the end of 2024. Only the
 * date cell: a year in the course's name ("… 2025 update") dates nothing.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(rows: string[]): string {
  return [
    "# Ballyrainey Karting Club — Safeguarding Policy",
    "",
    "## 2. Who is responsible",
    "",
    "| Role | Name | Phone |",
    "|---|---|---|",
    "| Designated Safeguarding Officer | Ciara Quinn | 07700 900 731 |",
    "| Deputy Designated Safeguarding Officer | Patrick Toner | 07700 900 732 |",
    "",
    "## 3. Training record",
    "",
    "| Name | Course | Date |",
    "|---|---|---|",
    "| Ciara Quinn | Designated Safeguarding Officer training | 12/05/2026 |",
    "| Patrick Toner | Designated Safeguarding Officer training | 03/09/2025 |",
    ...rows,
    "",
  ].join("\n");
}

describe("a year alone in a training table's date cell", () => {
  it("dates the course to the year's end: lapsed, and not undated", () => {
    const text = policy(["| Sinead Rafferty | Safeguarding children in sport – awareness | 2021 |"]);
    expect(checkText(stale, text, { asOf, format: "md" }).map((f) => f.message)).toEqual([
      expect.stringMatching(/^Sinead Rafferty's .*awareness.* is 2021 — it lapsed at the end of 2024/),
    ]);
    expect(checkText(undated, text, { asOf, format: "md" })).toEqual([]);
  });

  it("a recent year is in date", () => {
    const text = policy(["| Sinead Rafferty | Safeguarding children in sport – awareness | 2025 |"]);
    expect(checkText(stale, text, { asOf, format: "md" })).toEqual([]);
    expect(checkText(undated, text, { asOf, format: "md" })).toEqual([]);
  });

  it("a year in the course's name, with the date cell empty, is still undated", () => {
    const text = policy(["| Sinead Rafferty | Keeping Children Safe in Education 2025 update | |"]);
    expect(checkText(stale, text, { asOf, format: "md" })).toEqual([]);
    expect(checkText(undated, text, { asOf, format: "md" }).map((f) => f.message)).toEqual([
      expect.stringMatching(/^Sinead Rafferty's .* without a date/),
    ]);
  });
});
