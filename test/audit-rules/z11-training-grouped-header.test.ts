/**
 * A training table whose header names each course over two columns, with a second header row saying which is
 * which ("| Name | Role | Level 3 safeguarding | |" / "| | | Completed | Expires |"): each person's course is
 * dated by its "Completed" cell (or known by its "Expires" cell alone), and judged like any other record. A
 * course in another subject under the same layout is not safeguarding training. From the eleventh and twelfth
 * held-out sets (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(table: string[]): string {
  return [
    "# Saltmere Leisure Centre — Safeguarding Children in Swimming Lessons",
    "",
    "Our Designated Safeguarding Officer is Odette Brannigan (01632 960 700). Her deputies are Ravi Kell and Maura Quist.",
    "",
    "## Training",
    "",
    ...table,
    "",
  ].join("\n");
}

describe("a training table with a course's heading over its Completed and Expires columns", () => {
  it("reports the person whose course has lapsed, once", () => {
    const text = policy([
      "| Name | Role | Level 3 safeguarding | |",
      "| --- | --- | --- | --- |",
      "| | | Completed | Expires |",
      "| Odette Brannigan | DSO | 10/2025 | 10/2027 |",
      "| Ravi Kell | Deputy DSO | 21/07/2024 | 21/07/2026 |",
      "| Maura Quist | Deputy DSO | 03/2026 | 03/2028 |",
    ]);
    expect(excerpts(checkText(trainingStale, text, { asOf }), text)).toEqual([
      "| Ravi Kell | Deputy DSO | 21/07/2024 | 21/07/2026 |",
    ]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });

  it("reads each course of a row under its own heading", () => {
    const text = policy([
      "| Name | Role | Designated lead / Level 3 | | Prevent | |",
      "| --- | --- | --- | --- | --- | --- |",
      "| | | Completed | Expires | Completed | Expires |",
      "| Odette Brannigan | DSL | 02/05/2024 | 05/2026 | 14/10/2025 | 10/2028 |",
      "| Ravi Kell | Deputy DSL | 09/09/2025 | 09/2027 | 09/09/2025 | 09/2028 |",
      "| Maura Quist | Deputy DSL | | 03/2026 | 11/11/2025 | 11/2028 |",
    ]);
    const found = checkText(trainingStale, text, { asOf });
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Odette Brannigan's .*(?:designated|DSL|Level 3)/i),
      expect.stringMatching(/Maura Quist.*March 2026/),
    ]);
  });

  it("says nothing of a course in another subject", () => {
    const text = policy([
      "| Name | Role | Level 3 safeguarding | |",
      "| --- | --- | --- | --- |",
      "| | | Completed | Expires |",
      "| Odette Brannigan | DSO | 10/2025 | 10/2027 |",
      "| Ravi Kell | Deputy DSO | 09/2025 | 09/2027 |",
      "| Maura Quist | Deputy DSO | 03/2026 | 03/2028 |",
      "",
      "| Name | Role | Pool lifeguard qualification | |",
      "| --- | --- | --- | --- |",
      "| | | Completed | Expires |",
      "| Ravi Kell | Deputy DSO | 04/2021 | 04/2023 |",
    ]);
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});
