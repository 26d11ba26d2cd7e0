/**
 * deputy-missing (review 51 of the forty-second session's "The X is her deputy", in our own words; every name is
 * invented). A canoe club labels its Welfare Officer and its Membership Secretary, then: "The Club Welfare Officer
 * leads on all safeguarding matters. The Membership Secretary is her deputy for safeguarding purposes." (or "… for
 * safeguarding and welfare", "… for child protection purposes"). The job's labelled holder is the deputy. Near misses
 * that still report no deputy: a deputy in another work ("her deputy in running the club's bookings", "her deputy for
 * safeguarding and the running of the boathouse" — the clause runs on past one word after "and").
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const club = (sentence: string) =>
  markdownDocument(
    [
      "# Wendlebury Canoe Club Safeguarding Policy",
      "",
      "Agreed by the committee on 18 January 2026. This policy is reviewed every year.",
      "",
      "## Contacts",
      "",
      "**Club Welfare Officer:** Rosalind Achebe-Moss (01632 960 114)",
      "**Membership Secretary:** Mr Declan Urquhart (01632 960 115)",
      "",
      `The Club Welfare Officer leads on all safeguarding matters. ${sentence}`,
      "",
      "## Training",
      "",
      "Rosalind Achebe-Moss completed the Welfare Officer course in March 2025. Declan Urquhart completed it in May 2025.",
      "",
    ].join("\n"),
  );

describe("deputy-missing: 'is her deputy for safeguarding purposes' names the job's holder", () => {
  for (const sentence of [
    "The Membership Secretary is her deputy for safeguarding purposes.",
    "The Membership Secretary is her deputy for safeguarding and welfare.",
    "The Membership Secretary is her deputy for child protection purposes.",
    "The Membership Secretary is her deputy for safeguarding and welfare purposes, and keeps the contact list.",
  ])
    it(`finds the deputy: "${sentence}"`, () => {
      expect(run(deputyMissing, club(sentence))).toEqual([]);
    });

  for (const sentence of [
    "The Membership Secretary is her deputy in running the club's bookings.",
    "The Membership Secretary is her deputy for safeguarding and the running of the boathouse.",
  ])
    it(`still reports no deputy: "${sentence}"`, () => {
      expect(run(deputyMissing, club(sentence))).toHaveLength(1);
    });
});
