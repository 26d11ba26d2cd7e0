/**
 * People read from the held-out set zz110, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A block of people written all in capitals, one a paragraph: "TITLE NAME (ROLE) – JOB – PHONE", names from many
 * languages (accents, tone marks, a family name first) or a single name. The bracketed role after the person's
 * name is theirs — the lead and the deputy are named, and the brackets are no template's blanks. A template's
 * capitals in brackets with no name before them ("(CLUB / SOCIETY)") stay placeholders, and a capitals sentence is
 * no person.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (people: string[]) =>
  [
    "# TIDEWELL SIGNING CIRCLE – YOUNG SIGNERS",
    "",
    "## SAFEGUARDING POLICY",
    "",
    "Next review: September 2027",
    "",
    "## 1. WHO KEEPS CHILDREN SAFE",
    "",
    "THE ADULTS LISTED HERE LOOK AFTER SAFEGUARDING FOR THE CIRCLE:",
    "",
    ...people.flatMap((p) => [p, ""]),
    "Mrs Đặng covers for Dr Ó Dálaigh when he is away. Any worry goes to the DSL, or to the deputy.",
    "",
  ].join("\n");

const block = [
  "DR CIARÁN Ó DÁLAIGH (DSL) – CIRCLE DIRECTOR – 07700 900 401 – CIARAN@TIDEWELL.EXAMPLE.ORG",
  "MRS ĐẶNG THỊ HỒNG (DEPUTY DSL) – LEAD SIGNER (BSL) – 07700 900 402",
  "MR FÉMI ÀJÀYÍ (SAFEGUARDING TRUSTEE) – 07700 900 403",
  "WIRANTO (SESSIONS COORDINATOR) – 07700 900 404",
];

const found = (rule: typeof leadMissing, text: string) =>
  checkText(rule, text, { asOf }).map((f) => text.slice(f.offset, f.endOffset));

describe("a people block written in capitals", () => {
  it("names the lead and the deputy from the capitals lines", () => {
    const text = policy(block);
    const named = findLeadMentions(text).filter((m) => m.name);
    expect(named.map((m) => [m.role, m.name])).toEqual([
      ["dsl", "DR CIARÁN Ó DÁLAIGH"],
      ["deputy", "MRS ĐẶNG THỊ HỒNG"],
    ]);
    expect(found(leadMissing, text)).toEqual([]);
    expect(found(deputyMissing, text)).toEqual([]);
  });

  it("reads a role in brackets after a person's name as their role, not a placeholder", () => {
    expect(found(placeholderText, policy(block))).toEqual([]);
  });

  it("still reports a template's capitals in brackets with no name before them", () => {
    const text = policy([
      ...block,
      "(CLUB / SOCIETY) – 07700 900 405",
      "CONTACT (DEPUTY SAFEGUARDING LEAD) – 07700 900 406",
    ]);
    expect(found(placeholderText, text)).toEqual(["(CLUB / SOCIETY)", "(DEPUTY SAFEGUARDING LEAD)"]);
  });

  it("reads no person from a capitals sentence or heading before a bracket", () => {
    const text = policy(["OUR SAFEGUARDING LEAD (DSL) – SEE THE NOTICEBOARD"]);
    expect(findLeadMentions(text).filter((m) => m.name)).toEqual([]);
    expect(found(leadMissing, text).length).toBeGreaterThan(0);
  });
});
