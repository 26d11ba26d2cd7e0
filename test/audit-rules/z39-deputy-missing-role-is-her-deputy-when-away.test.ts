/**
 * deputy-missing (review of the thirty-eighth session), in our own words; every name is invented. "The Welfare
 * Officer (Under 14s) is her deputy when she is away": the words after "deputy" in lower case ("when", "while", "at")
 * are no job's, so the role is the lead's deputy and its holder named under it is the named deputy. (Under a
 * case-blind pattern a capital-letter test matched every word after "deputy".) Still a job: "is her deputy head", "is
 * the Deputy Manager", "is the deputy safeguarding lead".
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const club = (sentence: string) =>
  markdownDocument(
    [
      "# Harrowgate Vale Cycling Club – Safeguarding Policy",
      "",
      "## Our welfare team",
      "",
      "Club Welfare Officer",
      "Name: Philippa Grantham-Oyo",
      "Phone: 07700 900 321",
      "",
      "Welfare Officer (Under 14s)",
      "Name: Declan Moorcroft",
      "Phone: 07700 900 322",
      "",
      `The Club Welfare Officer leads on safeguarding for the club. ${sentence}`,
      "",
      "This policy was approved on 1 October 2026 and will be reviewed by 1 October 2027.",
      "",
    ].join("\n"),
  );

describe("deputy-missing: 'is her deputy' followed by ordinary words", () => {
  it("stays quiet when the words after 'deputy' are no job (the reviewer's snippet)", () => {
    for (const sentence of [
      "The Welfare Officer (Under 14s) is her deputy when she is away.",
      "The Welfare Officer (Under 14s) is her Deputy while she is on holiday.",
      "The Welfare Officer (Under 14s) is her deputy at every junior session.",
    ])
      expect(run(deputyMissing, club(sentence)), sentence).toEqual([]);
  });

  it("still reports a job after 'deputy', in either case", () => {
    for (const sentence of [
      "The Welfare Officer (Under 14s) is her deputy head at school.",
      "The Welfare Officer (Under 14s) is the Deputy Manager of the café.",
      "The Welfare Officer (Under 14s) is the deputy Safeguarding lead at her school.",
    ])
      expect(run(deputyMissing, club(sentence)), sentence).toHaveLength(1);
  });
});
