/**
 * Two ways a policy names its people, in our own words with invented names:
 *  - Easy Read's deputy, named by a pronoun after a contact, over short sentences ("If Ann is not there, talk to
 *    Name. He is the Assistant Leader. He is our deputy safety person.");
 *  - an appendix's lettered items ("B3. Trustee for safeguarding …. Dr Name" then "B4. The Safeguarding Lead's …"):
 *    each item is a line of its own, so a trustee on one is not the lead the next speaks of.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("Easy Read: the deputy named by a pronoun after a contact", () => {
  const text = [
    "# Staying safe at Tuesday Art Group",
    "",
    "## Who helps you stay safe",
    "",
    "[picture: smiling woman] Our safety person is **Rosalind Okonkwo**. Her proper name is Designated Safeguarding Lead. She runs the group.",
    "",
    "[picture: phone] You can ring Rosalind on 07700 900 311.",
    "",
    "[picture: two people] If Rosalind is not there, talk to **Callum Ferreira-Boyd**. He is the Assistant Group Leader. He is our deputy safety person.",
    "",
  ].join("\n");
  for (const format of ["md", "docx"] as const) {
    it(`names the deputy (${format})`, () => {
      expect(namesFor(text, format, "deputy")).toEqual(["Callum Ferreira-Boyd"]);
      expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
    });
  }
});

describe("lead: an appendix's lettered items are lines of their own", () => {
  const text = [
    "# Brackenford Family Network – Safeguarding Appendices",
    "",
    "## Appendix B – Our people",
    "",
    "B1. Safeguarding Lead ...................... Marguerite Olawale (Services Manager)",
    "B2. Deputy Safeguarding Lead .............. Kwame Thistlewood (Family Worker)",
    "B3. Trustee with responsibility for safeguarding .... Dr Fenella Quist",
    "B4. The Safeguarding Lead's mobile is on the office wall; the deputy is reached through the office.",
    "",
  ].join("\n");
  for (const format of ["md", "docx"] as const) {
    it(`the trustee is no lead (${format})`, () => {
      expect(namesFor(text, format, "dsl")).toEqual(["Marguerite Olawale"]);
      expect(namesFor(text, format, "deputy")).toEqual(["Kwame Thistlewood"]);
    });
  }
});
