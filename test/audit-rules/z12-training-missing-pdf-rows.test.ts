/**
 * A PDF's training table whose narrow cells break each name over lines ("Marcus" / "Adeyemi-Hart", then the
 * role's words, then the dates): the reader cannot take the row apart, but a named lead whose name stands at
 * the start of such a row, with dates just under it, is no lead with no training recorded. From the twelfth
 * held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function pdfText(rows: string[]): string {
  return [
    "Saltmere Training Partnership – Safeguarding Policy",
    "2. Who is responsible",
    "Designated Safeguarding Lead: Tobias Wren-Okafor, Head of Learner Support",
    "Deputy Designated Safeguarding Lead: Hester Quayle, Quality Manager",
    "9. Training",
    "Cora Blyth completed the Level 3 Designated Safeguarding Lead course in September 2025.",
    "9.1 Training record (as at 1 October 2026)",
    "Name Role Designated",
    "lead / Level",
    "3",
    "Completed Expires",
    ...rows,
    "10. Records",
    "Records are kept in the secure safeguarding system.",
  ].join("\n");
}

describe("a PDF training table whose cells break names over lines", () => {
  it("does not report a lead whose broken row carries dates", () => {
    for (const rows of [
      [
        "Tobias",
        "Wren-Okafor",
        "DSL",
        "14/06/2025 06/2027",
        "Hester",
        "Quayle",
        "Deputy DSL 11/09/2025 09/2027",
      ],
      [
        "Tobias",
        "Wren-",
        "Okafor",
        "DSL",
        "14/06/2025",
        "06/2027",
        "Hester",
        "Quayle",
        "Deputy",
        "DSL",
        "11/09/2025 09/2027",
      ],
    ]) {
      expect(checkText(trainingMissing, pdfText(rows), { asOf, format: "pdf" }), rows.join(" ")).toEqual([]);
    }
  });

  it("still reports a lead the table leaves out", () => {
    const found = checkText(
      trainingMissing,
      pdfText([
        "Tobias",
        "Wren-Okafor",
        "DSL",
        "14/06/2025 06/2027",
        "Cora",
        "Blyth",
        "Trainer 11/09/2025 09/2027",
      ]),
      { asOf, format: "pdf" },
    );
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/none for Hester Quayle/)]);
  });
});
