/**
 * outdated-reference, in our own words; every name is invented. As of 1 December 2026. An old body's name told as
 * history with a bracketed short name or an apposition between the name and its verb ("The Independent Safeguarding
 * Authority (ISA) was scrapped in 2012", "ContactPoint, the national index of children, was switched off in 2010") is
 * history, as "The ISA was abolished in 2012" already is. Still reported: the same name used as a current thing, with
 * a bracket or apposition after it ("We check ContactPoint, the national index, before each placement").
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt);

describe("outdated-reference: history with a bracket or an apposition before its verb", () => {
  it("stays quiet on the history", () => {
    for (const text of [
      "The Independent Safeguarding Authority (ISA) was scrapped in 2012.",
      "The Criminal Records Bureau (CRB) was closed in 2012, when the DBS took over its work.",
      "ContactPoint, the national database of children in England, was switched off in August 2010 and is not used.",
      "The Local Safeguarding Children Board (LSCB) has been replaced by the Hollowmere Safeguarding Partnership.",
    ])
      expect(found(text), text).toEqual([]);
  });
  it("still reports the name in use, bracket or apposition after it", () => {
    expect(found("We check ContactPoint, the national index of children, before each placement.")).toEqual([
      "ContactPoint",
    ]);
    expect(
      found("Every helper has a Criminal Records Bureau (CRB) check, renewed every three years."),
    ).toEqual(["Criminal Records Bureau"]);
  });
});
