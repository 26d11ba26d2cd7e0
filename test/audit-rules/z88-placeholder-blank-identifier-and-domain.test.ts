/**
 * placeholder-text (held-out set zz88: a temple's classes, a housing association's workshop), in our own words.
 * - "Registered charity number: ________" under the title: the setting's own identifier left blank. A form's field
 *   ("Name: ______ Date: ______") is filled in on paper; an organisation's charity, company or Ofsted number is not.
 * - "Email: safeguarding@[domain]": a template's email address whose domain was never written in.
 * Near misses: the same label under a form's heading; a filled number; a real address.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => excerpts(checkText(placeholderText, text, { asOf }), text);
const policy = (top: string, rest = "") =>
  `# Hollowmere Tamil Dance School – Safeguarding Policy\n\n${top}\n\nDesignated Safeguarding Lead: Asha Mehta, 07700 900 512\n\n## Review\n\nNext review: 1 March 2027.\n${rest}`;

describe("the setting's own identifier left blank", () => {
  it("is reported", () => {
    expect(found(policy("Registered charity number: ________"))).toEqual([
      "Registered charity number: ________",
    ]);
    expect(found(policy("Ofsted URN: ……………"))).toEqual(["Ofsted URN: ……………"]);
    expect(found(policy("| Company number | ______ |"))).toEqual(["Company number | ______"]);
  });

  it("near miss: filled in, or a field on a form", () => {
    expect(found(policy("Registered charity number: 1190001"))).toEqual([]);
    expect(
      found(
        policy(
          "Registered charity number: 1190001",
          "\n## Appendix A – Incident record form\n\nChild's name: ________ Date: ________\n\nCharity number: ________\n",
        ),
      ),
    ).toEqual([]);
  });
});

describe("an email address whose domain is a placeholder", () => {
  it("is reported", () => {
    expect(found(policy("Email: safeguarding@[domain]"))).toEqual(["[domain]"]);
  });

  it("near miss: a real address", () => {
    expect(found(policy("Email: safeguarding@tamildance.example.org"))).toEqual([]);
  });
});
