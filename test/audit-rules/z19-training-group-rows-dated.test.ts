/**
 * Training plans and course requirements as a reviewer's probes wrote them (issue 11), in our own words; every name
 * is invented. As of 1 December 2026:
 * - a plan's row for a group ("All helpers", "Youth team", "New volunteers") is a rule for whoever joins it, whether
 *   it gives a month the course falls due, a relative time ("within six weeks of joining") or nothing but the course;
 *   the group is never reported as a person ("All helpers's");
 * - a table of what each role must complete, with no person in it ("| Course | Provider | Renewal |"), whose only
 *   timing is an interval ("every 3 years") is a rule, not a list of undated records;
 * - a lead named "Ms Ann Lee" is not trained by the record of a lead named "Mrs Mary Ann Lee" in another role, nor
 *   "Mrs Dana Smith" by "Mr D Smith"'s.
 */
import { describe, expect, it } from "vitest";
import { whoseTraining } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function club(plan: string[]): string {
  return [
    "# Larkspur Community Sports Club — Safeguarding Policy",
    "",
    "Club Welfare Officer: Mr Tobias Quennell, 01632 960 501.",
    "",
    "## Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Mr Tobias Quennell | Welfare officer course | 14 January 2026 |",
    "",
    "What we plan this season:",
    "",
    ...plan,
    "",
  ].join("\n");
}

const findings = (text: string) => [
  ...excerpts(checkText(trainingStale, text, { asOf }), text),
  ...excerpts(checkText(trainingUndated, text, { asOf }), text),
];

describe("a plan's row for a group, dated or not", () => {
  it("is a rule, not a person's lapsed or undated training", () => {
    for (const plan of [
      [
        "| Who | Course | Renewal due |",
        "| --- | --- | --- |",
        "| All helpers | Safeguarding in sport refresher | October 2026 |",
        "| New volunteers | Time to Listen | within six weeks of joining |",
      ],
      [
        "| Course | Who | Due |",
        "| --- | --- | --- |",
        "| Safeguarding in sport refresher | Youth team | October 2026 |",
        "| Time to Listen | New volunteers | within six weeks of joining |",
        "| Emergency first aid | Coaches | August 2026 |",
      ],
      [
        "| Course | Who | When |",
        "| --- | --- | --- |",
        "| Safeguarding in sport refresher | Youth team | October 2026 |",
        "| Time to Listen | New volunteers | within six weeks of joining |",
      ],
    ]) {
      const text = club(plan);
      expect(findings(text), plan[0]).toEqual([]);
    }
  });

  it("still reports a named person's due date that has passed in the same plan (near miss)", () => {
    const text = club([
      "| Who | Course | Renewal due |",
      "| --- | --- | --- |",
      "| All helpers | Safeguarding in sport refresher | October 2026 |",
      "| Mrs Nell Ashdown | Time to Listen refresher | March 2026 |",
    ]);
    const found = checkText(trainingStale, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Nell Ashdown's");
  });

  it("still reports a group's row with an empty date in a record of training done (near miss)", () => {
    const text = club([
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Coaching staff | Safeguarding | |",
    ]);
    expect(checkText(trainingUndated, text, { asOf })).toHaveLength(1);
  });

  it("never writes a group's name with a possessive 's", () => {
    expect(whoseTraining("Prevent training", "All helpers")).toBe("All helpers' Prevent training");
    expect(whoseTraining("Prevent training", "New volunteers")).toBe("New volunteers' Prevent training");
    expect(whoseTraining("Prevent training", "Mrs Jones")).toBe("Mrs Jones's Prevent training");
  });
});

function requirements(timing: string, rows: string[]): string {
  return club([`| Course | Provider | ${timing} |`, "| --- | --- | --- |", ...rows]);
}

describe("a table of what each role completes, with no person in it", () => {
  it("is a rule when a row's only timing is an interval", () => {
    for (const timing of ["Renewal", "How often", "Frequency"]) {
      const text = requirements(timing, [
        "| Safeguarding Level 1 | Larkspur District Council | every 3 years |",
        "| Welfare officer course | National governing body | every two years |",
        "| Prevent awareness | Home Office e-learning | annually |",
      ]);
      expect(findings(text), timing).toEqual([]);
    }
  });

  it("still reports a course listed with no timing at all (near miss)", () => {
    const text = requirements("Renewal", [
      "| Safeguarding Level 1 | Larkspur District Council | every 3 years |",
      "| Prevent awareness | Home Office e-learning | |",
    ]);
    expect(excerpts(checkText(trainingUndated, text, { asOf }), text)).toEqual([
      "| Prevent awareness | Home Office e-learning | |",
    ]);
  });
});

function twoLeads(rows: string[]): string {
  return [
    "# Hazelmere Primary School — Safeguarding",
    "",
    "Designated Safeguarding Lead: Mrs Mary Ann Lee",
    "Deputy Designated Safeguarding Lead: Ms Ann Lee",
    "",
    "## Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

describe("two leads, one name the end of the other's", () => {
  it("does not give the longer name's training to the shorter", () => {
    const text = twoLeads(["| Mrs Mary Ann Lee | Level 3 DSL | 12/05/2026 |"]);
    const found = checkText(trainingMissing, text, { asOf });
    expect(found.map((f) => f.message).join("\n")).toContain("Ann Lee");
    expect(found).toHaveLength(1);
  });

  it("finds nothing missing when both are listed (near miss)", () => {
    const text = twoLeads([
      "| Mrs Mary Ann Lee | Level 3 DSL | 12/05/2026 |",
      "| Ms Ann Lee | Level 3 DSL | 03/03/2026 |",
    ]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });
});

describe("a woman's full name and a man's initial, one surname", () => {
  const text = [
    "# Hazelmere Primary School — Safeguarding",
    "",
    "Designated Safeguarding Lead: Mrs Dana Smith",
    "Deputy Designated Safeguarding Lead: Mr D Smith",
    "",
    "## Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Mr D Smith | Level 3 DSL | 12/05/2026 |",
    "",
  ].join("\n");

  it("does not give his record to her", () => {
    const found = checkText(trainingMissing, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Dana Smith");
  });

  it("still gives an initial's record to the one lead of that name (near miss)", () => {
    const one = text
      .replace("Deputy Designated Safeguarding Lead: Mr D Smith", "")
      .replace("Mr D Smith", "Mrs D Smith");
    expect(checkText(trainingMissing, one, { asOf })).toEqual([]);
  });
});
