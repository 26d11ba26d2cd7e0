/**
 * Training written about a lead by title and surname, or initial and surname ("Mrs Landon completed…",
 * "Mr T. Wren-Ellis – Level 3 – 03/26"), is that lead's: a policy that names its lead in full once calls them
 * that way everywhere else. From the fifth held-out set (issue 11), in our own words; names are invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const team = [
  "# Safeguarding policy",
  "",
  "Designated Safeguarding Lead: Mrs Priya Landon, Head of Lower School",
  "",
  "Deputy DSL: Mr Tomasz Wren-Ellis (Director of Music)",
  "",
  "Deputy DSL: Ms Ada Fenwick (Head of Year 3)",
  "",
  "## Training",
  "",
];

describe("a lead's training written with a title or an initial before the surname", () => {
  it("is theirs, in a sentence or a list, so no lead is said to have none", () => {
    const text = [
      ...team,
      "Mrs Landon completed the two-day designated lead course in May 2025.",
      "",
      "- Mr T. Wren-Ellis – Level 3 – 03/26",
      "- Ms Fenwick renewed her designated lead training in January 2026.",
      "- Jo Pike (teaching assistant) – Level 1 awareness – 09/25",
      "",
    ].join("\n");
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("but a lead whose surname appears only outside any course line is still reported", () => {
    const text = [
      ...team,
      "Mrs Landon completed the two-day designated lead course in May 2025.",
      "",
      "- Mr T. Wren-Ellis – Level 3 – 03/26",
      "- Jo Pike (teaching assistant) – Level 1 awareness – 09/25",
      "",
      "Ms Fenwick leads our work with families.",
      "",
    ].join("\n");
    const found = checkText(trainingMissing, text, { asOf });
    expect(found.map((f) => f.message).join("\n")).toContain("Ms Ada Fenwick");
    expect(found).toHaveLength(1);
  });
});
