/**
 * From the eleventh and twelfth held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - "TBC" for the dates of a future event is no placeholder in the other shapes policies write it too: "Dates for
 *   the autumn school visits are TBC", "(dates for 2028 TBC)", "The residential is booked for Whitby; dates TBC
 *   at the March meeting" — unless the dates are the policy's own ("Dates for the next review are TBC").
 * - "(date)" in a column heading ("| Course | Completed (date) |", or a PDF's heading row "Item Signed (date)
 *   Initials") says what to write in the column: it is no placeholder. "Adopted on (date)" in a sentence is.
 * - A sentence that lists a form's fields with a blank after each ("Consent slips ask for: Name of child ______
 *   Parent signature ______ Emergency contact ______.") describes a form, so none of its blanks is a name left
 *   out of the policy — one blank in a sentence ("reported to ______ without delay") still is.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(body: string[]): string {
  return [
    "# Harrowgate Rowing Club — Safeguarding Policy",
    "",
    "## 1. Who to tell",
    "",
    "Our Club Welfare Officer is Lucia Brennan (07700 900318); her deputy is Tariq Hollis.",
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}

const found = (text: string, format: SourceDocument["format"] = "md") =>
  excerpts(checkText(placeholderText, text, { asOf, format }), text);

describe("TBC for the dates of a future event", () => {
  it("is no placeholder when the dates' event follows them ('Dates for … are TBC')", () => {
    expect(
      found(
        policy(["Dates for the autumn school visits are TBC with each school and will be sent to staff."]),
      ),
    ).toEqual([]);
    expect(found(policy(["The times of the junior taster sessions are still TBC."]))).toEqual([]);
    expect(
      found(policy(["- Members' families at open days and the Harrowgate Head race (dates for 2028 TBC)"])),
    ).toEqual([]);
  });

  it("is no placeholder when the event is named in the clause before ('…; dates TBC')", () => {
    expect(
      found(policy(["The junior residential in 2027 is booked for Whitby; dates TBC at the March meeting."])),
    ).toEqual([]);
    expect(found(policy(["Our sponsored row returns next year, dates TBC."]))).toEqual([]);
  });

  it("is still a placeholder where the dates are the policy's own, or nothing says whose they are", () => {
    expect(found(policy(["Dates for the next review of this policy are TBC."]))).toEqual(["TBC"]);
    expect(found(policy(["The committee approved this policy; date TBC."]))).toEqual(["TBC"]);
    expect(found(policy(["Date: TBC"]))).toEqual(["TBC"]);
    expect(found(policy(["Deputy Welfare Officer: Tariq Hollis, Tel: TBC"]))).toEqual(["TBC"]);
  });
});

describe("(date) in a column heading", () => {
  it("is no placeholder in a table's header row", () => {
    const table = [
      "Consent checklist (the coach fills it in):",
      "",
      "| Step | Completed (date) | Initials |",
      "| --- | --- | --- |",
      "| Medical form received | | |",
      "| Photo consent given | | |",
    ].join("\n");
    expect(found(policy([table]))).toEqual([]);
    const names = ["| Course | Signed off by (name) |", "| --- | --- |", "| Sculling safety | |"].join("\n");
    expect(found(policy([names]))).toEqual([]);
  });

  it("is no placeholder in a PDF's heading row of capitalised words", () => {
    const pdf = [
      "Harrowgate Rowing Club — Safeguarding Policy",
      "Our Club Welfare Officer is Lucia Brennan (07700 900318); her deputy is Tariq Hollis.",
      "Consent checklist (the coach fills it in):",
      "Step Completed (date) Initials",
      "Medical form received",
      "Photo consent given",
    ].join("\n");
    expect(found(pdf, "pdf")).toEqual([]);
  });

  it("is still a placeholder in a sentence, or in a table's body", () => {
    expect(found(policy(["This policy was adopted by the committee on (date)."]))).toEqual(["(date)"]);
    const body = ["| Role | Name |", "| --- | --- |", "| Welfare Officer | (name) |"].join("\n");
    expect(found(policy([body]))).toEqual(["(name)"]);
    expect(found("Adopted by Harrowgate Rowing Club on (date)\nSigned by the Chair\n", "pdf")).toEqual([
      "(date)",
    ]);
  });
});

describe("a sentence that lists a form's fields with blanks", () => {
  it("is a form: none of its blanks is reported", () => {
    expect(
      found(
        policy([
          "Consent slips ask for: Name of child \\_\\_\\_\\_\\_\\_ Parent signature \\_\\_\\_\\_\\_\\_ Emergency contact \\_\\_\\_\\_\\_\\_.",
        ]),
      ),
    ).toEqual([]);
    expect(
      found(
        policy(["Each trip sheet has: Rower ________ Boat ________ Contact ________ Return time ________"]),
      ),
    ).toEqual([]);
  });

  it("leaves a lone blank in a sentence reported", () => {
    expect(found(policy(["Any worry must be reported to ______ without delay."]))).toEqual([
      "to ______ without",
    ]);
    expect(found(policy(["In an emergency, contact ______."]))).toEqual(["contact ______"]);
  });
});
