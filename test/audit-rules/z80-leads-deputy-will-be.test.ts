/**
 * "Her deputy will be Senior Youth Worker Name", "Her deputy is currently …", "… is now …", "… has been …": the deputy
 * named after a verb other than a bare "is", with or without a job's words before the name (a reviewer's case, issue
 * 11). Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const LEAD = "Our Designated Safeguarding Lead is Morwenna Tate (07700 900 561).";

describe("the deputy after 'is', 'will be', 'is currently', 'is now', 'has been'", () => {
  for (const verb of ["is", "will be", "is currently", "is now", "has been"])
    for (const job of ["Senior Youth Worker ", ""])
      it(`"Her deputy ${verb} ${job}Rachel Pascoe."`, () => {
        const text = `# Safeguarding Policy\n\n${LEAD} Her deputy ${verb} ${job}Rachel Pascoe.\n`;
        expect(namesFor(text, "md", "deputy")).toEqual(["Rachel Pascoe"]);
        expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
      });

  it("a deputy still to be chosen is none (near miss)", () => {
    const text = `# Safeguarding Policy\n\n${LEAD} Her deputy will be Appointed In The Spring.\n`;
    expect(namesFor(text, "md", "deputy")).toEqual([]);
  });
});
