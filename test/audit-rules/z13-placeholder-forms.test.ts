/**
 * From the thirteenth and fourteenth held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - "(name)" in a form's field label, with the blank to fill in after it ("Checked by (name): ……… Date: ……",
 *   "Handed over to (name): ______ Signed: ______"), tells whoever fills the form in what to write: it is no
 *   placeholder. "(name)" in a sentence, or as a table cell's whole value, still is.
 * - "The 2027 camp dates are TBC": an event's dates still to be fixed, written with the verb straight after
 *   "dates", are no placeholder — "The review dates are TBC" (the policy's own) still is.
 * - "[pupil name]", "(child's name)" or "<name of the young person>" in an example message, letter or script
 *   stands for whichever child it is about: a policy never names a child, so it is no detail left out. A
 *   bracket asking for the lead's or the setting's name still is a placeholder.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(body: string[]): string {
  return [
    "# Millbrook Canoe Club — Safeguarding Policy",
    "",
    "## 1. Who to tell",
    "",
    "Our Club Welfare Officer is Orla Fennimore (07700 900512); her deputy is Kwame Asante.",
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}

const found = (text: string, format: SourceDocument["format"] = "md") =>
  excerpts(checkText(placeholderText, text, { asOf, format }), text);

describe("(name) in a form's field label before its blank", () => {
  it("is no placeholder with dots or underscores after it", () => {
    expect(
      found(
        policy([
          "## Appendix 2: Note of a concern",
          "Checked by coach (name): ................................  Date: ..../..../........",
        ]),
      ),
    ).toEqual([]);
    expect(
      found(policy(["Handed over to (name): \\_\\_\\_\\_\\_\\_\\_\\_ Signed: \\_\\_\\_\\_\\_\\_\\_\\_"])),
    ).toEqual([]);
    expect(
      found(
        "Millbrook Canoe Club — note of a concern\nSeen by (name) ……………………… on (date) ………………\nSigned ……………\n",
        "pdf",
      ),
    ).toEqual([]);
  });

  it("is still a placeholder in a sentence or as a cell's whole value", () => {
    expect(found(policy(["Concerns go to our deputy, (name), who keeps the log."]))).toEqual(["(name)"]);
    const table = ["| Role | Name |", "| --- | --- |", "| Deputy Welfare Officer | (name) |"].join("\n");
    expect(found(policy([table]))).toEqual(["(name)"]);
    expect(found(policy(["Deputy Welfare Officer: (name)"]))).toEqual(["(name)"]);
  });
});

describe("an event's dates that 'are TBC'", () => {
  it("is no placeholder", () => {
    expect(
      found(policy(["The 2028 paddling camp dates are TBC and the committee will set them in May."])),
    ).toEqual([]);
    expect(found(policy(["Our river festival times are still TBC."]))).toEqual([]);
  });

  it("is still a placeholder for the policy's own dates", () => {
    expect(found(policy(["The review dates are TBC."]))).toEqual(["TBC"]);
    expect(found(policy(["Dates are TBC."]))).toEqual(["TBC"]);
  });
});

describe("a child's name left as a variable in an example", () => {
  it("is no placeholder", () => {
    expect(
      found(policy(['Never send messages such as: "Hey [pupil name], add me on your own account x"'])),
    ).toEqual([]);
    expect(
      found(policy(["The letter home starts: Dear parent of (child's name), we are writing …"])),
    ).toEqual([]);
    expect(
      found(policy(["> \\<name of the young person\\> was seen leaving the boathouse at 6pm."])),
    ).toEqual([]);
  });

  it("leaves a lead's, a parent's contact or the setting's name in brackets reported", () => {
    expect(found(policy(["Tell [DSL name] the same day."]))).toEqual(["[DSL name]"]);
    expect(found(policy(["[Name of club] follows British Canoeing's guidance."]))).toEqual([
      "[Name of club]",
    ]);
    expect(found(policy(["Ring the duty coach on [phone number]."]))).toEqual(["[phone number]"]);
  });
});
