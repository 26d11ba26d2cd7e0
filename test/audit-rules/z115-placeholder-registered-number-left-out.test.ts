/**
 * placeholder-text (held-out sets zz115 and zz116), in our own words; every name is invented. A setting's registered
 * number left as the template had it: a blank inside a sentence, "registered with Ofsted (Ofsted URN: ______) on the
 * Early Years Register", and the number's own name in square brackets where the value goes, "Ofsted registration
 * number: [Ofsted URN]", "Registered charity no. [Charity No.]". Quiet: a link whose words are the name, the name
 * explained in brackets, a number written in, and a form's field under a form's heading.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const policy = (line: string) =>
  [
    "# Kestrel Lane Out of School Club – Safeguarding Policy",
    "",
    "## 1. About the club",
    "",
    line,
    "",
    "## 2. Who to speak to",
    "",
    "Our lead is Dana Whitlow (07700 900 111) and her deputy is Kofi Mensah.",
    "",
  ].join("\n");
const found = (text: string) =>
  checkText(placeholderText, text, { asOf: "2026-12-01" }).map((f) => f.excerpt);

describe("placeholder-text: a setting's registered number left out", () => {
  it("reports a blank in a sentence and the number's name in brackets where its value goes", () => {
    expect(
      found(policy("The club is registered with Ofsted (Ofsted URN: ______) on the Early Years Register.")),
    ).toEqual(["Ofsted URN: ______"]);
    expect(
      found(policy("Hollowmere Young Carers, Registered charity number ……, is run by volunteers.")),
    ).toEqual(["Registered charity number ……"]);
    expect(found(policy("Ofsted registration number: [Ofsted URN]"))).toEqual(["[Ofsted URN]"]);
    expect(found(policy("Registered charity no. [Charity No.]"))).toEqual(["[Charity No.]"]);
  });
  it("stays quiet on a link, an explanation, a number written in and a form's field", () => {
    for (const line of [
      "Read our inspection report at [Ofsted URN](https://reports.ofsted.gov.uk/).",
      "The Ofsted URN (unique reference number) is printed on our certificate.",
      "Our certificate shows our Ofsted Registration Number [Ofsted URN] beside the date.",
      "The club is registered with Ofsted (Ofsted URN: EY554321) on the Early Years Register.",
      "## Appendix 2: Registration form\n\nChild's name: ______ (Ofsted URN: ______, for the office)",
    ])
      expect(found(policy(line)), line).toEqual([]);
  });
});
