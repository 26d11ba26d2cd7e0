/**
 * placeholder-text (held-out set zz94, a floorball club), in our own words; every name is invented. A drafter's note
 * left in the text — "Deputy Welfare Officer: TBC [Comment: RK – Sam will do it once his DBS is back. Leave as TBC
 * until then?]" — names "TBC" as a word: the field's own "TBC" is the placeholder, the note's is talked about.
 * Near misses: a field's value "TBC", and "listed as TBC" (the list's value is still missing) stay placeholders.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (line: string) => {
  const text = [
    "# Brackenfell Netball Club — Safeguarding Policy",
    "",
    "Welfare Officer: Priya Hallam, 07700 900741.",
    line,
    "",
    "Every coach has an enhanced DBS check.",
    "",
  ].join("\n");
  return excerpts(checkText(placeholderText, text, { asOf }), text);
};

describe("placeholder-text: 'TBC' talked about in a drafter's note", () => {
  it("reports the field's TBC, not the note's", () => {
    expect(
      found(
        "Deputy Welfare Officer: TBC [Comment: RK – Sam will do it once his DBS is back. Leave as TBC until then?]",
      ),
    ).toEqual(["TBC"]);
    expect(found('Deputy Welfare Officer: TBC (we mark the rota "TBC" until a deputy signs)')).toEqual([
      "TBC",
    ]);
    // A few words between the verb and "as" (review).
    expect(
      found("We mark the date as TBC until the hall is booked; the Deputy Welfare Officer is TBC."),
    ).toEqual(["TBC"]);
  });

  it("near misses: a field's value, and a value listed as TBC", () => {
    expect(found("Deputy Welfare Officer: TBC")).toEqual(["TBC"]);
    expect(found("The deputy is listed as TBC.")).toEqual(["TBC"]);
  });
});
