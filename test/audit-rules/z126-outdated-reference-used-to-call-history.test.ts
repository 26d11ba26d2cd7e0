/**
 * outdated-reference (held-out set zz126), in our own words; every name is invented. As of 1 December 2026. Since
 * 1 September 2025 the EYFS calls the person who leads on safeguarding the designated safeguarding lead, no longer
 * the "lead practitioner". A nursery that writes "the framework now says designated safeguarding lead for the role
 * it used to call the 'lead practitioner'" names the old title as history, as "formerly called" or "previously known
 * as" do; so do "what the framework called …" and "the role the EYFS used to call …". A nursery that still gives
 * its own person the old title ("Our lead practitioner for safeguarding is …") is out of date, and so is one where
 * "used to call" is a telephone's ("the phone is used to call the lead practitioner for safeguarding").
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) =>
  checkText(outdatedReference, `# Bumblebee Day Nursery\n\nWe are an EYFS setting.\n\n${text}`, { asOf }).map(
    (f) => f.excerpt,
  );

describe("outdated-reference: the old EYFS title given as what the framework used to call the role", () => {
  it("stays quiet when the old title is named as history", () => {
    for (const text of [
      "From September 2025 the EYFS uses the title designated safeguarding lead for the safeguarding role it used to call the 'lead practitioner'; Mrs Ottoline Vance holds that role.",
      "Our designated safeguarding lead holds the safeguarding role the framework used to call the lead practitioner.",
      "Our designated safeguarding lead is what the EYFS called the “lead practitioner” for safeguarding.",
      "Our designated safeguarding lead is what the framework once called the lead practitioner for safeguarding.",
      "Our designated safeguarding lead holds the safeguarding role formerly called the lead practitioner.",
      "Our designated safeguarding lead holds the safeguarding role previously known as the lead practitioner.",
    ])
      expect(found(text), text).toEqual([]);
  });
  it("still warns when the setting uses the old title for its own person, or 'used to call' is a phone's", () => {
    expect(found("Our lead practitioner for safeguarding is Mrs Ottoline Vance.")).toEqual([
      "lead practitioner for safeguarding",
    ]);
    expect(
      found("The nursery mobile is used to call the lead practitioner for safeguarding at any time."),
    ).toEqual(["lead practitioner for safeguarding"]);
  });
});
