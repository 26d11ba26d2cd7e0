/**
 * section-reference (held-out set zz86, a Traveller youth project), in our own words; every name is invented. "FGM must
 * be reported to the police under the Female Genital Mutilation Act 2003. For how we share information with the
 * Traveller Education Service, see section 10." in a policy of eight sections: the sentence opens with what the
 * reference is for and ends with "see section 10" — a pointer into this policy, though the sentence before named an
 * Act. Near misses: the reference in the Act's own sentence, or a sentence about what the Act's section 10 is about
 * (co-operation) after a sentence naming the Children Act 2004.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (paragraph: string) =>
  [
    "# Kestle Lane Youth Bus – Safeguarding Policy",
    "",
    "## 1. Who leads",
    "",
    "Designated Safeguarding Lead: Asha Mehta, 07700 900 512.",
    "",
    "## 2. Responding to a concern",
    "",
    paragraph,
    "",
    "## 3. Contacts",
    "",
    "NSPCC Helpline: 0808 800 5000",
    "",
  ].join("\n");
const found = (paragraph: string) => {
  const text = policy(paragraph);
  return excerpts(checkText(sectionReference, text, { asOf }), text);
};

describe("'For <subject>, see section N.' after a sentence naming an Act", () => {
  it("is this policy's section: reported when there is no such section", () => {
    expect(
      found(
        "Female genital mutilation must be reported to the police under the Female Genital Mutilation Act 2003. For how we share information with the schools, see section 10.",
      ),
    ).toEqual(["section 10"]);
  });

  it("near miss: the Act's section in the Act's sentence, or the Act's subject", () => {
    expect(
      found("Under section 10 of the Children Act 2004, agencies must work together. Tell the lead at once."),
    ).toEqual([]);
    expect(
      found(
        "The Children Act 2004 asks agencies to work together. For how partners co-operate, see section 10.",
      ),
    ).toEqual([]);
  });
});
