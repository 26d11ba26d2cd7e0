/**
 * deputy-missing (review 45), in our own words; every name is invented. A club gives two officers, each a bold role
 * over "Name: …", and says: "The Youth Section Welfare Officer deputises for the Club's Welfare Officer when she is
 * away." After "for the", the lead's role may come a few words into the noun phrase — after a possessive ("the
 * Club's") — and is still the role deputised for: the second officer's holder is the named deputy, as without the
 * "'s". Near misses: the role named later in another clause ("… deputises for the team when the Welfare Officer is
 * away") is no object, and the lead's own role is still no deputy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const markdown = (sentence: string) =>
  markdownDocument(
    [
      "# Quarrydene Netball Club – Safeguarding Policy",
      "",
      "**Club Welfare Officer**",
      "Name: Hedda Markovic (Club Chair)",
      "",
      "**Youth Section Welfare Officer**",
      "Name: Obinna Fairweather-Lund",
      "",
      sentence,
    ].join("\n"),
  );

const deputies = (document: SourceDocument) => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === "deputy" && !m.team)
      .flatMap((m) => m.names ?? []),
  ),
];
const leads = (document: SourceDocument) => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === "dsl" && !m.team)
      .flatMap((m) => m.names ?? []),
  ),
];

describe("deputy-missing: a role deputising for a lead's role after a possessive", () => {
  it("names the deputy after 'for the Club's Welfare Officer'", () => {
    const document = markdown(
      "The Youth Section Welfare Officer deputises for the Club's Welfare Officer when she is away.",
    );
    expect(run(deputyMissing, document)).toEqual([]);
    expect(deputies(document)).toEqual(["Obinna Fairweather-Lund"]);
    expect(leads(document)).toEqual(["Hedda Markovic"]);
  });
  it("still names the deputy after 'for the Club Welfare Officer' (the layout it was written for)", () => {
    const document = markdown(
      "The Youth Section Welfare Officer deputises for the Club Welfare Officer when she is away.",
    );
    expect(run(deputyMissing, document)).toEqual([]);
    expect(deputies(document)).toEqual(["Obinna Fairweather-Lund"]);
  });
  it("reads no deputy when the lead's role comes in a later clause (near miss)", () => {
    const document = markdown(
      "The Youth Section Welfare Officer deputises for the team manager when the Club Welfare Officer is away.",
    );
    expect(deputies(document)).not.toContain("Obinna Fairweather-Lund");
  });
});
