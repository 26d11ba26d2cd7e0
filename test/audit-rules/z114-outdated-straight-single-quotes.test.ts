/**
 * outdated-reference (the thirty-fifth session's note on zz114), in our own words; every name is invented. As of
 * 1 December 2026. A title or term in straight single quotes — 'Sexting in schools & colleges' (UKCCIS, 2016), a 'CRB
 * check', 'Working Together to Safeguard Children 2015' — is read like one in curly or double quotes: the quote mark
 * opens a quotation, it is not an apostrophe inside a word. An old name quoted as others still say it, with the change
 * told (still says, or remembers: 'remember a “CRB check”: … were replaced by DBS checks in 2012'), stays quiet; so does an apostrophe inside a word before the letters ("O'CRB" is no CRB).
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt);

describe("outdated-reference: straight single quotes around an old title or name", () => {
  it("reports what is quoted, as with other quote marks", () => {
    expect(found("Leaders also read 'Sexting in schools & colleges' (UKCCIS, 2016) before a trip.")).toEqual([
      expect.stringMatching(/^Sexting in schools & colleges/),
    ]);
    expect(found("Every coach must hold a 'CRB check' before they help at a session.")).toEqual([
      expect.stringMatching(/^CRB check/),
    ]);
    expect(found("We follow 'Working Together to Safeguard Children 2015' for referrals.")).toEqual([
      expect.stringMatching(/Working Together to Safeguard Children 2015/),
    ]);
  });
  it("stays quiet on an old name others still use, told as history, and inside a word", () => {
    for (const text of [
      "Some parents still call it a 'CRB'; it is the same check under the name it has had since 2012, the DBS check.",
      "Our records clerk filed it under O'CRB-Hollowmere, the old cabinet label.",
      "Many volunteers remember a “CRB check”: Criminal Records Bureau checks were replaced by DBS checks in 2012.",
    ])
      expect(found(text), text).toEqual([]);
  });
});
