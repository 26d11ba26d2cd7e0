/**
 * From the fifty-second to fifty-fourth held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * An old name told as history beside the name that replaced it is not out of date, in three more shapes policies
 * write: the successor of an old body ("the SBNI … (the successor to the old area child protection committees)"),
 * the new body formed out of the old ones ("the DBS was created in 2012 out of the CRB and the ISA"), and old checks
 * remembered ("older tutors may recall vetting under the 2003 Act …; the PVG scheme took its place"). Without the
 * current name in the sentence, or with the old thing asked for, the finding stays.
 * Northern Ireland's Education and Library Boards closed on 31 March 2015 (the Education Authority took over): one
 * still said to advise is out of date; one told as history beside the Education Authority is not.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (paragraph: string, heading = "# Kilbrannan Youth Theatre — Safeguarding Children") => {
  const text = [heading, "", "Our safeguarding officer is Fenella Quarrie.", "", paragraph, ""].join("\n");
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};
const ni = "# Lisnagarvey Junior Chess Circle — Safeguarding Children (PSNI area D)";

describe("the successor of an old body", () => {
  it("leaves the older bodies alone beside the current one", () => {
    expect(
      found(
        "We follow the procedures of the Safeguarding Board for Northern Ireland (SBNI), which took over in 2012 from the Regional Child Protection Committee (the successor to the old Area Child Protection Committees).",
        ni,
      ),
    ).toEqual([]);
    expect(
      found(
        "- the SBNI's procedures (the SBNI replaced the Regional Child Protection Committee, itself the successor of the area child protection committees);",
        ni,
      ),
    ).toEqual([]);
  });

  it("still finds them without the current name", () => {
    expect(
      found(
        "The Regional Child Protection Committee, the successor to the area child protection committees, sets our procedures.",
        ni,
      ),
    ).toEqual(["Regional Child Protection Committee", "area child protection committees"]);
  });
});

describe("a new body formed out of old ones", () => {
  it("leaves the old bodies alone", () => {
    expect(
      found(
        "Every driver holds an enhanced DBS check. (The Disclosure and Barring Service was created in December 2012 out of the Criminal Records Bureau and the Independent Safeguarding Authority.)",
      ),
    ).toEqual([]);
    expect(
      found("The DBS was set up in 2012 from the CRB and the ISA, and it keeps the barred lists."),
    ).toEqual([]);
  });

  it("still finds them without the current name, or asked for in the next sentence", () => {
    expect(found("The new office was formed in 2012 from the Criminal Records Bureau.")).toEqual([
      "Criminal Records Bureau",
    ]);
    expect(found("The DBS was formed in 2012 from the CRB. Every driver must hold a CRB check.")).toEqual([
      "CRB check",
    ]);
  });
});

describe("old checks remembered", () => {
  it("leaves them alone when the sentence names what replaced them", () => {
    expect(
      found(
        "Older tutors may recall vetting under the Protection of Children (Scotland) Act 2003 and the paper forms; the PVG scheme took their place in 2011.",
      ),
    ).toEqual([]);
  });

  it("still finds them without the current name, or with a requirement", () => {
    expect(
      found("Older tutors may recall vetting under the Protection of Children (Scotland) Act 2003."),
    ).toEqual(["Protection of Children (Scotland) Act 2003"]);
    expect(
      found(
        "Older tutors will remember checks under the Protection of Children (Scotland) Act 2003, which every tutor must still hold, though the PVG scheme is newer.",
      ),
    ).toEqual(["Protection of Children (Scotland) Act 2003"]);
    expect(found("Tutors will remember to renew their PVG membership.")).toEqual([]);
  });
});

describe("Northern Ireland's Education and Library Boards", () => {
  it("finds a board still said to advise or to be contacted", () => {
    expect(
      found(
        "The club began in 2013 with help from the Western Education and Library Board, whose youth service still advises our coaches.",
        ni,
      ),
    ).toEqual(["Western Education and Library Board"]);
    expect(
      found("Ask the Belfast Education & Library Board's child protection team for advice.", ni),
    ).toEqual(["Belfast Education & Library Board"]);
  });

  it("leaves a board told as history beside the Education Authority alone", () => {
    expect(
      found(
        "The Education Authority took over from the five Education and Library Boards in April 2015, and its youth service now advises our coaches.",
        ni,
      ),
    ).toEqual([]);
  });

  it("says what replaced it", () => {
    const text = ["# Club", "", "Call the Southern Education and Library Board for advice.", ""].join("\n");
    const [finding] = checkText(outdatedReference, text, { asOf });
    expect(finding.message).toContain("Education Authority");
  });
});
