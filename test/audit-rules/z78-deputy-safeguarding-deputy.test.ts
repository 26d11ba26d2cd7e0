/**
 * A deputy named by the title "Safeguarding Deputy", as the seventy-eighth held-out set wrote it, in our own words;
 * every name is invented: "On Sundays the Club Safeguarding Deputy, Mr Idris Paxton, is at the lake" — the lead
 * named only by role elsewhere. The title names the deputy; "Safeguarding Deputy Head" is a job title.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function club(sentence: string): string {
  return [
    "[INSERT CLUB BADGE]",
    "",
    "# Thornwick Rowing Juniors — Safeguarding",
    "",
    "## Who to tell",
    "",
    `Concerns go to the Club Welfare Officer through the club office during the week. ${sentence}`,
    "",
  ].join("\n");
}

describe("a deputy named after the title 'Safeguarding Deputy'", () => {
  it("is named: no deputy-missing", () => {
    for (const sentence of [
      "On Sundays the Club Safeguarding Deputy, Mr Idris Paxton, is at the boathouse from 8am.",
      "Our Safeguarding Deputy is Leonie Harcastle, who coaches the under-14s.",
      "Safeguarding Deputy: Ms Tova Lindgren",
    ]) {
      expect(checkText(deputyMissing, club(sentence), { asOf }), sentence).toEqual([]);
    }
  });

  it("still reports when no deputy is named (near miss)", () => {
    for (const sentence of [
      "On Sundays a coach is at the boathouse from 8am.",
      "Mr Idris Paxton, the Safeguarding Deputy Head at the school, is not a contact.",
    ]) {
      expect(checkText(deputyMissing, club(sentence), { asOf }), sentence).toHaveLength(1);
    }
  });
});
