/**
 * Placeholders and form furniture: "(delete as appropriate)" after a form's answers ("Yes / No") or on a form
 * (a consent form in an appendix) is for the person filling the form in, not a template's leftover; in the
 * policy's running text, after a choice the setting never made, it is one. A date written as X's with a century
 * ("XX/XX/20XX", "September 20XX") is a placeholder like "xx/xx/xxxx". From the eighth held-out set (issue 11),
 * in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(top: string[], body: string[], form: string[]): string {
  return [
    "# Brookmere Otters Swimming Club — Safeguarding Policy",
    "",
    ...top,
    "",
    "## 1. Who we are",
    "",
    "Our Welfare Officer is Gwendolyn Ashby-Nwosu (07700 900714).",
    "",
    ...body,
    "",
    "## Appendix C – Gala photography consent form",
    "",
    "Swimmer's name: ……………………………   Squad: ……………",
    "",
    ...form,
    "",
    "Parent/carer signature: ……………………………   Date: ……………",
    "",
  ].join("\n");
}

const found = (text: string) => excerpts(checkText(placeholderText, text, { asOf }), text);

describe("'(delete as appropriate)' on a form", () => {
  it("leaves a form's answers alone, on the form and after 'Yes / No' anywhere", () => {
    const text = policy(
      ["Adopted by the committee on 3 March 2026. Next review: March 2027."],
      ["Will your child travel on the club minibus? Yes / No (delete as appropriate)"],
      [
        "I agree to my child being photographed at galas.   Yes / No (delete as appropriate)",
        "Photographs may appear on: the club website / the club newsletter (delete as appropriate)",
        "I agree / do not agree (delete as applicable) to the club keeping this form for a year.",
      ],
    );
    expect(found(text)).toEqual([]);
  });

  it("still reports a choice the policy never made, in its running text", () => {
    const text = policy(
      ["Adopted by the committee on 3 March 2026. Next review: March 2027."],
      ["The club is a registered charity / a community amateur sports club (delete as appropriate)."],
      ["I agree to my child being photographed at galas.   Yes / No (delete as appropriate)"],
    );
    expect(found(text)).toEqual(["(delete as appropriate)"]);
  });
});

describe("a date written as X's with its century", () => {
  it("reports 'XX/XX/20XX' and 'September 20XX' as placeholders", () => {
    for (const [line, excerpt] of [
      ["Next review: XX/XX/20XX", "XX/XX/20XX"],
      ["Next review: xx.xx.20xx", "xx.xx.20xx"],
      ["Agreed by the committee: September 20XX", "20XX"],
    ]) {
      const text = policy(
        [line],
        ["Coaches follow the code of conduct."],
        ["Yes / No (delete as appropriate)"],
      );
      expect(found(text), line).toEqual([excerpt]);
    }
  });

  it("leaves a date format on a form and real years alone", () => {
    const text = policy(
      ["Adopted by the committee on 3 March 2026. Next review: March 2027."],
      ["We have run junior squads since 2009 and follow Swim England's Wavepower 2020–23."],
      ["Date of birth (dd/mm/yyyy): ……………"],
    );
    expect(found(text)).toEqual([]);
  });
});
