/**
 * A PDF training table whose person's cell wraps, the role in brackets on a line of its own, and a page break cuts
 * the row after the name: the part on the next page ("(junior umpire)" and the rest of the course and provider) is
 * the rest of the row above, never a person named by a bracket with an undated course. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkDocument } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

function split(rest: string[]) {
  const text = [
    "Name Course Provider Completed",
    "Mrs Tamsin Rowe-Harker Club welfare officer course Western Counties Sports Forum 8 June 2025",
    "Mr Jory Penhale Child protection Western Counties 2 May 2025",
    "",
    "Name Course Provider Completed",
    rest.join(" "),
    "All umpires complete the course before they work with juniors.",
  ].join("\n");
  return pdfDocument(text, [
    ["Name", "Course", "Provider", "Completed"],
    ["Mrs Tamsin Rowe-Harker", "Club welfare officer course", "Western Counties Sports Forum", "8 June 2025"],
    ["Mr Jory Penhale", "Child protection", "Western Counties", "2 May 2025"],
    [...rest, ""],
  ]);
}

describe("a PDF row cut by a page break after the name, its bracketed role on the next page", () => {
  it("is the rest of the named row, not an undated record", () => {
    const document = split(["(junior umpire)", "in sport: foundation", "Sports Forum"]);
    expect(checkDocument(trainingUndated, document, { asOf })).toEqual([]);
  });

  it("still reports a named person's undated row after it (near miss)", () => {
    const document = split(["Ms Wenna Tregear", "in sport: foundation", "Sports Forum"]);
    expect(checkDocument(trainingUndated, document, { asOf })).toHaveLength(1);
  });
});
