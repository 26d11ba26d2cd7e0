/**
 * Training read from the held-out set zz109, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A policy that names everyone by initials in its sentences ("RO completed …", "FMcK completed …") and gives the
 * names in a key table at its end ("| FMcK | Fergus McKinnon | Deputy Designated Safeguarding Lead |"): each
 * sentence's record is the keyed person's, not one record nobody owns beside the lead's own course.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (training: string, key: string[]) =>
  [
    "# Ashcombe Surveyors – school visits procedure",
    "",
    "Next review: 10 September 2027",
    "",
    "## Training",
    "",
    training,
    "",
    "## Key to initials",
    "",
    "| Initials | Name | Role in this procedure |",
    "| --- | --- | --- |",
    ...key,
    "",
  ].join("\n");

const KEY = [
  "| RO | Rhiannon Oduya | Director; Designated Safeguarding Lead |",
  "| FMcK | Fergus McKinnon | Senior Surveyor; Deputy Designated Safeguarding Lead |",
];

describe("records by initials with a key table", () => {
  it("a deputy's lapsed lead course is theirs, not hidden by the lead's later one", () => {
    const text = policy(
      "RO completed Designated Safeguarding Lead training (Level 3) on 14.05.2025. FMcK completed the county's Deputy DSL course in 03/2024. Visiting staff complete a short briefing every two years.",
      KEY,
    );
    const found = checkText(trainingStale, text, { asOf });
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].offset, found[0].endOffset)).toContain("FMcK completed");
    expect(found[0].message).toContain("Fergus McKinnon");
  });
  it("in a PDF's text: the sentence broken over lines, the key's rows with no cell marks", () => {
    const text = [
      "Ashcombe Surveyors – school visits procedure",
      "Next review: 10 September 2027",
      "3. Training",
      "RO completed Designated Safeguarding Lead training (Level 3, county partnership) on",
      "14.05.2025. FMcK completed the county's",
      "Deputy DSL course in 03/2024. Visiting staff complete a short briefing every two years.",
      "Key to initials",
      "Initials Name Role",
      "RO Rhiannon Oduya Director;",
      "Designated Safeguarding Lead",
      "FMcK Fergus McKinnon Senior Surveyor;",
      "Deputy Designated Safeguarding Lead",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf, format: "pdf" });
    expect(found.map((f) => f.message.split(" most recent")[0])).toEqual(["Fergus McKinnon's"]);
  });
  it("near miss: a key whose name does not fit the initials gives nobody", () => {
    const text = policy(
      "RO completed Designated Safeguarding Lead training (Level 3) on 14.05.2025. FMcK completed the county's Deputy DSL course in 03/2024.",
      [KEY[0], "| FMcK | Fergus Kinnon | Senior Surveyor; Deputy Designated Safeguarding Lead |"],
    );
    const found = checkText(trainingStale, text, { asOf });
    expect(found.map((f) => f.message).join(" ")).not.toContain("Fergus");
  });
});
