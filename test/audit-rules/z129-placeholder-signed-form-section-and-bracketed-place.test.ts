/**
 * placeholder-text (held-out set zz129), in our own words; every name is invented. A section whose lines are a form's
 * fields with blanks to fill in, ending in a line to sign ("Signed (Trip Leader): ……… Date: ……"), is a form printed
 * for each trip even when its heading does not say "form": "Helpers on the trip (names): ______" there is a field's
 * label, as it already is under a form's heading. Still reported: the same bracket in a section of blanks with
 * nobody to sign (the policy's own list left unfilled), and a role's "(name)" on the form. Also reported: a place
 * described in lower case in square brackets where its name should stand ("pupils stay in [host town]", "[twin
 * city]"), as "[venue]" already is; an editor's "[the town]" in a quotation is not.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(placeholderText, text, { asOf }).map((f) => f.excerpt);
const policy = (section: string) =>
  [
    "# Larkfield Brass Band – Safeguarding Policy",
    "",
    "## 1. Our lead",
    "",
    "Our Band Welfare Officer is Petra Lindqvist-Hale (07700 900 321).",
    "",
    "## 5. Away weekends",
    "",
    "The Trip Leader fills in this part of the plan for every away weekend and gives it to the Welfare Officer.",
    "",
    section,
    "",
    "## 6. Contacts",
    "",
    "Children's services: 01632 960 777.",
    "",
  ].join("\n");

describe("placeholder-text: a form's field in a section of blanks to sign, and a place in square brackets", () => {
  it("stays quiet on a field's bracket in a section of blanks with a line to sign", () => {
    const form = [
      "Part D – Welfare",
      "",
      "Hall / hostel: ______________________________",
      "Helpers on the trip (names): ______________________________",
      "Adult awake at night: ______________________________",
      "",
      "Signed (Trip Leader): ………………………… Date: ……………………",
    ].join("\n");
    expect(found(policy(form))).toEqual([]);
  });
  it("still reports the bracket with nobody to sign, and a role's name left out on the form", () => {
    const list = [
      "Hall / hostel: ______________________________",
      "Helpers on the trip (names): ______________________________",
      "Adult awake at night: ______________________________",
    ].join("\n");
    expect(found(policy(list))).toEqual(["(names)"]);
    const role = [
      "Hall / hostel: ______________________________",
      "Welfare Officer (name): ______________________________",
      "Adult awake at night: ______________________________",
      "",
      "Signed (Trip Leader): ………………………… Date: ……………………",
    ].join("\n");
    expect(found(policy(role))).toEqual(["(name)"]);
  });
  it("reports a place described in lower case in square brackets in running text", () => {
    expect(
      found(policy("Players stay with families found by our twin band in [host town] for two nights.")),
    ).toEqual(["[host town]"]);
    expect(found(policy("The exchange concert is in [partner city] each spring."))).toEqual([
      "[partner city]",
    ]);
  });
  it("stays quiet on an editor's words in a quotation and a link", () => {
    for (const line of [
      "The festival rules say “players from [the town] must be met at the station”.",
      "See the map of [host town](https://example.org/map) before you travel.",
    ])
      expect(found(policy(line)), line).toEqual([]);
  });
});
