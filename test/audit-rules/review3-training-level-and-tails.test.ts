/**
 * Review 3 of issue 11's training fixes (0e4e1ce, b6f0c99), in our own words; every name is invented. As of
 * 1 December 2026.
 * - A table column headed "Level" is a course column only when its cells name safeguarding: a table of staff
 *   qualifications ("Level 3 Early Years Educator", "Level 2 Childcare") is nobody's safeguarding training, while a
 *   column of safeguarding levels beside "Completed" is still read (a bare "Level 3" in it too).
 * - "…, gained in March 2019 on a course run by the council": the words that say when the course was done are never
 *   a course of their own, even when they name a "course"; each person gets one finding.
 * - A bare "in"/"on" after a course is when it was done only when a date follows straight away ("…, in March
 *   2019"); "in line with the procedures of March 2019" dates nothing.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lines: string[]): string {
  return [
    "# Thornbury Green Nursery — Safeguarding",
    "",
    "Date of last review: October 2026. Next review: October 2027.",
    "",
    "Designated Safeguarding Lead: Mrs Odette Varga",
    "",
    "Deputy DSL: Mr Kwame Lindqvist",
    "",
    "## Training",
    "",
    ...lines.flatMap((l) => (l.startsWith("|") ? [l] : [l, ""])),
    "",
  ].join("\n");
}

const TRAINED = [
  "Mrs Odette Varga completed Level 3 DSL training on 14 April 2026.",
  "Mr Kwame Lindqvist completed Level 3 DSL training on 2 May 2026.",
];

function messages(text: string) {
  return {
    stale: checkText(trainingStale, text, { asOf }).map((f) => f.message),
    undated: checkText(trainingUndated, text, { asOf }).map((f) => f.message),
  };
}

describe("a table column headed Level", () => {
  it("is no training record when it lists qualifications in other subjects", () => {
    const { stale, undated } = messages(
      policy([
        ...TRAINED,
        "| Staff member | Level | Completed |",
        "| --- | --- | --- |",
        "| Priya Holloway | Level 3 Early Years Educator | July 2014 |",
        "| Dan Okoro | Level 2 Childcare | 2017 |",
      ]),
    );
    expect(stale).toEqual([]);
    expect(undated).toEqual([]);
  });

  it("is still read when its cells name safeguarding levels", () => {
    const { stale, undated } = messages(
      policy([
        ...TRAINED,
        "| Staff member | Level | Completed | Expires |",
        "| --- | --- | --- | --- |",
        "| Priya Holloway | Level 3 Safeguarding Children | 10/02/2021 | 02/2024 |",
        "| Dan Okoro | Level 2 Safeguarding | – date | |",
        "| Ines Baptiste | Level 3 | 05/05/2020 | |",
      ]),
    );
    expect(stale).toHaveLength(2);
    expect(stale.join(" ")).toContain("Priya Holloway");
    expect(stale.join(" ")).toContain("Ines Baptiste");
    expect(undated).toHaveLength(1);
    expect(undated[0]).toContain("Dan Okoro");
  });
});

describe("the words after a course that say when it was done", () => {
  it("are no course of their own, even when they name a course", () => {
    const lead = messages(
      policy([
        "Mrs Odette Varga holds the Level 3 DSL certificate, gained in April 2018 on a course run by the county council.",
        TRAINED[1],
      ]),
    );
    expect(lead.undated).toEqual([]);
    expect(lead.stale).toHaveLength(1);
    expect(lead.stale[0]).toContain("Mrs Odette Varga's most recent Level 3 DSL certificate is April 2018");

    const both = messages(
      policy([
        "The Designated Safeguarding Lead and deputies hold the Level 3 DSL certificate, gained in April 2018 on a course run by the county council.",
      ]),
    );
    expect(both.undated).toEqual([]);
    expect(both.stale).toHaveLength(2);
    for (const who of ["Mrs Odette Varga", "Mr Kwame Lindqvist"])
      expect(both.stale.join(" ")).toContain(`${who}'s most recent Level 3 DSL certificate is April 2018`);
  });

  it("need a date straight after a bare 'in' or 'on'", () => {
    const lead = messages(
      policy([
        "Mrs Odette Varga holds the Level 3 DSL certificate, in line with the county procedures of April 2018.",
        TRAINED[1],
      ]),
    );
    expect(lead.stale).toEqual([]);

    const both = messages(
      policy([
        TRAINED[0],
        "The Designated Safeguarding Lead and deputies hold the Level 3 DSL certificate, in keeping with the guidance published in April 2018.",
      ]),
    );
    expect(both.stale).toEqual([]);
    // Undated, the lead and deputies sentence is a rule for the role: no undated record of anyone.
    expect(both.undated).toEqual([]);
  });

  it("still date the course when the date follows 'in' at once, or a verb", () => {
    for (const sentence of [
      "Mrs Odette Varga holds the Level 3 DSL certificate, in April 2018.",
      "Mrs Odette Varga holds the Level 3 DSL certificate, last refreshed in April 2018.",
    ]) {
      const { stale, undated } = messages(policy([sentence, TRAINED[1]]));
      expect(undated, sentence).toEqual([]);
      expect(stale, sentence).toHaveLength(1);
      expect(stale[0], sentence).toContain("April 2018");
    }
  });
});
