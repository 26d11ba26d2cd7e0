/**
 * Found in review (thirty-fifth session): the 2018 advice on sexual violence and sexual harassment between children,
 * cited by its title and its year alone in brackets ("… in schools and colleges (2018)"), is the document cited by its
 * date, not an author and year — out of date since its content moved into Part five of KCSIE. In our own words; as of
 * 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt ?? "");

describe("outdated-reference: the 2018 advice cited with its year alone", () => {
  it("finds it with or without Part five beside it", () => {
    expect(
      found(
        "Staff at Ferncombe College follow Part Five of KCSIE and the DfE advice Sexual violence and sexual harassment between children in schools and colleges (2018).",
      ),
    ).toEqual([
      expect.stringMatching(
        /^Sexual violence and sexual harassment between children in schools and colleges/,
      ),
    ]);
    expect(
      found(
        "We follow the DfE advice Sexual violence and sexual harassment between children in schools and colleges (2018).",
      ),
    ).toEqual([
      expect.stringMatching(
        /^Sexual violence and sexual harassment between children in schools and colleges/,
      ),
    ]);
  });

  it("near miss: a sentence telling that it became Part five stays quiet", () => {
    expect(
      found(
        "The advice Sexual violence and sexual harassment between children in schools and colleges (2018) is now Part five of KCSIE.",
      ),
    ).toEqual([]);
  });
});
