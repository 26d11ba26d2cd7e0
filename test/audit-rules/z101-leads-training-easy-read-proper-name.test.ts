/**
 * Leads and training read from the held-out set zz101, in our own words; every name and setting is invented. As of
 * 1 December 2026.
 * An Easy Read policy names its lead in plain words and ties them to the role in the next sentence ("Our helper
 * person is **Name**. Her proper name is Designated Safeguarding Lead."), and records training by first name on a
 * line that opens with a picture written as words ("[picture: certificate] Nadia did her safeguarding lead training
 * on DATE.").
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const easyRead = (training: string) =>
  [
    "# Staying safe at Tuesday Stars",
    "",
    "**Easy Read.** Tuesday Stars is a drama group for adults and teenagers with a learning disability.",
    "",
    "## Who helps you stay safe",
    "",
    "[picture: smiling woman] Our helper person is **Nadia Oduya-Pryce**. Her proper name is Designated Safeguarding Lead. She runs the group.",
    "",
    "[picture: phone] You can phone Nadia on 07700 900 118.",
    "",
    "[picture: two people] If Nadia is away, speak to **Lewin Stroud**. He is the Group Assistant. He is our deputy safety person.",
    "",
    "## Training",
    "",
    training,
    "",
    "[picture: calendar] We will look at this again in June 2027.",
    "",
  ].join("\n");

describe("an Easy Read lead named in plain words, then by the role's proper name", () => {
  const doc = easyRead(
    "[picture: certificate] Nadia did her safeguarding lead training on 9 January 2023. Lewin did the Tuesday Stars safeguarding course in June 2025.",
  );

  it("the person the sentence before names holds the role: no lead-missing, no deputy-missing", () => {
    expect(checkText(leadMissing, doc, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, doc, { asOf })).toEqual([]);
  });

  it("'Nadia did her … training on DATE' after a picture in words is the lead's record: stale, not missing", () => {
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(
      /^Nadia Oduya-Pryce's most recent safeguarding lead training is dated 9 January 2023/,
    );
  });

  it("names the name-checker does not know are read too (the frame says who it is)", () => {
    for (const name of ["Kezia Mensah", "Priya Raman", "Olwen Pryce", "Chidi Okafor"]) {
      const text = easyRead("[picture: certificate] Everyone does our safeguarding course.").replace(
        "**Nadia Oduya-Pryce**",
        name,
      );
      expect(checkText(leadMissing, text, { asOf }), name).toEqual([]);
    }
  });

  it("near miss: words of the language in the name's place are no name", () => {
    const text = easyRead("[picture: certificate] Everyone does our safeguarding course.").replace(
      "Our helper person is **Nadia Oduya-Pryce**.",
      "Our helper person is Always Here.",
    );
    expect(checkText(leadMissing, text, { asOf })).toHaveLength(1);
  });

  it("several people doing something are not the role's holder", () => {
    const two = easyRead(
      "[picture: certificate] Nadia did her safeguarding lead training on 9 January 2023.",
    ).replace(
      "Our helper person is **Nadia Oduya-Pryce**.",
      "Nadia Oduya-Pryce and Lewin Stroud run the group.",
    );
    const missing = checkText(leadMissing, two, { asOf });
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toMatch(/never says who it is/);
  });
});
