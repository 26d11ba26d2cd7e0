/**
 * outdated-reference, review 8 of 3698392 (issue 11), in our own words; every name is invented.
 * - "Long-serving coaches may remember the CRB check they needed before 2012; now every coach needs a DBS check": an
 *   old check remembered with a past-tense relative clause is still recalled history, and "they needed" in the past
 *   is no present requirement; the later clause asks for the DBS, not the CRB.
 * - Still found: a need in the present ("the CRB check they need"), "is needed", a reminder of a rule ("…remember the
 *   CRB check is renewed…"), and a later clause that refers back to the old check ("…; it is still required").
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const outdated = (text: string) => excerpts(checkText(rule, text, { asOf }), text);

describe("an old check remembered with a past-tense clause", () => {
  it("is history, not a use", () => {
    expect(
      outdated(
        "Long-serving coaches may remember the CRB check they needed before 2012; now every coach needs a DBS check.",
      ),
    ).toEqual([]);
    expect(
      outdated("Some parents will recall the CRB disclosure that we asked for in 2009, before the DBS."),
    ).toEqual([]);
  });

  it("near misses: a present need, 'is needed', a rule reminded or referred back to are still found", () => {
    expect(
      outdated(
        "Helpers will remember the CRB check they need before the first match; the DBS replaced it in 2012.",
      ),
    ).toEqual(["CRB check"]);
    expect(outdated("A CRB check is needed before any parent helps; the DBS replaced it in 2012.")).toEqual([
      "CRB check",
    ]);
    expect(
      outdated("Coaches will remember the CRB check is renewed every three years by the secretary."),
    ).toEqual(["CRB check"]);
    expect(
      outdated("Older coaches may remember the CRB check they needed in 2010; it is still required."),
    ).toEqual(["CRB check"]);
  });
});
