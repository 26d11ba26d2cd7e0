/**
 * Another body's officer with "own" between its possessive and the role ("The university's own Safeguarding Officer,
 * Mr A, looks after the university's students. He is not a lead for the club.") is disowned as without it: no lead
 * training for this policy to list. Without the disowning words the officer stays the lead. From the seventieth
 * held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, leadNamesOf } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (paragraph: string) =>
  [
    "# Code Camp Hollowmere — Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Ms Ada Okonjo, Camp Director (07700 900111)",
    "",
    paragraph,
    "",
    "## Training",
    "",
    "Ms Ada Okonjo completed Designated Safeguarding Lead training on 10 February 2026.",
    "",
  ].join("\n");

describe("another body's own officer, disowned", () => {
  it.each([
    "The university's own Safeguarding Officer, Mr Nathan Greaves, looks after the university's students and staff. He is not a lead for the camp and does not take our referrals.",
    "Brambleton Primary School's own Designated Safeguarding Lead is Mrs Petra Lund. She is not one of our leads.",
    "The Trust's own DSL, Mrs Petra Lund, does not take the camp's concerns.",
  ])("is not the setting's lead: %s", (paragraph) => {
    const text = policy(paragraph);
    expect(leadNamesOf(text, "dsl")).toEqual(["Ms Ada Okonjo"]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("near miss: the body's own officer who is not disowned stays a lead", () => {
    const text = policy(
      "The university's own Safeguarding Officer, Mr Nathan Greaves, takes the camp's concerns at weekends.",
    );
    expect(leadNamesOf(text, "dsl")).toContain("Mr Nathan Greaves");
    expect(checkText(trainingMissing, text, { asOf }).map((f) => f.message)).toEqual([
      expect.stringContaining("Mr Nathan Greaves"),
    ]);
  });
});
