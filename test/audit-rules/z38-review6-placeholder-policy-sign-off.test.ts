/**
 * Review 6 (in our own words, every name invented; as of 1 December 2026): the policy's own sign-off at the end of
 * its contacts ("Signed on behalf of the committee (Chair): ……… Date: ……") signs the policy, not a form filled in on
 * paper, so the contacts above it left blank ("Other committee members trained in safeguarding (names): ______")
 * are still the policy's own list left unfilled and are reported. Near miss: a line to sign by the person who fills
 * the form in ("Signed (Trip Leader): ……… Date: ……") still makes its section a form, and its bracket stays quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(placeholderText, text, { asOf }).map((f) => f.excerpt);
const policy = (signOff: string) =>
  [
    "# Hartwell Junior Chess Circle – Safeguarding Policy",
    "",
    "## 1. Our lead",
    "",
    "Our Welfare Officer is Dorian Ashcombe-Vale (07700 900 654). Next review date: October 2027.",
    "",
    "## 7. Who else can help",
    "",
    "Other committee members trained in safeguarding (names): ______________________________",
    "Local children's services front door (number): ______________________________",
    "Police non-emergency: 101",
    "",
    signOff,
    "",
  ].join("\n");

describe("placeholder-text: the policy's own sign-off does not make its contacts a form", () => {
  it("reports the contacts' blank bracket above the policy's sign-off", () => {
    for (const signOff of [
      "Signed on behalf of the committee (Chair): ………………………… Date: ……………………",
      "Signed (Chair of Trustees): ………………………… Date: ……………………",
      "Signature on behalf of the governors: ………………………… Date: ……………………",
    ])
      expect(found(policy(signOff)), signOff).toContain("(names)");
  });
  it("stays quiet on the bracket above a line signed by the person who fills the form in", () => {
    expect(found(policy("Signed (Trip Leader): ………………………… Date: ……………………"))).not.toContain("(names)");
  });
});
