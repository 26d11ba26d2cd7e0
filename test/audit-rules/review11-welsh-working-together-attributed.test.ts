/**
 * outdated-reference (issue 11, review 10 of 86c4d30), in our own words. Wales's 2006 guidance, "Working together
 * under the Children Act 2004", written without its first words and in lower case is still the title when its
 * publisher follows — "(Welsh Assembly Government, 2006)", "(WAG 2006)". The same words as plain English, with no
 * attribution, stay silent. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (line: string) => {
  const text = ["# Cwm Rhondda Playgroup — Safeguarding Policy", "", line, ""].join("\n");
  return excerpts(checkText(outdatedReference, text, { asOf }), text);
};

describe("Wales's 2006 guidance with its attribution after it", () => {
  it.each([
    "Staff follow Working together under the Children Act 2004 (Welsh Assembly Government, 2006).",
    "Staff follow working together under the Children Act 2004 (WAG 2006) in joint work.",
    "Staff follow Working together under the Children Act 2004 (National Assembly for Wales, 2006).",
  ])("is the guidance: %s", (line) => {
    expect(found(line)).toEqual([expect.stringMatching(/^[Ww]orking together under the Children Act 2004/)]);
  });

  it.each([
    "We accept the duty of agencies working together under the Children Act 2004 to keep children safe.",
    "Partners are working together under the Children Act 2004 (section 10) to share information.",
    "Partners are working together under the Children Act 2004 (as amended in 2017).",
  ])("near miss: plain English stays silent: %s", (line) => {
    expect(found(line)).toEqual([]);
  });
});
