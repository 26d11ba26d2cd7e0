/**
 * outdated-reference (a review of the thirty-eighth session's changes), in our own words; every name is invented; as of
 * 1 December 2026. Every Child Matters followed as guidance in use is still out of date: "Staff follow the Every Child
 * Matters guidance (2004)", and "every child up to five years old … the Every Child Matters outcomes" ("years old" is
 * no history; "the old outcomes" is).
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const ecm = (text: string) =>
  checkText(outdatedReference, `# Little Acorns Nursery Safeguarding Policy\n\n${text}\n`, {
    asOf: "2026-12-01",
  })
    .map((f) => f.excerpt)
    .filter((e) => e?.includes("Every Child Matters"));

describe("Every Child Matters in use", () => {
  it("is out of date as guidance followed, and beside 'years old'", () => {
    for (const text of [
      "Staff follow the Every Child Matters guidance (2004) when they plan each child's care.",
      "We plan for every child up to five years old around the Every Child Matters outcomes.",
    ])
      expect(ecm(text), text).toEqual(["Every Child Matters"]);
  });
  it("stays quiet told as the old outcomes", () => {
    expect(ecm("We still hold to the spirit of the old Every Child Matters outcomes.")).toEqual([]);
  });
});
