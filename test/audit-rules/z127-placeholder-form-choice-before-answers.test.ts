/**
 * placeholder-text (held-out set zz127), in our own words; every name is invented. A form's instruction to its filler
 * before the answers it is about ("Does your group also work with adults at risk? (delete one) Yes / *No*") is the
 * form's, as the same instruction after them ("Yes / No (delete as appropriate)") already is. Still reported: the
 * instruction with no answers beside it ("Our opening hours are (delete as appropriate) …") and "(insert …)".
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(placeholderText, text, { asOf }).map((f) => f.excerpt);

describe("placeholder-text: a form's '(delete one)' before its answers", () => {
  it("stays quiet before Yes / No answers, one of them marked", () => {
    for (const text of [
      "Does your group also work with adults at risk? (delete one) Yes / *No*",
      "Do you run residential trips? (delete as appropriate) **Yes** / No",
      "Is a first aider always on site? (please circle) YES/NO",
    ])
      expect(found(text), text).toEqual([]);
  });
  it("still reports the instruction with no answers beside it, and a fill-in", () => {
    expect(found("Sessions run on (delete as appropriate) weekday evenings at the hall.")).toEqual([
      "(delete as appropriate)",
    ]);
    expect(found("Our designated person is (insert name) and can be reached at the hall.")).toEqual([
      "(insert name)",
    ]);
  });
});
