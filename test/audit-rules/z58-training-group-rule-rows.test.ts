/**
 * A training table's row for a group of people whose date cell states a rule about when they train, in our own words;
 * every name is invented. As of 1 December 2026:
 * - people named in the plural ("New starters", "Volunteers", "Chaperones") or a group ("Everyone") with a time in
 *   someone's joining ("within first week", "within their first month", "before they start", "during their first
 *   fortnight") is a rule for whoever joins, not anyone's undated record;
 * - a person's row with an empty date cell is still undated, and so is a group's row with nothing but the course;
 * - a date in a first week ("in the first week of March 2025") is a date, not a rule.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function record(rows: string[]): string {
  return [
    "# Kittiwake Holiday Club — Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Ms Odile Farrant, 07700 900412.",
    "",
    "## 6. Staff training record",
    "",
    "| Tick when done | Name | Course | Date |",
    "| --- | --- | --- | --- |",
    "| ☒ | Odile Farrant | Level 3 DSL (Hollowmere SCP) | 14/05/2025 |",
    ...rows,
    "",
  ].join("\n");
}

const undated = (text: string) => excerpts(checkText(trainingUndated, text, { asOf }), text);

describe("a training table's rule row for a group", () => {
  it("is a rule when its date cell gives a time in someone's joining", () => {
    for (const row of [
      "| ☐ | New starters | Induction safeguarding module | within first week |",
      "| ☐ | Volunteers | Safeguarding basics (online) | before they start |",
      "| ☐ | Chaperones | Chaperone safeguarding briefing | within their first month |",
      "| ☐ | Everyone | Club safeguarding induction | during their first fortnight |",
      "| ☐ | Relief playworkers | Safeguarding awareness | before starting |",
    ]) {
      expect(undated(record([row])), row).toEqual([]);
    }
  });

  it("still reports a person's row, or a group's with nothing but the course", () => {
    for (const row of [
      "| ☐ | Rhodri Pascoe | Induction safeguarding module | |",
      "| ☐ | New starters | Induction safeguarding module | |",
    ]) {
      expect(undated(record([row])), row).toHaveLength(1);
    }
  });

  it("reads a person's date in a first week as a date", () => {
    const text = record(["| ☒ | Rhodri Pascoe | Safeguarding awareness | in the first week of March 2025 |"]);
    expect(undated(text)).toEqual([]);
  });
});
