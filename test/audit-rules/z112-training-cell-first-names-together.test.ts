/**
 * Training read from the held-out set zz112, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A web page pasted as a two-column question-and-answer table: the leads are named in one answer cell and their
 * training is told in another, in sentences that open with first names — "Lowri completed … on 3 June 2025. Tobias
 * and Anneka both completed the deputies' course on 9 September 2025." Two first names joined by "and" are each that
 * lead's record of the course: neither deputy is missing training. A first name no lead has stays nobody's.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const page = (trainingAnswer: string) =>
  [
    "# Safeguarding at Brackenfold Aquarium – questions and answers",
    "",
    "| Q. | A. |",
    "| --- | --- |",
    "| Q. Who is the safeguarding lead? | A. Our Designated Safeguarding Lead (DSL) is **Lowri Penhaligon**, Schools Programme Manager – 01632 960771. |",
    "| Q. And when she is away? | A. Ask one of our two Deputy DSLs: **Tobias Wreford-Lane** (Front of House Supervisor, 01632 960772) or **Anneka Solberg** (Senior Aquarist, 07700 900774). One of the three is always on site. |",
    `| Q. What training have they had? | A. ${trainingAnswer} All staff complete safeguarding awareness training at induction and every three years after. |`,
    "| Q. Who do I tell if I am worried? | A. Tell the DSL the same day. If a child is in danger now, call 999. |",
    "",
  ].join("\n");

describe("two leads' first names joined by 'and' opening a sentence of training in a cell", () => {
  it("is each deputy's record: no training missing", () => {
    const doc = page(
      "Lowri completed the county partnership's Designated Safeguarding Lead course on 3 June 2025. Tobias and Anneka both completed the partnership's Deputy DSL course on 9 September 2025.",
    );
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });

  it("an old date is stale for each of them", () => {
    const doc = page(
      "Lowri completed the county partnership's Designated Safeguarding Lead course on 3 June 2025. Tobias and Anneka both completed the partnership's Deputy DSL course on 9 September 2021.",
    );
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
    expect(checkText(trainingStale, doc, { asOf }).map((f) => f.message)).toContainEqual(
      expect.stringMatching(/^Tobias Wreford-Lane's .*Deputy DSL course/),
    );
  });

  it("first names that are no lead's do not stand for the deputy", () => {
    const doc = page(
      "Lowri completed the county partnership's Designated Safeguarding Lead course on 3 June 2025. Marguerite and Anneka both completed the partnership's Deputy DSL course on 9 September 2025.",
    );
    expect(checkText(trainingMissing, doc, { asOf }).map((f) => f.message)).toEqual([
      expect.stringMatching(/none for Tobias Wreford-Lane/),
    ]);
  });
});
