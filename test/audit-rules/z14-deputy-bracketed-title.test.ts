/**
 * A post's own title with the deputy's in brackets before the name: "Academy Safeguarding Officer (Deputy DSO):
 * Name" in an org-chart list. The bracket says the post is the deputy's, and the name after the colon is theirs.
 * From the fourteenth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(chart: string[]): string {
  return [
    "# Fenmouth Athletic — Academy Safeguarding Policy",
    "",
    "## Structure",
    "",
    "- Board of Directors",
    "    - Head of Safeguarding and Designated Safeguarding Officer (DSO): Cormac Hale",
    ...chart,
    "",
    "Concerns go to the DSO or the Deputy DSO the same day.",
    "",
  ].join("\n");
}

describe("a deputy's title in brackets after the post's own", () => {
  for (const line of [
    "        - Academy Safeguarding Officer (Deputy DSO): Nadia Roper",
    "        - Girls' Section Welfare Lead (Deputy DSL): Nadia Roper, Coach",
  ]) {
    it(`names the deputy: ${line.trim()}`, () => {
      const text = policy([line]);
      expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
      const deputy = findLeadMentions(text).find((m) => m.role === "deputy" && m.name);
      expect(deputy?.name).toBe("Nadia Roper");
    });
  }

  it("still warns when no deputy is named (near miss)", () => {
    const text = policy(["        - Academy Manager: Nadia Roper"]);
    expect(checkText(deputyMissing, text, { asOf }).length).toBe(1);
  });
});
