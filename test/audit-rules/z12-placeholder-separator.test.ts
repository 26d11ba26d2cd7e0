/**
 * "(date)" in a column heading is read by looking at the line under the table's header row ("| --- | --- |"). A
 * long run of spaces on that line is read in time proportional to its length (a single pattern with spaces either
 * side of an optional "|" took time growing with the square of the run: 1.9 s at 40,000 spaces).
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";
import { growth } from "../helpers/growth.js";

const asOf = "2026-12-01";
const table = (separator: string) =>
  ["# Policy", "", "| Check | Completed (date) | Initials |", separator, "| Fire drill | | |", ""].join("\n");
const found = (text: string) => excerpts(checkText(placeholderText, text, { asOf }), text);

describe("a column heading's (date) over a table's separator line", () => {
  it("is left alone, and a separator with odd spacing is still a separator", () => {
    expect(found(table("| --- | --- | --- |"))).toEqual([]);
    expect(found(table("|:---|  :---:  |---:|"))).toEqual([]);
  });

  it("is reported when the next line is not a separator", () => {
    expect(found(table("| Fire drill | | |"))).toEqual(["(date)"]);
  });

  it("is read in time proportional to a long run of spaces on the next line", () => {
    // A ratio of CPU times, never a wall time (test/helpers/growth.ts).
    const ratio = growth(
      (spaces) => {
        found(table(`|---${" ".repeat(spaces)}x`));
      },
      2000,
      20000,
    );
    expect(ratio).toBeLessThan(40);
  });
});
