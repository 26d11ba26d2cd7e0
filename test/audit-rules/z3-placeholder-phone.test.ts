/**
 * A phone number left unfinished — question marks where its last digits should be ("01632 960 ???") — is one
 * placeholder, reported with the number around it, so the reader sees which number to finish. Question marks
 * that are not in a number keep their own finding; punctuation ("Why???", "under 5??") is not a placeholder.
 * Fictional numbers (Ofcom's drama ranges).
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function found(text: string, format: "md" | "txt" | "pdf" = "md"): string[] {
  return excerpts(checkText(placeholderText, text, { asOf, format }), text);
}

describe("an unfinished phone number", () => {
  for (const format of ["md", "txt", "pdf"] as const) {
    it(`is reported once, with the number, in running text (${format})`, () => {
      const text =
        "If a concern is about a member of staff, the chair will ring the council's allegations officer on 01632 960 ???.\n";
      const reported = checkText(placeholderText, text, { asOf, format });
      expect(excerpts(reported, text)).toEqual(["01632 960 ???"]);
      expect(reported[0].message).toBe(
        'The phone number "01632 960 ???" is not finished — its question marks stand where digits should be: write in the whole number',
      );
    });
  }

  it("takes other shapes of the same slip: digits and question marks mixed, a dashed number, a list item", () => {
    expect(found("Duty team: 0113 4?? ????\n")).toEqual(["0113 4?? ????"]);
    expect(found("- Out of hours: 0808-157-???? (emergency duty team)\n")).toEqual(["0808-157-????"]);
    expect(found("| Local police | 0161 496 0?? |\n")).toEqual(["0161 496 0??"]);
  });

  it("leaves question marks with no number where they were, and punctuation alone", () => {
    expect(found("Safeguarding adviser: Tel ??????\n")).toEqual(["??????"]);
    expect(found("How many of our groups meet children under 5?? All of them.\n")).toEqual([]);
    expect(found("Ring 01632 960 123 at once. Why??? Because it matters.\n")).toEqual([]);
  });
});
