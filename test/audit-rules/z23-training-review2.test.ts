/**
 * Review 2 of the training readers (issue 11):
 * - a Markdown table's one-word name under a row named by title and first name is a person of their own; only a
 *   PDF's table is cut by a page break;
 * - a title and a first name ("Sister Grace") are a lead with that first name only when the titles agree;
 * - "Pan", "Herr" after a title and a name word are a surname, not a title.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a Markdown table's row under a row named by title and first name", () => {
  const text = (last: string) =>
    [
      "# Bramble Lane Pre-school — Safeguarding",
      "",
      "Designated Safeguarding Lead: Mrs Oona Trevelyan",
      "",
      "## Training",
      "",
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Mrs Oona Trevelyan | Level 3 DSL | 10/04/2026 |",
      "| Miss Priya | Paediatric first aid and safeguarding | 10/04/2025 |",
      last,
      "",
    ].join("\n");

  it("is a person of their own, whose undated course is reported", () => {
    const found = checkText(trainingUndated, text("| Dorota | Paediatric first aid and safeguarding | |"), {
      asOf,
    });
    expect(found.map((f) => f.message).join(" ")).toContain("Dorota");
  });

  it("says nothing when that person's course is dated (near miss)", () => {
    expect(
      checkText(trainingUndated, text("| Dorota | Paediatric first aid and safeguarding | 10/04/2025 |"), {
        asOf,
      }),
    ).toEqual([]);
  });
});
