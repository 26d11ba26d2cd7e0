/**
 * placeholder-text (held-out sets zz90 and zz92), in our own words; every name is invented. As of 1 December 2026.
 * - A bracket glued to a code's letters ("Scottish Charity No. SC[number]", "Company no. NI[number]") is quoted whole,
 *   as the reader sees it in the document: "SC[number]".
 * - One word in square capitals standing for a place's name, before the place's kind in ordinary case ("held at
 *   [BRANCH] Library.", "meets at the [TOWN] Leisure Centre on Fridays") is a placeholder, as a value's name before
 *   lower-case words already is. Near misses: an abbreviation in capitals ("the [DSL] Office"), a title in capitals
 *   ("[ANNEX] Contacts" in a capitals line), and words in brackets with spaces before them stay as they were.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (line: string) =>
  [
    "# Cairnbrae Junior Pipe Band — Safeguarding Policy",
    "",
    "Our Child Protection Officer is Eilidh Moncrieff (07700 900612).",
    "",
    line,
    "",
    "Every tutor has a PVG check before working with young members.",
    "",
  ].join("\n");

const found = (line: string) => {
  const text = policy(line);
  return excerpts(checkText(placeholderText, text, { asOf }), text);
};

describe("placeholder-text: a bracket glued to a code, and a place's name in square capitals", () => {
  it("quotes the code's letters with the bracket", () => {
    expect(found("Scottish Charity No. SC[number] · Practice: Cairnbrae Hall, Tuesdays")).toEqual([
      "SC[number]",
    ]);
    expect(found("Registered in Northern Ireland, company no. NI[number].")).toEqual(["NI[number]"]);
    const text = policy("Scottish Charity No. SC[number] · Practice: Cairnbrae Hall, Tuesdays");
    expect(checkText(placeholderText, text, { asOf })[0].message).toBe(
      '"SC[number]" is a placeholder left over from the template — replace it with the real details, or delete it',
    );
  });

  it("finds a place's name in square capitals before the place's kind", () => {
    expect(found("Practices are held at [BRANCH] Library.")).toEqual(["[BRANCH]"]);
    // A label's line, with few words in lower case around the capitals.
    expect(found("Practices: Mondays 18:00–19:30 at [BRANCH] Library.")).toEqual(["[BRANCH]"]);
    expect(found("The band meets at the [TOWN] Leisure Centre on Fridays.")).toEqual(["[TOWN]"]);
  });

  it("near misses: an abbreviation, a line in capitals, a bracket after a space", () => {
    expect(found("Records are kept in the [DSL] Office.")).toEqual([]);
    expect(found("SEE THE BAND HANDBOOK AT [BRANCH] LIBRARY.")).toEqual([]);
    expect(found("Charity number: SC 012345 [registered 2019].")).toEqual([]);
  });
});
