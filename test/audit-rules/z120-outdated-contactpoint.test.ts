/**
 * outdated-reference (held-out set zz120), in our own words; every name is invented. As of 1 December 2026.
 * ContactPoint, the national index of children in England, was switched off on 6 August 2010 and its data destroyed;
 * nothing replaced it. A policy that still tells staff to check ContactPoint sends them to a database that no longer
 * exists. Quiet: "a contact point" (any place to go), "our first point of contact", and ContactPoint given as history.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt);

describe("outdated-reference: ContactPoint", () => {
  it("is out of date where a policy still uses it", () => {
    expect(
      found(
        "Where a mentee is under 18, the lead may ask the local authority to check ContactPoint for other services.",
      ),
    ).toEqual(["ContactPoint"]);
  });
  it("stays quiet on an ordinary contact point and on history", () => {
    for (const text of [
      "The reception desk is the contact point for parents during the day.",
      "Our Contact Point for families is the duty coordinator.",
      "ContactPoint was switched off in 2010 and no national index of children replaced it.",
    ])
      expect(found(text), text).toEqual([]);
  });
});
