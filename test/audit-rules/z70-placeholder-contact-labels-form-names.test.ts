/**
 * Reviewer findings on issue 11 (round 24), in our own words; every name is invented.
 * - "07700 900123 [mobile]", "01632 960111 [home phone]": a number's kind in brackets straight after the number is
 *   its label, not a blank; "Mobile: [mobile]" and "[mobile number]" alone still are.
 * - "Child's name (Forename Surname): ____": a template's words for a name in brackets before a field's colon are
 *   the form's label; "Deputy DSL: Forename Surname" still is a blank.
 * - "[ROLE-PLAY]" is an activity in capitals, as "[ROLE PLAY]" is; "[ROLE]" still asks for a role.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const found = (text: string) =>
  excerpts(checkText(placeholderText, text, { asOf }), text).map((e) => e.replace(/\s+/g, " "));

const policy = (...body: string[]) =>
  [
    "# Fenbridge Rowing Club – Safeguarding Policy",
    "",
    "Adopted by the committee on 3 March 2026.",
    "",
    "## Who to tell",
    "",
    ...body,
    "",
    "Next review: March 2027",
  ].join("\n");

describe("placeholder-text: a contact's label after its number", () => {
  it("leaves a label in brackets after a number or an address alone", () => {
    expect(
      found(policy("Club Welfare Officer: Mrs Wenna Trask, 01632 960222 [home], 07700 900654 [mobile]")),
    ).toEqual([]);
    expect(found(policy("| Wenna Trask | Welfare Officer | 07700 900654 [mobile] |"))).toEqual([]);
    expect(found(policy("Welfare Officer: Wenna Trask, wenna@example.org [email]"))).toEqual([]);
    // A PDF's narrow table cell wraps the label onto the next line.
    expect(found(policy("Wenna Trask Welfare Officer 07700 900654", "[mobile]"))).toEqual([]);
  });

  it("still reports a label standing where the number should be (near miss)", () => {
    expect(found(policy("Club Welfare Officer: Mrs Wenna Trask, [mobile]"))).toEqual(["[mobile]"]);
    expect(found(policy("Club Welfare Officer: Mrs Wenna Trask, 07700 900654 [mobile number]"))).toEqual([
      "[mobile number]",
    ]);
  });
});

describe("placeholder-text: a template's name words as a form's label", () => {
  it("leaves the bracketed words before a field's colon alone", () => {
    expect(
      found(
        policy(
          "## Record of concern",
          "",
          "Child's name (Forename Surname): ______________",
          "",
          "Your name (First name Last name): ______________",
        ),
      ),
    ).toEqual([]);
  });

  it("still reports the words as a field's value (near miss)", () => {
    expect(found(policy("Deputy Welfare Officer: Forename Surname"))).toEqual(["Forename Surname"]);
  });
});

describe("placeholder-text: an activity in capitals", () => {
  it("leaves [ROLE-PLAY] alone", () => {
    expect(found(policy("Sessions include warm-ups and [ROLE-PLAY] exercises, always supervised."))).toEqual(
      [],
    );
  });

  it("still reports [ROLE] (near miss)", () => {
    expect(found(policy("Deputy Welfare Officer: [ROLE]"))).toEqual(["[ROLE]"]);
  });
});
