/**
 * Placeholders from the held-out set zz107, in our own words; every name is invented.
 * - "| April 2027 | [to be decided at the March trustees' meeting] |": a bracketed note that a value is still to be
 *   decided, with when or by whom, where the value should stand (alone in its cell, after a label's colon) — not
 *   the same words in the policy's own sentence ("The rota for the summer is [to be agreed at the AGM] and will be
 *   sent round", which describes a plan).
 * - "[new volunteer – name and photo to follow]": a note that someone's name (and photo) is still to come, after a
 *   few words saying whose.
 * - "Signed off by: #N/A", "| Owner | #REF! |": a spreadsheet's error value exported where a value should be — not
 *   the words talked about ("a cell showing #N/A means the lookup failed").
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const found = (text: string) =>
  checkText(placeholderText, text, { asOf: "2026-12-01" }).map((f) => f.excerpt);

describe("a value still to be decided, in brackets", () => {
  it("finds the note alone in a rota's cell", () => {
    const text = [
      "| Month | Contact on duty | Phone |",
      "| --- | --- | --- |",
      "| March 2027 | Mr Idris Pengelly | 07700 900 512 |",
      "| April 2027 | [to be decided at the March trustees' meeting] | |",
    ].join("\n");
    expect(found(text)).toEqual(["[to be decided at the March trustees' meeting]"]);
  });

  it("finds it after a label's colon", () => {
    expect(found("Second contact: [to be confirmed by the vestry in spring]")).toEqual([
      "[to be confirmed by the vestry in spring]",
    ]);
  });

  it("leaves the same words in the policy's own sentence", () => {
    expect(
      found("The summer rota is [to be agreed at the AGM] and will be sent to every family in June."),
    ).toEqual([]);
  });
});

describe("a name still to come, after whose it is", () => {
  it("finds '[new volunteer – name and photo to follow]' in a list of people", () => {
    expect(
      found(
        "Back row: Zofia Brennan (Leader); Amos Tiller (Helper); [new volunteer – name and photo to follow].",
      ),
    ).toEqual(["[new volunteer – name and photo to follow]"]);
  });

  it("finds '(name and number to come)' where they should stand", () => {
    expect(found("Deputy: (name and number to come)")).toEqual(["(name and number to come)"]);
  });

  it("leaves a date and a time to follow (an event's plan)", () => {
    expect(found("The open evening [new families – date and time to follow] is in spring.")).toEqual([]);
  });
});

describe("a spreadsheet's error value", () => {
  it("finds '#N/A' after a field's colon and '#REF!' alone in a cell", () => {
    expect(found("Signed off by: #N/A\nVersion: 2.0")).toEqual(["#N/A"]);
    const table = ["| Field | Value |", "| --- | --- |", "| Owner | #REF! |", "| Status | Live |"].join("\n");
    expect(found(table)).toEqual(["#REF!"]);
  });

  it("leaves the error talked about in a sentence", () => {
    expect(found("A cell showing #N/A means the lookup failed; ask the data team to fix it.")).toEqual([]);
  });
});
