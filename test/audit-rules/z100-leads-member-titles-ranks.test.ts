/**
 * A service club's or a forces unit's title before the lead's name, in our own words with invented names: "Rtn.
 * Ana Cole" (a Rotarian), "Wg Cdr Ben Ford", "Lt Col …", "DC …" — a title or rank, and the name read after it.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(title: string, lines: string[]): string {
  return [`# ${title}`, "", ...lines.flatMap((l) => [l, ""])].join("\n");
}

describe("lead and deputy: a member's or an officer's title before the name", () => {
  const text = policy("Larkstone Rotary Club – Youth Safeguarding Policy", [
    "## Who is responsible",
    "Club Safeguarding Lead: Rtn. Morwenna Attwood-Rees (Youth Chair) — 07700 900 611 — morwenna@example.org",
    "Deputy Club Safeguarding Lead: Rtn. Idris Cavanagh — 07700 900 612",
  ]);
  for (const format of ["md", "docx"] as const) {
    it(`"Rtn." is a Rotarian's title, the name read after it (${format})`, () => {
      expect(namesFor(text, format, "dsl")).toEqual(["Rtn. Morwenna Attwood-Rees"]);
      expect(namesFor(text, format, "deputy")).toEqual(["Rtn. Idris Cavanagh"]);
      expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
    });
  }

  // Text copied from a PDF: its lines run into one paragraph once rejoined, so the title's stop is inside the sentence.
  it("a title's full stop ends no sentence: a pronoun deputy after a titled lead's line", () => {
    const lines = policy("Larkstone Toddler Group – Safeguarding", [
      "## Who to talk to",
      "Group Safe-\nguarding Lead: Rtn. Emma Benbow, 07700 900 310\nIf Emma is not there, talk to **James Lusk**. He is our deputy safeguarding lead.",
    ]);
    expect(namesFor(lines, "md", "deputy")).toEqual(["James Lusk"]);
    expect(checkText(deputyMissing, lines, { asOf })).toEqual([]);
  });

  it("a forces or police rank's short form before the name", () => {
    const ranks = policy("1066 Squadron – Safeguarding", [
      "Squadron Safeguarding Officer: Wg Cdr Tamsin Oyelaran",
      "Deputy Squadron Safeguarding Officer: Lt Col Gareth Pennock",
    ]);
    expect(namesFor(ranks, "md", "dsl")).toEqual(["Tamsin Oyelaran"]);
    expect(namesFor(ranks, "md", "deputy")).toEqual(["Gareth Pennock"]);
    const police = policy("Westmoor Police Cadets – Safeguarding", [
      "Unit Safeguarding Lead: DC Ruth Ambrose-Kay",
      "Deputy Unit Safeguarding Lead: DS Omar Feltham",
    ]);
    expect(namesFor(police, "md", "dsl")).toEqual(["Ruth Ambrose-Kay"]);
    expect(namesFor(police, "md", "deputy")).toEqual(["Omar Feltham"]);
  });
});
