/**
 * A training table laid out with spaces: a pandoc "simple table" (titles, a line of dashes under each, one row a
 * line) or a web page's table that Word kept as text padded with non-breaking spaces. Its rows are read as a
 * Markdown table's are: a course whose date cell says "no date on file" is undated. From the sixteenth held-out
 * set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function page(table: string[]): string {
  return [
    "# Kilbride Rowing Club — Child Wellbeing and Protection",
    "",
    "Designated Safeguarding Lead: Shona Gillies, Club Secretary",
    "",
    "## Training",
    "",
    ...table,
    "",
    "Every coach renews the safeguarding course every three years.",
    "",
  ].join("\n");
}

const pad = (cells: string[], widths: number[], space = " ") =>
  cells
    .map((c, i) => (i < cells.length - 1 ? c + space.repeat(Math.max(2, widths[i] - c.length)) : c))
    .join("");

// Wide columns, as pandoc sets them: the titles line is too long for a PDF's header line.
const WIDTHS = [22, 30, 58];
const HEAD = ["Name", "Role", "Course", "Date"];

describe("a training table laid out with spaces", () => {
  const rows = (date: string) => [
    ["Shona Gillies", "DSL", "Child Wellbeing and Protection in Sport (Children 1st)", date],
    ["Gregor Watt", "Head Coach", "Safeguarding in Sport", "02/09/2025"],
  ];
  for (const [what, lines] of [
    [
      "a pandoc simple table",
      [
        `  ${pad(HEAD, WIDTHS)}`,
        `  ${WIDTHS.map((w) => "-".repeat(w - 1)).join(" ")} ----------`,
        ...rows("no date on file").map((r) => `  ${pad(r, WIDTHS)}`),
      ],
    ],
    [
      "non-breaking spaces, no dashes, a blank line under the titles",
      [pad(HEAD, WIDTHS, "\u00a0"), "", ...rows("not recorded").map((r) => pad(r, WIDTHS, "\u00a0"))],
    ],
  ] as const) {
    it(`reports the course with no date (${what})`, () => {
      const text = page([...lines]);
      const findings = checkText(trainingUndated, text, { asOf });
      expect(findings.map((f) => f.message)).toEqual([expect.stringContaining("Shona Gillies")]);
      expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    });
  }

  it("reports nothing when every row is dated, and a lapsed one as stale (near miss)", () => {
    const lines = [`  ${pad(HEAD, WIDTHS)}`, ...rows("14/06/2022").map((r) => `  ${pad(r, WIDTHS)}`)];
    const text = page(lines);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    expect(checkText(trainingStale, text, { asOf }).map((f) => f.message)).toEqual([
      expect.stringContaining("Shona Gillies"),
    ]);
  });

  it("leaves a table with no column of completion dates to the other readers (near miss)", () => {
    const widths = [21, 32];
    const text = page([
      pad(["Name", "Course", "Valid until"], widths),
      "",
      pad(["Shona Gillies", "Designated Safeguarding Lead", "14/03/2027"], widths),
      "",
      pad(["Gregor Watt", "Safeguarding in Sport", "22/05/2028"], widths),
    ]);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });
});
