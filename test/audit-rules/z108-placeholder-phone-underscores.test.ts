/**
 * placeholder-text (held-out set zz108), in our own words; every name is invented. As of 1 December 2026.
 * A phone number half written, its last digits left as a fill-in blank of underscores ("01632 961___"): one
 * placeholder, the number with its blank. Not a form's blank for a date or a name ("Date: ______"), nor a date's
 * year left to fill in, nor a number whose blank stands apart from it on a form to complete.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const run = (text: string) => checkText(placeholderText, text, { asOf });
const found = (text: string) => run(text).map((f) => f.excerpt);

describe("placeholder-text: a phone number ending in a blank", () => {
  it("finds the number with its underscores", () => {
    const text = [
      "## Contacts",
      "",
      "- Pavilion office: 01632 961___",
      "- Duty coach: 07700 900 444",
      "",
    ].join("\n");
    expect(found(text)).toEqual(["01632 961___"]);
    expect(run(text)[0].message).toContain("01632 961___");
    expect(run(text)[0].message).toContain("blank");
  });
  it("finds it in a sentence and in a table cell, Markdown's escapes or not", () => {
    expect(found("Ring the boathouse on 0161 496 0\\_\\_\\_ before any trip.")).toEqual([
      "0161 496 0\\_\\_\\_",
    ]);
    expect(found("| Welfare Officer | Priya Lund | 07700 90____ |")).toEqual(["07700 90____"]);
  });
  it("leaves a form's blanks, a date and a whole number alone", () => {
    expect(found(["Tel: 01632 960 123", "Paid: £20__"].join("\n"))).toEqual([]);
    expect(found("Renewal date: 01-02-20__")).toEqual([]);
    expect(found("Phone 2: 0__")).toEqual([]);
  });
});
