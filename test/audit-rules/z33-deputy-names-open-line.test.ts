/**
 * deputy-missing where the deputies' names open the role's line, then a dash, their job and the role: "Asha Patel &
 * Tom Reid – Senior Tutors and Deputy Designated Safeguarding Leads". From the thirty-third held-out set (issue
 * 11), in our own words; every name is invented. The near misses keep their finding: words that are not people's
 * names before the dash, and a sentence about the deputies that names nobody.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(deputies: string): string {
  return [
    "# Castlegate Music Tuition — Safeguarding Policy",
    "",
    "## Who leads on safeguarding",
    "",
    "Designated Safeguarding Lead: Ms Harriet Vane, Director (07700 900 701)",
    "",
    deputies,
    "07700 900 702 · 07700 900 703",
    "",
    "Tutors pass every concern to Harriet, or to a deputy when she is teaching.",
    "",
  ].join("\n");
}

const warnings = (text: string) => checkText(deputyMissing, text, { asOf }).length;

describe("the deputies' names opening the role's line", () => {
  it("two names joined by '&', a job and the role after a dash", () => {
    expect(
      warnings(policy("Asha Patel & Tomasz Reid – Senior Tutors and Deputy Designated Safeguarding Leads")),
    ).toBe(0);
  });

  it("titled names joined by 'and', the role straight after the dash", () => {
    expect(warnings(policy("Mrs Asha Patel and Mr Tomasz Reid - Deputy Designated Safeguarding Leads"))).toBe(
      0,
    );
  });

  it("near miss: a team's name before the dash is not a person's", () => {
    expect(warnings(policy("Senior Tutors – Deputy Designated Safeguarding Leads"))).toBe(1);
  });

  it("near miss: a sentence about the deputies names nobody", () => {
    expect(warnings(policy("Our Deputy Designated Safeguarding Leads will be appointed in January."))).toBe(
      1,
    );
  });
});
