/**
 * A training matrix's last row for a group, in our own words; every name is invented. As of 4 December 2026:
 * - a row naming people in the plural with a note in brackets ("Deck stewards (names on the rota board)") whose date
 *   cell states a period or a point before starting ("within three years (reviewed each term)", "before their
 *   first shift") is a rule for the group, not anyone's undated record;
 * - a person's row with an empty date cell, or the word "date" left to fill in, is still reported undated.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function matrix(rows: string[]): string {
  return [
    "# Brynhelyg Boat Club — Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Ms Nerys Talbot, 01632 960 733.",
    "",
    "## Training",
    "",
    "| Name | Role | Course | Valid until / renewal |",
    "| --- | --- | --- | --- |",
    "| Nerys Talbot | DSL | Group C | 12 February 2026 |",
    ...rows,
    "",
  ].join("\n");
}

const undated = (text: string) => excerpts(checkText(trainingUndated, text, { asOf }), text);

describe("a matrix's rule row for a group with a note in brackets", () => {
  it("is a rule when its date cell gives a period or a point before starting", () => {
    for (const row of [
      "| Deck stewards (names on the rota board) | Steward | Group A | within three years (reviewed each term) |",
      "| Relief helpers (see the volunteer file) | Helper | Group A | before their first shift |",
      "| Lock wardens (rota in the hut) | Warden | Group B | within 2 years |",
    ]) {
      const text = matrix([row]);
      expect(undated(text), row).toEqual([]);
    }
  });

  it("still reports a person's row with no date, or with the word 'date' left in", () => {
    for (const row of [
      "| Iolo Brace | Deputy DSL | Group C | |",
      "| Iolo Brace | Deputy DSL | Group C | – date |",
    ]) {
      const text = matrix([row]);
      expect(undated(text), row).toHaveLength(1);
    }
  });

  it("still reports a group's row with nothing but the course", () => {
    const text = matrix(["| Deck stewards (names on the rota board) | Steward | Group A | |"]);
    expect(undated(text)).toHaveLength(1);
  });
});
