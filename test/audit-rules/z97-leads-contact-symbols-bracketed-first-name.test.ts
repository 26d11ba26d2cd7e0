/**
 * A club's contact lines led by a symbol ("☏ Welfare: Name · phone") and, further down, the role with the holder's
 * first name in brackets ("The Club Welfare Officer (Megan, above) …", "The Deputy Welfare Officer (Owen) …"):
 * the bracket names the person the policy gives in full elsewhere, when the tagger takes that full name for a
 * person's. A role mentioned only in general, or a bracket
 * whose first name the policy never gives in full, still names no one. Our own words, every name invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lines: string[]): string {
  return [
    "# Tidewater Junior Canoe Club – Welfare Rules",
    "",
    ...lines.flatMap((l) => [l, ""]),
    "## If you are worried",
    "",
    "Call 999 if a child is in danger. Otherwise tell the Welfare Officer the same day.",
    "",
  ].join("\n");
}

describe("lead-missing / deputy-missing: the role with a first name in brackets, given in full elsewhere", () => {
  const text = policy([
    "☏ Welfare: Megan Trevail · 07700 900 611 · welfare@tidewater.example.org",
    "✎ Deputy Welfare: Owen Penrose · 07700 900 612",
    "## 2 Who looks after welfare",
    "2.1 The Club Welfare Officer (Megan, above) leads on welfare for the club. The Deputy Welfare Officer (Owen) stands in whenever she is away.",
  ]);
  for (const format of ["md", "docx"] as const) {
    it(`names both from the brackets (${format})`, () => {
      expect(namesFor(text, format, "dsl")).toContain("Megan Trevail");
      expect(namesFor(text, format, "deputy")).toContain("Owen Penrose");
      expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
    });
  }

  it("a first name in brackets that the policy never gives in full names no one", () => {
    const lone = policy([
      "The Club Welfare Officer (Megan, above) leads on welfare for the club.",
      "The Deputy Welfare Officer (Owen) stands in whenever she is away.",
    ]);
    expect(namesFor(lone, "md", "dsl")).toEqual([]);
    expect(checkText(leadMissing, lone, { asOf, format: "md" })).toHaveLength(1);
    expect(checkText(deputyMissing, lone, { asOf, format: "md" })).toHaveLength(1);
  });

  it("a bracket saying what the deputy covers is not a first name, though a title elsewhere starts with it", () => {
    const covers = policy([
      "Please read this policy with our Boathouse Rulebook.",
      "The Deputy Welfare Officer (Boathouse) checks the kit store.",
    ]);
    expect(namesFor(covers, "md", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, covers, { asOf, format: "md" })).toHaveLength(1);
  });

  it("a bracket that is not a person's name is not the holder", () => {
    const place = policy([
      "Mrs Eirwen Hosking chairs the committee.",
      "The Club Welfare Officer (see above) leads on welfare. The Welfare Officer (Eirwen's committee appoints one) is vacant.",
    ]);
    expect(namesFor(place, "md", "dsl")).toEqual([]);
    expect(checkText(leadMissing, place, { asOf, format: "md" })).toHaveLength(1);
  });
});
