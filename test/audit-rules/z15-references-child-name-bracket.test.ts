/**
 * From the fifteenth and sixteenth held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - "(child's name)" in round brackets in the policy's own running text ("If (child's name) is not collected …")
 *   is a template's words left in, as "[child's name]" and "<child's name>" already are.
 * - On a form it is the field to fill in, and stays alone: a line with blanks ("I give permission for
 *   (child's name) ……… to …"), a field's label ("Child's name: (child's name)"), a section under a form's
 *   heading ("Consent form", "Incident record"), words in the first person of whoever signs ("I agree that
 *   (child's name) may …"), a table's cell, and an example letter ("Dear parent of (child's name), …").
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(body: string[]): string {
  return [
    "# Ferncliff Judo Club — Safeguarding Policy",
    "",
    "## 1. Who to tell",
    "",
    "Our Club Welfare Officer is Niamh Corrigan (07700 900733); her deputy is Tariq Bello.",
    "",
    "## 2. Collection at the end of a session",
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}

const found = (text: string) => excerpts(checkText(placeholderText, text, { asOf }), text);

describe("(child's name) left in the policy's running text", () => {
  it("is a placeholder, for a child, a player or their full name", () => {
    expect(
      found(
        policy(["If (child's name) is not collected within 20 minutes, the coach phones their parents."]),
      ),
    ).toEqual(["(child's name)"]);
    expect(
      found(
        policy([
          "The coach stays with (player's full name) until a parent arrives, and tells the welfare officer.",
        ]),
      ),
    ).toEqual(["(player's full name)"]);
  });

  it("is no placeholder on a form, in a table, in the signer's own words or in an example letter", () => {
    for (const body of [
      ["I give permission for (child's name) ........................ to take part in gradings."],
      ["Child's name: (child's name)      Belt: ____      Group: ____"],
      ["## Appendix – Consent form", "", "My child (child's name) may be photographed at club events."],
      [
        "## Appendix – Incident record",
        "",
        "The injury to (child's name) happened during the warm-up session.",
      ],
      ["I agree that (child's name) may travel with the club to competitions this season."],
      ["| Child | (child's name) |", "| --- | --- |", "| Parent | (parent's name) |"],
      [
        "The letter home starts: Dear parent of (child's name), we are writing to let you know about the trip.",
      ],
    ])
      expect(found(policy(body))).toEqual([]);
  });

  it("is found where a name would stand: a sentence's start, after 'if', 'with', 'tell' or 'contact'", () => {
    for (const line of [
      "(child's name) is met at the door by the coach on duty.",
      "The coach will tell (child's name) that a parent is on the way.",
      "When (pupil's name) has not arrived, the office phones home by 9:30am.",
      "The welfare officer will contact (player's name) and their parents the same day.",
    ])
      expect(found(policy([line]))).toEqual([line.match(/\([^)]*\)/)?.[0]]);
  });

  // Review of 14e3806: a bracket after a noun it explains, or after 'about', 'than', 'as', says what a word
  // means; no name was left out.
  it("is no placeholder where the bracket explains the word before it", () => {
    for (const line of [
      "Staff record the child's details (pupil's full name) on the concern form before the end of the day.",
      "Records must show who the concern is about (child's name) and when it was raised.",
      "Notes are filed under the child's reference number rather than (child's name) so they stay private.",
      "Photographs of players are shared only with the parent's consent and never with identifying details (player's name) in the caption.",
      "Each record is kept as (child's name) and date of birth in the locked cabinet.",
    ])
      expect(found(policy([line]))).toEqual([]);
  });
});
