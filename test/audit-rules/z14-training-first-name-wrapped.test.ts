/**
 * Training told by first name in a paragraph whose lines were broken by hand: a line that opens with the end of
 * the sentence above ("May 2026. Ruth completed the … course in March 2026.") holds the next person's record, not
 * a record of the words before the full stop. From the fourteenth held-out set (issue 11), in our own words; every
 * name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(last: string, tail = "online safety briefing in April 2026."): string {
  return [
    "# Drumlane Youth Project — Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Oonagh Farrelly, Project Leader",
    "",
    "Deputy Designated Safeguarding Lead: Tadhg Mullan, Youth Worker",
    "",
    "## Training",
    "",
    "Oonagh completed the Designated Safeguarding Lead course with the Partnership in October 2025, and went to the",
    `${tail} ${last}`,
    "",
  ].join("\n");
}

describe("a first-name record after the end of the sentence above, on one line", () => {
  for (const [format, tail] of [
    ["md", "online safety briefing in April 2026."],
    ["docx", "online safety briefing in April 2026."],
    ["docx", "partnership's briefing for leads held in April 2026."],
  ] as const) {
    it(`is the named person's record (${format}: "${tail}")`, () => {
      const text = policy("Tadhg completed the Designated Safeguarding Lead course in March 2026.", tail);
      expect(checkText(trainingMissing, text, { asOf, format })).toEqual([]);
      expect(checkText(trainingStale, text, { asOf, format })).toEqual([]);
    });
  }

  it("is reported when it has lapsed (near miss)", () => {
    const text = policy("Tadhg completed the Designated Safeguarding Lead course in March 2023.");
    expect(checkText(trainingStale, text, { asOf, format: "docx" }).map((f) => f.message)).toEqual([
      expect.stringContaining("Tadhg Mullan"),
    ]);
  });
});
