/**
 * A league's, federation's or partnership's policy that says each member club (or school) has its own officer ("Each
 * member club names its own Club Welfare Officer") and lists them in a | Club | Club Welfare Officer | Phone | table:
 * those are the member clubs' leads, not the league's. The league's own lead has a title of its own ("League Welfare
 * Officer"). Without that sentence a column of officers stays the setting's (a club's sites, a group's nurseries).
 * From the seventy-third held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { memberBodiesRole } from "../../src/audit/text/find.js";
import { checkText, leadNamesOf } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lead: string[], sentence: string): string {
  return [
    "# Wexcombe Valley Junior Netball League – Safeguarding Policy",
    "",
    "## Who is responsible",
    "",
    ...lead,
    "",
    "### Member clubs' officers",
    "",
    sentence,
    "",
    "| Club | Club Welfare Officer | Phone |",
    "| --- | --- | --- |",
    "| Ashby Road Juniors | Kamala Reddy | 07700 900 501 |",
    "| Wexcombe Wasps | Owen Threlfall | 07700 900 502 |",
    "| St Anne's Primary School | Mrs P. Ives (the school's DSL) | 01632 960 503 |",
    "",
  ].join("\n");
}

const MEMBERS = [
  "Each member club names its own Club Welfare Officer, who deals with concerns at that club's sessions.",
  "Every affiliated club must appoint its own Club Welfare Officer.",
  "All member clubs have their own Club Welfare Officer, listed below.",
  "Each club in the league has its own Club Welfare Officer.",
];

describe("member clubs' own officers in a league's policy", () => {
  it.each(MEMBERS)("are not the league's lead: %s", (sentence) => {
    const text = policy(["League Welfare Officer: Dorcas Mbatha (07700 900 500)"], sentence);
    expect(leadNamesOf(text, "dsl")).toEqual(["Dorcas Mbatha"]);
    expect(memberBodiesRole(text, "Club Welfare Officer")).toBe(true);
    expect(memberBodiesRole(text, "League Welfare Officer")).toBe(false);
  });

  it("leave the league's lead missing when only the members' are named", () => {
    const text = policy(["Concerns at league fixtures go to the League Welfare Officer."], MEMBERS[0]);
    expect(checkText(leadMissing, text, { asOf })).toHaveLength(1);
  });

  it("near miss: without the sentence, the column's officers are the setting's", () => {
    const text = policy(
      ["Concerns at league fixtures go to the League Welfare Officer."],
      "Our officers are listed below.",
    );
    expect(checkText(leadMissing, text, { asOf })).toHaveLength(0);
    expect(memberBodiesRole(text, "Club Welfare Officer")).toBe(false);
  });

  it("near miss: a league that makes sure each club has a welfare officer does not disown its own lead", () => {
    const text = policy(
      ["Welfare Officer: Dorcas Mbatha (07700 900 500)"],
      "The league makes sure every member club has a welfare officer.",
    );
    expect(leadNamesOf(text, "dsl")).toContain("Dorcas Mbatha");
  });
});

describe("a club's own policy quoting its governing body's rule (review of zz73's fix)", () => {
  const club = (sentence: string) =>
    [
      "# Marsh Lane Juniors FC – Safeguarding Policy",
      "",
      sentence,
      "",
      "| Role | Name | Phone |",
      "| --- | --- | --- |",
      "| Club Welfare Officer | Jo Bell | 07700 900586 |",
      "| Deputy Club Welfare Officer | Tomas Achterhof | 07700 900587 |",
      "",
      "Next review: March 2027.",
      "",
    ].join("\n");

  it.each([
    "The FA requires every affiliated club to appoint its own Club Welfare Officer (CWO), who must hold a DBS check.",
    "Every affiliated club has its own Club Welfare Officer (CWO), who must hold a DBS check.",
  ])("keeps the club's own officer as its lead: %s", (sentence) => {
    const text = club(sentence);
    expect(memberBodiesRole(text, "Club Welfare Officer")).toBe(false);
    expect(leadNamesOf(text, "dsl")).toEqual(["Jo Bell"]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
  });
});
