/**
 * A course said to have no known date beside another course with a date, in one sentence, as the seventy-eighth
 * held-out set wrote it, in our own words; every name is invented: "Tomas has completed the club's officer course
 * for coaches (date not known) and the online Prevent module in June 2025". The first course is an undated record;
 * the date belongs to the second only. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function club(sentence: string): string {
  return [
    "# Ashwell Sailing Juniors — Safeguarding",
    "",
    "Designated Safeguarding Lead: Mrs Orla Brennick, Commodore",
    "",
    "On race days the Club Safeguarding Deputy, Mr Tomas Kerrigan, is at the clubhouse.",
    "",
    "## Training",
    "",
    "Mrs Brennick completed the Level 3 designated lead course on 4 February 2026.",
    "",
    sentence,
    "",
  ].join("\n");
}

describe("a course '(date not known)' before another course with a date", () => {
  it("is an undated record; the later date is not its date", () => {
    for (const marker of ["(date not known)", "(date unknown)", "(date not recorded)"]) {
      const sentence = `Tomas has completed the club's officer course for coaches ${marker} and the online Prevent awareness module in June 2025.`;
      const text = club(sentence);
      const found = checkText(trainingUndated, text, { asOf });
      expect(found, marker).toHaveLength(1);
      expect(excerpts(found, text)[0], marker).toContain("officer course");
      expect(checkText(trainingStale, text, { asOf }), marker).toEqual([]);
    }
  });

  it("still shares the sentence's date when no course says its date is unknown (near miss)", () => {
    const text = club(
      "Tomas has completed the club's officer course for coaches and the online Prevent awareness module in June 2025.",
    );
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });
});
