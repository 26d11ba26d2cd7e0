/**
 * outdated-reference (review 44), in our own words; as of 1 December 2026. "Our practice follows the government
 * guidance on Every Child Matters" names the programme's guidance as surely as "the Every Child Matters guidance":
 * "guidance on" (or "about") the programme is reported too. A motto before a sentence about other guidance stays
 * quiet, as before.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const ecm = (text: string) =>
  checkText(outdatedReference, `# Larkspur Pre-school – Safeguarding Policy\n\n${text}\n`, {
    asOf: "2026-12-01",
  })
    .map((f) => f.excerpt)
    .filter((e) => e?.includes("Every Child Matters"));

describe("Every Child Matters after 'guidance on'", () => {
  it("reports the government guidance on Every Child Matters", () => {
    for (const text of [
      "Our practice follows the government guidance on Every Child Matters, so that each child is safe and healthy.",
      "Staff read the guidance about Every Child Matters when they join.",
    ])
      expect(ecm(text), text).toEqual(["Every Child Matters"]);
  });
  it("stays quiet on a motto in a sentence about other guidance", () => {
    expect(
      ecm(
        "At Larkspur, Every Child Matters: this policy follows the statutory guidance in Keeping Children Safe in Education 2025.",
      ),
    ).toEqual([]);
  });
});
