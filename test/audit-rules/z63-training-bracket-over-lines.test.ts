/**
 * A training line broken inside a bracket (held-out set zz63), in our own words; every name is invented.
 * "Saoirse Mulvaney-Hart: … awareness refresher, 01.2024 (this replaces her" / "first awareness course of
 * 11.2019)." is one sentence broken by a line break (a Word line break, a Markdown soft break): the line after is not
 * a record of its own, so the course it says was replaced is not reported as lapsed. Near misses: a next line in
 * capitals (a new entry), a bracket the line closes itself, a table row.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { joinBracketOverLines } from "../../src/audit/text/lines.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a bracket opened on one line and closed on the next", () => {
  it("reads as one line: the replaced course is not a record of its own", () => {
    const text = [
      "# Uprock Collective",
      "",
      "Designated Safeguarding Lead: Saoirse Mulvaney-Hart",
      "",
      "Saoirse Mulvaney-Hart: Deputy DSL training, 03/2025; safeguarding awareness refresher, 01/2024 (this replaces her",
      "first awareness course of 11/2019).",
      "",
      "Next review: 1 September 2027",
      "",
    ].join("\n");
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });

  it("joins only a lower-case line that closes the bracket", () => {
    expect(joinBracketOverLines("refresher, 01/2024 (this replaces her\nfirst course of 11/2019).")).toBe(
      "refresher, 01/2024 (this replaces her first course of 11/2019).",
    );
    for (const text of [
      "Level 3 DSL (Hollowmere SCP\nAnn Lee – Level 2 (online) – 03/2021)",
      "Level 3 DSL (Hollowmere SCP) 03/2021\nrenewed every two years (see below)",
      "| Ann Lee (DSL | Level 3 |\n| renewed) | 2021 |",
    ])
      expect(joinBracketOverLines(text), text).toBe(text);
  });
});
