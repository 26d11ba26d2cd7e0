/**
 * A training table whose header takes two rows — a group heading over the course columns ("| Name | Role |
 * Designated lead training | |"), then the columns' own words ("| | | Course | Completed |") — has one header: the
 * second row is not a course listed without a date, and its words say which column holds the dates. From the
 * twelfth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(group: string, second: string, rows: string[]): string {
  return [
    "# Fenmoor Federation — Child Protection Policy",
    "",
    "Our Designated Safeguarding Lead is Mrs Rhiannon Dace, Executive Headteacher. Our deputies are Mr Tobias Wray and Ms Nia Holt.",
    "",
    "## Training",
    "",
    `| Name | Role | ${group} | |`,
    "| --- | --- | --- | --- |",
    second,
    ...rows,
    "",
  ].join("\n");
}

const current = [
  "| Rhiannon Dace | DSL | Level 3 DSL (Fenmoor SCP) | 14/10/2025 |",
  "| Tobias Wray | Deputy DSL | Level 3 DSL (Fenmoor SCP) | 02/02/2026 |",
];

describe("a training table with a header over two rows", () => {
  it("does not read the second header row as an undated course", () => {
    for (const [group, second] of [
      ["Designated lead training", "| | | Course | Completed |"],
      ["Safeguarding training", "| | | Course | Date |"],
      ["Lead training record", "| | | Training | Date completed |"],
    ]) {
      const text = policy(group, second, current);
      expect(checkText(trainingUndated, text, { asOf }), second).toEqual([]);
      expect(checkText(trainingStale, text, { asOf }), second).toEqual([]);
    }
  });

  it("reads the dates in the column the second row names", () => {
    const text = policy("Designated lead training", "| | | Course | Completed |", [
      ...current,
      "| Nia Holt | Deputy DSL | Level 3 DSL (Fenmoor SCP) | 11/03/2024 |",
    ]);
    expect(excerpts(checkText(trainingStale, text, { asOf }), text)).toEqual([
      "| Nia Holt | Deputy DSL | Level 3 DSL (Fenmoor SCP) | 11/03/2024 |",
    ]);
  });

  it("still reports a course row whose date was left to fill in", () => {
    const text = policy("Designated lead training", "| | | Course | Completed |", [
      ...current,
      "| Nia Holt | Deputy DSL | Level 3 DSL – date | |",
    ]);
    expect(excerpts(checkText(trainingUndated, text, { asOf }), text)).toEqual([
      "| Nia Holt | Deputy DSL | Level 3 DSL – date | |",
    ]);
  });
});
