/**
 * outdated-reference (held-out sets zz112 and zz113), in our own words; every name is invented. As of 1 December 2026.
 * The 2018 advice on sexual violence and sexual harassment between children, cited as something still followed beside
 * Part five of KCSIE, is out of date (it was folded into Part five); a sentence telling that it now is Part five is
 * history. The British Association for Adoption and Fostering (BAAF) closed in 2015 and its work passed to
 * CoramBAAF. And the old name quoted as what some staff still call the check ("what longer-serving coaches still
 * call a CRB, after the bureau the DBS replaced") is history, not the policy's own word.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const run = (text: string) => checkText(outdatedReference, text, { asOf });
const found = (text: string) => run(text).map((f) => f.excerpt);

describe("outdated-reference: the 2018 advice cited beside Part five", () => {
  it("finds the advice followed alongside Part five of KCSIE", () => {
    expect(
      found(
        "Staff at Wrenfield Academy follow Part 5 of KCSIE and the advice Sexual violence and sexual harassment between children in schools and colleges (DfE, 2018).",
      ),
    ).toEqual(["Sexual violence and sexual harassment between children in schools and colleges"]);
    // Dated by its month of publication, in italics: the document itself cited, not its author.
    expect(
      found(
        "Staff follow Part Five of KCSIE and the DfE's *Sexual violence and sexual harassment between children in schools and colleges* (May 2018).",
      ),
    ).toEqual(["Sexual violence and sexual harassment between children in schools and colleges"]);
  });
  it("leaves a sentence that tells it is now Part five", () => {
    expect(
      found(
        "The advice Sexual violence and sexual harassment between children in schools and colleges is now Part 5 of KCSIE.",
      ),
    ).toEqual([]);
    expect(
      found(
        "Part five of KCSIE, which absorbed the old advice Sexual violence and sexual harassment between children in schools and colleges, is our guide.",
      ),
    ).toEqual([]);
  });
});

describe("outdated-reference: BAAF", () => {
  it("finds the association by its name and its initials", () => {
    const f = run("Our panel uses the practice notes of the British Association for Adoption and Fostering.");
    expect(f.map((x) => x.excerpt)).toEqual(["British Association for Adoption and Fostering"]);
    expect(f[0].message).toContain("CoramBAAF");
    expect(found("Training follows the BAAF guide for kinship carers.")).toEqual(["BAAF"]);
  });
  it("leaves CoramBAAF alone", () => {
    expect(found("Training follows CoramBAAF's guide for kinship carers, and Coram BAAF's forms.")).toEqual(
      [],
    );
  });
});

describe("outdated-reference: the old name as what others still call it", () => {
  it("leaves the old name quoted as what some staff still say", () => {
    expect(
      found(
        'Every coach has an enhanced DBS check – what longer-serving coaches still call a "CRB", after the Criminal Records Bureau it replaced in 2012.',
      ),
    ).toEqual([]);
  });
  it("still finds the old name used as the policy's own word", () => {
    expect(found("Every coach has an enhanced CRB check before the season starts.")).toEqual(["CRB check"]);
  });
});
