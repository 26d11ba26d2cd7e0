/**
 * outdated-reference (review of the thirty-seventh session, in our own words; every name is invented): an old check
 * kept only as a record is history whatever the noun — "CRB checks carried out before 2012 are kept only as a
 * record", not only "certificates" or "disclosures". A word of a check in use now ("renewed", "every new volunteer")
 * keeps it reported only within the old name's own clause and when not negated: "Old CRB checks are kept only for
 * the record; every new volunteer has an enhanced DBS check" and "… kept only as a record and is not renewed" are
 * history. Stays right (z117): a CRB check asked for now, or kept as the one a person has, is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt);
const lead = "Every helper at Pelham Road Youth Club has an enhanced DBS check with a barred list check.";

describe("outdated-reference: an old check kept only as a record", () => {
  it.each([
    "CRB checks carried out before 2012 are kept only as a record.",
    "Old CRB checks are kept only for the record; every new volunteer has an enhanced DBS check.",
    "Any CRB disclosure on file is kept only as a record and is not renewed.",
    "Old CRB checks are kept only as a record, but every new coach completes an enhanced DBS check.",
    "A helper's CRB check from 2010 is kept only as a record and will never be renewed.",
    "CRB disclosures completed before 2012 are kept only as a record.",
  ])("is history: %s", (sentence) => {
    expect(found(`${lead} ${sentence}`)).toEqual([]);
  });

  it.each([
    "Every volunteer must hold a CRB certificate, which we keep on file.",
    "We check each helper's CRB certificate and keep a copy as a record of the check.",
    "Our coaches' CRB checks are stored in our archive and renewed every three years.",
    "All new volunteers complete a CRB check, held only as a record in the volunteer file, before working with children.",
    "CRB checks are kept only as a record and renewed every three years.",
    "Every new helper completes a CRB check, which we keep only as a record.",
  ])("is still reported: %s", (sentence) => {
    expect(found(`${lead} ${sentence}`)).toHaveLength(1);
  });
});
