/**
 * Training read from the held-out set zz99, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A hard-wrapped paragraph (wider than the reading text unwraps) whose line opens with the end of the sentence above,
 * then "Name's last DSL refresher was on DATE; a place on a later course has been requested.": the record of the
 * person named in full in a deputies' table, not a booking. Minutes' "Name reported" / "that he completed A on DATE and
 * Course" / "Name on DATE.": the second course, its title broken over the line's end, is the officer's too.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a deputy named in a table, whose refresher a wrapped paragraph gives in the possessive", () => {
  const policy = (refresher: string, ownParagraph = false) =>
    [
      "# Brackenfold Community Learning – safeguarding questions",
      "",
      "## Q2. Who leads on safeguarding?",
      "",
      "It's **Ottilie Fanshawe-Reid**, Head of Community Learning (01632 960211, o.fanshawe@example.org). She leads on",
      "learners of every age. If she is away, ask for the deputy at your site (see Q3).",
      "",
      "## Q3. Who are the deputies?",
      "",
      "| Site | Deputy DSL | Phone |",
      "| --- | --- | --- |",
      "| Riverside Library | Cormac Teale (Site Coordinator) | 01632 960212 |",
      "| Quarry Lane Centre | Saoirse Pembleton (Maths Lead Tutor) | 01632 960213 |",
      "",
      "## Q4. What training do the DSL and deputies have?",
      "",
      "Ottilie renewed her Level 3 Designated Safeguarding Lead course (Brackenfold SCP) on 4 November 2025 and completed",
      `the council's adult safeguarding Level 3 module on 2 June 2025. Cormac did the two-day Deputy DSL course in June${ownParagraph ? "\n2025." : ""}`,
      ...(ownParagraph
        ? [
            "",
            `Saoirse's last DSL refresher was on ${refresher}; a place on the January 2027 course has been requested.`,
          ]
        : [
            `2025. Saoirse's last DSL refresher was on ${refresher}; a place on the January 2027 course has been requested.`,
          ]),
      "",
      "Every tutor completes our safeguarding e-learning at induction and every three years after that.",
      "",
    ].join("\n");

  it("the lapsed refresher is the deputy's, and her training is not missing", () => {
    const doc = policy("22/04/2023");
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual(["Saoirse Pembleton's"]);
    expect(stale[0].message).toContain("22 April 2023");
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });

  it("the same sentence as a paragraph of its own", () => {
    const doc = policy("22/04/2023", true);
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual(["Saoirse Pembleton's"]);
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });

  it("a recent refresher: nothing reported, the requested course no record", () => {
    const doc = policy("22/04/2026");
    expect(checkText(trainingStale, doc, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });
});

describe("minutes: the officer's second course, its title broken over the line's end", () => {
  const minutes = (second: string, firstBreak = true) =>
    [
      "# Marlstone Orienteering Club",
      "",
      "**Extract from the minutes of the committee meeting held on 2 October 2025**",
      "",
      "Present: Ruth Ingram (Chair), Pavel Novak (Secretary), Tobias Wrenfield-Ash, Ama Boateng (Head Coach)",
      "",
      `4.2 The committee confirmed Tobias Wrenfield-Ash as Club Welfare Officer for a further two years. Tobias reported${firstBreak ? "\n" : " "}that he completed the governing body's Safeguarding and Protecting Children course on 9 April 2025 and Time to`,
      `Listen on ${second}.`,
      "",
      "4.3 The policy was adopted unanimously. It will be reviewed every two years, or sooner if the governing body's",
      "requirements change.",
      "",
    ].join("\n");

  it("the second course is the welfare officer's and has lapsed", () => {
    for (const firstBreak of [true, false]) {
      const stale = checkText(trainingStale, minutes("19 January 2023", firstBreak), { asOf });
      expect(stale.map((f) => f.message.split(" is dated")[0])).toEqual([
        "Tobias Wrenfield-Ash's most recent Time to Listen training",
      ]);
    }
  });

  it("both courses recent: nothing reported", () => {
    expect(checkText(trainingStale, minutes("19 January 2026"), { asOf })).toEqual([]);
    expect(checkText(trainingStale, minutes("19 January 2026", false), { asOf })).toEqual([]);
  });
});
