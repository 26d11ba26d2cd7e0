/**
 * Wales's 2006 guidance is a title — "Safeguarding Children: Working Together under the Children Act 2004" — and
 * its words without the first two and without the title's capitals are plain English: "agencies working together
 * under the Children Act 2004" in an English policy names the Act, which is current, and no guidance at all. The
 * title with its first words, or with "Working Together" capitalised, is still reported (8290eb9). Review 9
 * (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (line: string) => {
  const text = ["# Larkspur Holiday Club — Safeguarding Policy", "", line, ""].join("\n");
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};

describe("the words of Wales's 2006 title in plain prose", () => {
  it.each([
    "We accept the duty of agencies working together under the Children Act 2004 to keep children safe.",
    "Partners are working together under the Children Act 2004, section 10.",
  ])("are not the guidance: %s", (line) => {
    expect(found(line)).toEqual([]);
  });

  it("near miss: the title with its first words, in lower case, is still the guidance", () => {
    expect(found("Staff read safeguarding children: working together under the children act 2004.")).toEqual([
      expect.stringContaining("working together under the children act 2004"),
    ]);
  });

  it("near miss: the title's capitals without its first words are still the guidance", () => {
    expect(found("Staff follow Working Together under the Children Act 2004 in joint work.")).toEqual([
      expect.stringContaining("Working Together under the Children Act 2004"),
    ]);
  });
});
