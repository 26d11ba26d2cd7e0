/**
 * Scottish sport's "Wellbeing and Protection Lead" (WPL) and "Wellbeing and Protection Officer" (WPO), the titles
 * sportscotland's guidance uses since 2021 for the club's designated lead, and their "Depute WPL". From the held-out
 * sets zz80-zz81 (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function page(who: string[]): string {
  return [
    "# Kilbrannan Curling Juniors – Wellbeing and Protection Policy",
    "",
    "We follow the National Guidance for Child Protection in Scotland 2021 and GIRFEC.",
    "",
    "## Who to talk to",
    "",
    ...who,
    "",
    "## If you are worried",
    "",
    "Tell the lead the same day and write down what you saw.",
    "",
  ].join("\n");
}

describe("Scotland's Wellbeing and Protection Lead", () => {
  const cases: Array<[string[], string[], string[]]> = [
    [
      ["Wellbeing and Protection Lead (WPL): Ailsa Gourlay, 07700 900 311, wpl@kilbrannan.example.org"],
      ["Ailsa Gourlay"],
      [],
    ],
    [
      [
        "Wellbeing and Protection Lead: Ailsa Gourlay, 07700 900 311",
        "",
        "Depute Wellbeing and Protection Lead: Euan Stirrat, 07700 900 312",
      ],
      ["Ailsa Gourlay"],
      ["Euan Stirrat"],
    ],
    [
      [
        "Wellbeing and Protection Officer (WPO): Ailsa Gourlay (07700 900 311)",
        "",
        "Depute WPO: Euan Stirrat",
      ],
      ["Ailsa Gourlay"],
      ["Euan Stirrat"],
    ],
    [["Our Wellbeing & Protection Officer is Ailsa Gourlay."], ["Ailsa Gourlay"], []],
  ];
  for (const [who, leads, deputies] of cases)
    for (const format of ["md", "docx", "pdf"] as const)
      it(`${who[0]} … (${format})`, () => {
        const text = page(who);
        expect(namesFor(text, format, "dsl")).toEqual(leads);
        expect(namesFor(text, format, "deputy")).toEqual(deputies);
        expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
        if (deputies.length > 0) expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
      });

  it("is still reported when nobody holds it (near miss)", () => {
    const findings = checkText(
      leadMissing,
      page(["Contact our Wellbeing and Protection Lead (WPL) through the club office."]),
      { asOf },
    );
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining("never says who it is")]);
  });

  it("a depute still to be chosen is no deputy (near miss)", () => {
    const text = page([
      "Wellbeing and Protection Lead (WPL): Ailsa Gourlay, 07700 900 311",
      "",
      "Depute WPL: TBC",
    ]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf }).length).toBe(1);
  });
});
