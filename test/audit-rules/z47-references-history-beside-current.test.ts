/**
 * From the forty-fifth and forty-seventh held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * An old name told as history, in a sentence that also names what replaced it, is not out of date: "the Disclosure
 * and Barring Service took over this job from the CRB and the ISA in 2012", "practice reviews, which took the place
 * of serious case reviews", "the CRB and the ISA merged into the DBS", "some parents may know DBS checks as CRB
 * checks", "Before 2019 these were called serious case reviews; now they are child safeguarding practice reviews".
 * Without the current name the looser wording is not enough; the old thing asked for in the present ("we ask for
 * a CRB check", "an enhanced CRB") and a real old mention in the next sentence are still found; "X, which replaced
 * Y" keeps X (it is the newer one).
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (paragraph: string) =>
  [
    "# Thornbury Vale Junior Rowing Club — Safeguarding Children",
    "",
    "Our welfare officer is Imogen Castellane.",
    "",
    paragraph,
    "",
  ].join("\n");
const found = (paragraph: string) => {
  const text = policy(paragraph);
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};

describe("an old name told as history beside the current one", () => {
  it("leaves the old bodies alone when the new one took over their work", () => {
    expect(
      found(
        "Each coach has an enhanced DBS check. The Disclosure and Barring Service took over this job from the CRB and the ISA in 2012.",
      ),
    ).toEqual([]);
    expect(
      found("Longer-standing parents may know DBS checks as CRB checks; they are the same kind of check."),
    ).toEqual([]);
    expect(found("The CRB and the ISA merged into the DBS in December 2012.")).toEqual([]);
  });

  it("leaves an old term alone when the new term took its place", () => {
    expect(
      found(
        "- local child safeguarding practice reviews, which have taken the place of serious case reviews, and what they teach coaches",
      ),
    ).toEqual([]);
    expect(
      found("Serious case reviews (SCRs) were replaced by child safeguarding practice reviews in 2019."),
    ).toEqual([]);
    expect(
      found(
        "Before 2019 these were called serious case reviews; now they are child safeguarding practice reviews.",
      ),
    ).toEqual([]);
  });

  it("needs the current name in the sentence for the looser wording", () => {
    expect(found("The new office took over this job from the CRB in 2012.")).toEqual(["CRB"]);
    expect(found("Before 2019 these were called serious case reviews.")).toEqual(["serious case reviews"]);
  });

  it("still finds the old thing asked for now, and a real mention nearby", () => {
    expect(
      found(
        "The DBS took over this job from the CRB in 2012, and we ask for a CRB check for every volunteer.",
      ),
    ).toEqual(["CRB check"]);
    expect(
      found("Every cox needs an enhanced CRB; the DBS took over this job from the CRB in 2012."),
    ).toEqual(["CRB"]);
    expect(
      found(
        "The Disclosure and Barring Service took over this job from the CRB in 2012. Every boat marshal must hold a CRB check.",
      ),
    ).toEqual(["CRB check"]);
    expect(found("Any check issued before 2012, such as a CRB check, must be renewed with the DBS.")).toEqual(
      ["CRB check"],
    );
  });

  it("keeps the newer of two old names: 'X, which replaced Y' uses X", () => {
    expect(
      found("The LSCB, which replaced the ACPC, still meets alongside the safeguarding partners."),
    ).toEqual(["LSCB"]);
    expect(
      found(
        "Our serious case review panel replaced the old audits; we also read child safeguarding practice reviews.",
      ),
    ).toEqual(["serious case review"]);
  });
});
