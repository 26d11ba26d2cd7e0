/**
 * A bold name with the person's job after a comma, on the line above the role's line: "**Mr Tam Eckersley, Crew
 * Member (youth liaison)**" then "Deputy Designated Safeguarding Officer for open days and talks". The job's
 * capitalised words are no name; the name before them is the deputy's, with or without a scope after the role.
 * From the forty-ninth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (nameLine: string, roleLine: string, training: string[]) =>
  [
    "# Kelderby Lifeboat Station — Safeguarding Children",
    "",
    "## Our safeguarding people",
    "",
    "**Ms Oona Brackley, Station Manager**",
    "Designated Safeguarding Officer",
    "Tel. 01632 960 700",
    "Training: Designated Officer course, 3 March 2025",
    "",
    nameLine,
    roleLine,
    "Tel. 01632 960 701",
    ...training,
    "",
  ].join("\n");

describe("a bold name and job above the role's line", () => {
  it.each([
    "Deputy Designated Safeguarding Officer",
    "Deputy Designated Safeguarding Officer for open days and harbour talks",
    "Deputy Designated Safeguarding Officer for the junior section",
  ])("names the deputy: %s", (roleLine) => {
    const text = policy("**Mr Tam Eckersley, Crew Member (youth liaison)**", roleLine, [
      "Training: Designated Officer course, 9 June 2025",
    ]);
    const deputy = findLeadMentions(text).find((m) => m.role === "deputy");
    expect(deputy?.name).toBe("Mr Tam Eckersley");
    for (const format of ["md", "docx"] as const)
      expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
  });

  it("reports the deputy's missing training", () => {
    const text = policy(
      "**Mr Tam Eckersley, Crew Member (youth liaison)**",
      "Deputy Designated Safeguarding Officer for open days and harbour talks",
      [],
    );
    for (const format of ["md", "docx"] as const) {
      const messages = checkText(trainingMissing, text, { asOf, format }).map((f) => f.message);
      expect(messages.join("\n")).toContain("Mr Tam Eckersley");
    }
  });
});
