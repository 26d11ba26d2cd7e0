/**
 * Training read from the held-out set zz99, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * - A lead's children's designated lead course is not renewed by a later course on safeguarding adults, though both
 *   are "Level 3".
 * - "Priya's last DSL refresher was on 14/04/2023; a place on next spring's course has been asked for.": a lead's
 *   course by first name and the day it took place, then a clause of its own after the semicolon.
 * - "Colette refreshed her Level 3 … course on 2 September 2024 and completed the … module on 3 February 2025": a
 *   second course joined by "and" to the first one's date, with a date of its own, is a record of its own.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a question-and-answer policy's training sentences", () => {
  const text = (later: string) =>
    [
      "# Fernleigh College – safeguarding questions",
      "",
      "## Who is the Designated Safeguarding Lead?",
      "",
      "It's **Colette Marrowby**, Head of Foundation Learning (01632 960111).",
      "",
      "## Who are the deputies?",
      "",
      "| Site | Deputy DSL | Phone |",
      "| --- | --- | --- |",
      "| North campus | Priya Lindqvist (Tutor) | 01632 960112 |",
      "| South campus | Owen Tarrant (Coordinator) | 01632 960113 |",
      "",
      "## What training do they have?",
      "",
      `Colette refreshed her Level 3 Designated Safeguarding Lead course on 2 September 2024 and ${later}. Owen did the Deputy DSL course in June 2025. Priya's last DSL refresher was on 14/04/2023; a place on next spring's course has been asked for.`,
      "",
      "Every tutor completes safeguarding e-learning at induction.",
      "",
    ].join("\n");

  it("a later adults' Level 3 module does not renew the lead's children's DSL course; the deputy's refresher lapsed", () => {
    const doc = text("completed the county's safeguarding adults Level 3 module on 3 February 2025");
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0]).sort()).toEqual([
      "Colette Marrowby's",
      "Priya Lindqvist's",
    ]);
    expect(stale.find((f) => f.message.startsWith("Priya"))?.message).toMatch(
      /DSL refresher.* is dated 14 April 2023/,
    );
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });

  it("a later children's Level 3 course does renew it", () => {
    const doc = text("completed the county's Level 3 child protection course on 3 February 2025");
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual(["Priya Lindqvist's"]);
  });
});
