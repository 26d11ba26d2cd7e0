/**
 * outdated-reference (review of the thirty-eighth session), in our own words; as of 1 December 2026. "Every Child
 * Matters guidance" is the programme's own words, as a phrase: not "guidance" anywhere in the sentence. A school's
 * motto before a sentence about the statutory guidance it follows ("At Oakfield, Every Child Matters: this policy
 * follows the statutory guidance in Keeping Children Safe in Education 2025 …") is no reference to the programme.
 * "Staff follow the Every Child Matters guidance (2004)" and "the ECM guidance" still are.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const ecm = (text: string) =>
  checkText(outdatedReference, `# Oakfield Primary School – Child Protection Policy\n\n${text}\n`, {
    asOf: "2026-12-01",
  })
    .map((f) => f.excerpt)
    .filter((e) => e?.includes("Every Child Matters"));

describe("Every Child Matters beside the word 'guidance'", () => {
  it("stays quiet on a motto in a sentence about other guidance (the reviewer's snippet)", () => {
    expect(
      ecm(
        "At Oakfield, Every Child Matters: this policy follows the statutory guidance in Keeping Children Safe in Education 2025 and Working Together to Safeguard Children 2023.",
      ),
    ).toEqual([]);
  });

  it("still reports the Every Child Matters guidance followed", () => {
    for (const text of [
      "Staff follow the Every Child Matters guidance (2004) when they plan each child's care.",
      "Our planning follows the “Every Child Matters” guidance.",
      "We work to the ECM guidance, Every Child Matters, in all our planning.",
    ])
      expect(ecm(text), text).toEqual(["Every Child Matters"]);
  });
});
