/**
 * A job title with the safeguarding role in brackets, then a colon and the name (issue 11, the sixty-fourth
 * held-out set, in our own words; every name is invented): "Assistant Co-ordinator (deputy for safeguarding): Name".
 * The bracket says which safeguarding role the post holds, and the name after the colon is its holder — for the
 * deputy ("(deputy for safeguarding)", "(Deputy DSL)") and for the lead ("(safeguarding lead)", "(DSL)") alike.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function named(text: string) {
  return findLeadMentions(text)
    .filter((m) => m.name)
    .map((m) => `${m.role}: ${(m.names ?? [m.name]).join(" / ")}`);
}

function policy(lines: string[]): string {
  return [
    "# Ashcombe Parish Council — Summer Playscheme: Safeguarding Policy",
    "",
    "## 2. Who is responsible",
    "",
    "Each summer the Council employs a Playscheme Co-ordinator, who leads on safeguarding, with an Assistant Co-ordinator.",
    "",
    ...lines,
    "",
    "Concerns go to the safeguarding lead the same day.",
    "",
  ].join("\n");
}

describe("a job title with the safeguarding role in brackets before the name", () => {
  for (const [line, expected] of [
    ["Assistant Co-ordinator (deputy for safeguarding): Lorna Tebbit, 07700 900 651", "deputy: Lorna Tebbit"],
    ["Assistant Co-ordinator (deputy for child protection) – Lorna Tebbit", "deputy: Lorna Tebbit"],
    ["Playscheme Co-ordinator (safeguarding lead): Lorna Tebbit, 07700 900 650", "dsl: Lorna Tebbit"],
    ["Playscheme Co-ordinator (DSL): Lorna Tebbit", "dsl: Lorna Tebbit"],
  ] as const) {
    it(`names the holder: ${line}`, () => {
      expect(named(policy([line]))).toContain(expected);
    });
  }

  it("no deputy-missing warning when the deputy is named so", () => {
    const text = policy([
      "Playscheme Co-ordinator (safeguarding lead): Owen Falk, 07700 900 650",
      "",
      "Assistant Co-ordinator (deputy for safeguarding): Lorna Tebbit, 07700 900 651",
    ]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });

  it("leaves other bracketed asides and the name before a bracketed role alone (near misses)", () => {
    // The name before the bracket is the holder; what follows the colon is not a name.
    expect(named("Owen Falk (DSL): 07700 900 650")).toEqual(["dsl: Owen Falk"]);
    // A bracket that is not a role names nobody, and no deputy is found.
    expect(named(policy(["Assistant Co-ordinator (mornings): Lorna Tebbit"]))).toEqual([]);
    expect(
      checkText(deputyMissing, policy(["Assistant Co-ordinator (mornings): Lorna Tebbit"]), { asOf }).length,
    ).toBe(1);
    // "deputy for safeguarding" in running text with nobody named is no deputy.
    expect(
      checkText(deputyMissing, policy(["The Assistant Co-ordinator is the deputy for safeguarding."]), {
        asOf,
      }).length,
    ).toBe(1);
  });
});
