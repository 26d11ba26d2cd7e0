/**
 * "Swim England's Lead Safeguarding Officer can be reached through …": a body's name in the possessive before a
 * role is whose officer it is, never the officer's name — it is no lead to find training for. From the thirteenth
 * held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(sentence: string): string {
  return [
    "# Fenmouth Canoe Club — Safeguarding Policy",
    "",
    "| Post | Name | Phone |",
    "| --- | --- | --- |",
    "| Club Welfare Officer | Mrs Annika Lowry | 07700 900 301 |",
    "| Assistant Club Welfare Officer | Mr Jude Okafor | 07700 900 302 |",
    "",
    sentence,
    "",
    "## Training",
    "",
    "| Name | Role | Safeguarding course |",
    "| --- | --- | --- |",
    "| Annika Lowry | Club Welfare Officer | 14/03/2025 |",
    "| Jude Okafor | Assistant Club Welfare Officer | 22/09/2025 |",
    "",
  ].join("\n");
}

describe("a body's name in the possessive before a role", () => {
  for (const sentence of [
    "Paddle Cymru's Lead Safeguarding Officer can be contacted if the Welfare Officer is away.",
    "Rowing Ireland's Lead Welfare Officer takes concerns about our Welfare Officer.",
  ]) {
    it(`is not a person: ${sentence.slice(0, 40)}…`, () => {
      const text = policy(sentence);
      expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
      expect(findLeadMentions(text).flatMap((m) => m.names ?? [])).not.toContainEqual(
        expect.stringMatching(/['’]s$/),
      );
    });
  }

  it("still reads a person named before their role (near miss)", () => {
    const text = policy(
      "Tamsin Gale, Lead Safeguarding Officer for the club's paddlesport centre, can also be contacted.",
    );
    expect(findLeadMentions(text).flatMap((m) => m.names ?? [])).toContain("Tamsin Gale");
  });
});
