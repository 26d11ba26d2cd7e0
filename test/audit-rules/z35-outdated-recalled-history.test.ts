/**
 * Issue 11, held-out zz35-zz36, in our own words; every name is invented. As of 1 December 2026.
 * - An old body recalled, or followed by what replaced it and when, is history: "Parents who have been with the
 *   club for years may remember the CRB; the DBS replaced it in 2012", "some may recall these as CRB disclosures",
 *   "the DBS took over from the Criminal Records Bureau and the Independent Safeguarding Authority in 2012".
 *   A requirement in the same sentence keeps the finding: "Helpers must hold a CRB check; the DBS replaced it in
 *   2012". "Remember the CRB form" (an instruction) and a replacement after the audit's year are found.
 * - Northern Ireland's Department of Health, Social Services and Public Safety was renamed the Department of
 *   Health on 9 May 2016: a 2017 guidance credited to it is out of date; a document it published before then,
 *   cited with its year ("(DHSSPS, 2003)", "DHSSPS (2009)"), is history.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => excerpts(checkText(outdatedReference, text, { asOf }), text);

describe("an old body recalled as history", () => {
  it("leaves a recalled name with what replaced it alone", () => {
    expect(
      found(
        "Every umpire holds an enhanced DBS check. (Parents who have been with the club for years may remember the CRB; the Disclosure and Barring Service replaced it in 2012.)",
      ),
    ).toEqual([]);
    expect(
      found(
        "Kit managers have an enhanced DBS check. Some longer-serving volunteers recall these as CRB disclosures.",
      ),
    ).toEqual([]);
    expect(
      found(
        "We ask for enhanced DBS checks. The CRB check is a thing of the past: the DBS superseded it in December 2012.",
      ),
    ).toEqual([]);
  });

  it("leaves every body in a list of what was replaced alone", () => {
    expect(
      found(
        "Our stewards are vetted by the DBS (it took over from the Criminal Records Bureau and the Independent Safeguarding Authority in 2012).",
      ),
    ).toEqual([]);
    expect(
      found(
        "The Disclosure and Barring Service was formed by the merger of the Criminal Records Bureau, the Independent Safeguarding Authority and the …",
      ),
    ).toEqual([]);
  });

  it("still finds the old body asked for, or not recalled", () => {
    expect(
      found("Helpers must hold a CRB check; the Disclosure and Barring Service replaced it in 2012."),
    ).toEqual(["CRB check"]);
    expect(found("Remember the CRB form goes to the secretary before the first session.")).toEqual([
      "CRB form",
    ]);
    expect(found("Volunteers bring their CRB certificate; the new scheme replaced it in 2028.")).toEqual([
      "CRB certificate",
    ]);
    expect(
      found("The club replaced the old sign-in sheets and the Independent Safeguarding Authority register."),
    ).toEqual(["Independent Safeguarding Authority"]);
  });
});

describe("Northern Ireland's renamed health department", () => {
  it("finds the old name given for a current publisher", () => {
    expect(
      found(
        "Leaders follow Co-operating to Safeguard Children and Young People in Northern Ireland (2017), published by the DHSSPS.",
      ),
    ).toEqual(["DHSSPS"]);
    expect(
      found(
        "Questions about regional policy go to the Department of Health, Social Services and Public Safety.",
      ),
    ).toEqual(["Department of Health, Social Services and Public Safety"]);
    expect(found("See the regional guidance (DHSSPS, 2019).")).toEqual(["DHSSPS"]);
  });

  it("leaves a document it published before the change, cited with its year, alone", () => {
    expect(found("We also keep to the regional adult safeguarding policy (DHSSPS, 2010).")).toEqual([]);
    expect(found("DHSSPS (2009) Regional guidance on volunteer vetting. Belfast.")).toEqual([]);
  });
});
