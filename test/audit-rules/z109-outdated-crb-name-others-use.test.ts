/**
 * outdated-reference (held-out set zz109), in our own words: the old name given as what others still say, ask for or
 * call the check, in a sentence that gives what it is now (the DBS, "replaced by", "since 2012") — history, not a
 * use. A policy's own "CRB check" duty stays found.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt);

describe("the old name as others still use it", () => {
  it("is history beside the current name or the change", () => {
    for (const text of [
      'Some county forms still ask new helpers for a "CRB number"; the Criminal Records Bureau was replaced by the Disclosure and Barring Service in 2012 and we write the DBS certificate number.',
      'A few of our older coaches still call it "a CRB"; it is the same check under the name it has had since 2012.',
      "Parents sometimes still ask for the 'CRB reference'; the DBS replaced it in 2012, so we give the DBS number.",
    ])
      expect(found(text), text).toEqual([]);
  });
  it("near misses: the old check asked for or used", () => {
    for (const text of [
      "Every volunteer must hold a CRB check before their first session.",
      'Every helper gives us their "CRB number" before starting.',
      'Parents still ask us for a "CRB check"; every volunteer has one before starting and the DBS renews it.',
    ])
      expect(found(text).length, text).toBe(1);
  });
});
