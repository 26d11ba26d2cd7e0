/**
 * The National Offender Management Service (NOMS) was replaced by HM Prison and Probation Service on 1 April 2017:
 * a policy that names NOMS as a current body is out of date; one that tells the change, or names it as a former
 * name, is history. From the sixty-third held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const excerptsOf = (text: string, at = asOf) =>
  checkText(outdatedReference, text, { asOf: at }).map((f) => f.excerpt);

describe("the National Offender Management Service", () => {
  it("is reported by its name and by its acronym as a body's name", () => {
    expect(
      excerptsOf(
        "Our family visits run under a partnership agreement with the National Offender Management Service (NOMS).",
      ),
    ).toHaveLength(1);
    expect(excerptsOf("Visits are booked through NOMS on the prison's booking line.")).toEqual(["NOMS"]);
    const [finding] = checkText(outdatedReference, "We work with the National Offender Management Service.", {
      asOf,
    });
    expect(finding.message).toContain("HM Prison and Probation Service");
  });

  it("is history where the policy names it as a former name or tells the change", () => {
    expect(excerptsOf("HM Prison and Probation Service (formerly NOMS) runs the prison.")).toEqual([]);
    expect(
      excerptsOf("HMPPS, which replaced the National Offender Management Service in 2017, funds the centre."),
    ).toEqual([]);
  });

  it("is current before 1 April 2017, and lower-case 'noms' is not the body", () => {
    expect(excerptsOf("We work with the National Offender Management Service.", "2016-12-01")).toEqual([]);
    expect(excerptsOf("The café's noms board lists today's snacks.")).toEqual([]);
  });
});
