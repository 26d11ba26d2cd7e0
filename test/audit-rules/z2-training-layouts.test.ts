/**
 * Training records in the layouts of the fourth held-out set's shapes (issue 11), in our own words: names
 * separated from courses by runs of spaces, a list of "Name -- course, date" entries, a month named May, a
 * course with only the date it falls due again. Names and places are invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a name laid out with runs of spaces before its courses is the trained person's", () => {
  const spaced = [
    "**Who to contact**",
    "",
    "Lead Welfare Officer        Mr Osman Trelawney        07700 900 101",
    "",
    "Deputy Welfare Officer      Ms Priya Venn-Hartley     07700 900 102",
    "",
    "Team Coach                  Mr Gil Marrow             07700 900 103",
    "",
    "**Training**",
    "",
    "Osman Trelawney        Space to Talk (club officer course) – completed 3 March 2025",
    "                       Safeguarding in Rowing – completed 19 June 2024",
    "",
    "Priya Venn-Hartley     Child Protection Foundations – completed 11 September 2025",
    "",
    "Gil Marrow             Safeguarding in Rowing – completed 2 October 2024",
    "",
  ].join("\n");

  it("so neither lead is said to have no training (a column gap is never part of a name)", () => {
    expect(checkText(trainingMissing, spaced, { asOf })).toEqual([]);
    expect(checkText(trainingStale, spaced, { asOf })).toEqual([]);
    expect(checkText(trainingUndated, spaced, { asOf })).toEqual([]);
  });

  it("also when a PDF closed the gap to one space (a lead the document names is that name)", () => {
    const pdf = spaced.replace(/ {2,}/g, " ").replace(/\n /g, "\n");
    expect(checkText(trainingMissing, pdf, { asOf, format: "pdf" })).toEqual([]);
  });

  it("but a lead whose name heads no training is still reported", () => {
    const without = spaced.replace(/Priya Venn-Hartley {5}Child[^\n]*\n/, "");
    expect(excerpts(checkText(trainingMissing, without, { asOf }), without)).toEqual([
      "Ms Priya Venn-Hartley",
    ]);
  });
});

describe("a course with only the date it falls due again, under a name laid out with spaces", () => {
  it("is out of date once that date has passed, though the line has no word 'training' or 'course'", () => {
    const text = [
      "## Our welfare team",
      "",
      "Club Safeguarding Officer: Mrs Hedda Lorne",
      "Deputy Safeguarding Officer: Mr Tobias Quenby",
      "",
      "## Training records",
      "",
      "Hedda Lorne       Safeguarding and Protecting Children – completed 6 January 2026",
      "Tobias Quenby     Advanced Child Protection – due for renewal June 2025",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual([
      "Tobias Quenby     Advanced Child Protection – due for renewal June 2025",
    ]);
    expect(found[0].message).toMatch(
      /^Tobias Quenby's Advanced Child Protection training was due for renewal in June 2025/,
    );
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });

  it("but not a DBS check or a policy falling due, and not a date still to come", () => {
    const text = [
      "Tobias Quenby     Enhanced DBS – due for renewal June 2025",
      "Hedda Lorne       Child Protection Foundations – due for renewal June 2027",
      "",
    ].join("\n");
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});

describe("a list whose entries each start with a person's name and their course", () => {
  const list = [
    "## Key people",
    "",
    "**Designated Safeguarding Lead**\\",
    "Mr Bartholomew Ekwueme, Vice Principal",
    "",
    "## Training",
    "",
    "All staff complete safeguarding training at induction and a short online update every year. The DSL and",
    "deputies renew their lead training every two years.",
    "",
    "-   Bartholomew Ekwueme \\-- Level 3 DSL, 14 May 2025",
    "-   Wren Castellano \\-- Level 3 DSL, 20 September 2022",
    "-   Isolde Fairweather \\-- Level 3 DSL, 9 January 2026",
    "",
  ].join("\n");

  it("gives each entry to its own person (the second entry is not the first person's)", () => {
    const found = checkText(trainingStale, list, { asOf });
    expect(excerpts(found, list)).toEqual(["Wren Castellano \\-- Level 3 DSL, 20 September 2022"]);
    expect(found[0].message).toMatch(
      /^Wren Castellano's most recent Level 3 DSL training is dated 20 September 2022/,
    );
  });

  it("reads a date in May as a date, not the verb 'may' (the lead's own entry is their training)", () => {
    expect(checkText(trainingMissing, list, { asOf })).toEqual([]);
  });

  it("while a list of courses under a person's name is still theirs", () => {
    const text = [
      "Marguerite Olds, Deputy DSL",
      "",
      "- Rowing Safeguarding Foundations – March 2026",
      "- Level 3 DSL – 18 May 2024",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual(["Level 3 DSL – 18 May 2024"]);
    expect(found[0].message).toMatch(/^Marguerite Olds's most recent Level 3 DSL training/);
  });
});
