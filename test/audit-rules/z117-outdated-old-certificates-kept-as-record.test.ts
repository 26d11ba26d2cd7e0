/**
 * outdated-reference (held-out set zz117), in our own words; every name is invented. As of 1 December 2026.
 * Old certificates kept in old files as a record are history, not a check asked for now: "some of our older staff
 * files still hold CRB certificates, which we keep only as a record", "CRB disclosures from before 2012 are kept as a
 * historical record". Still reported: a CRB check asked for, or kept on file as the check a volunteer has now.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt);

describe("outdated-reference: old certificates kept only as a record", () => {
  it("is history", () => {
    for (const text of [
      "Every leader has an enhanced DBS check. Some of our older staff files still hold CRB certificates, which we keep only as a record.",
      "Every leader has an enhanced DBS check. CRB disclosures from before 2012 are kept as a historical record in the archive.",
      "Every leader has an enhanced DBS check; older personnel records may contain CRB certificates, kept only for the record.",
    ])
      expect(found(text), text).toEqual([]);
  });
  it("is still reported where the old check is asked for or kept as the one a person has", () => {
    for (const text of [
      "Every volunteer must hold a CRB certificate, which we keep on file.",
      "We check each helper's CRB certificate and keep a copy as a record of the check.",
      "Our coaches' CRB checks are stored in our archive and renewed every three years.",
      "All new volunteers complete a CRB check, held only as a record in the volunteer file, before working with children.",
    ])
      expect(found(text).length, text).toBe(1);
  });
});
