/**
 * training-undated (held-out set zz129, in our own words; every name is invented): in a table of training, a row for
 * a group of staff with their number in brackets ("Ward play workers (5)") whose date cell says where each one's
 * record is kept ("held on each person's file", "kept in the HR record", "recorded on each person's ESR record")
 * points to the records; it is not one person's course with the date left out. Still found: a named person's row
 * with an empty date cell, or with "held on her file" (her record, its date not given), and a group's row with
 * nothing in its date cell. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const ROWS = [
  ["Named Nurse, T. Okonkwo-Hale", "Level 4 (named professionals)", "14/07/2025"],
  ["Play Team Leader, Maren Holt", "Level 3 safeguarding children", "10/2025"],
];

const documents = (row: string[]) => {
  const rows = [...ROWS, row];
  return [
    markdownDocument(
      [
        "# Children's Ward Play Team – Safeguarding Procedure",
        "",
        "## 5. Training",
        "",
        "All play staff need Level 3 safeguarding children training. The Trust keeps training records centrally.",
        "",
        "| Staff | Training required | Last completed |",
        "|---|---|---|",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Children's Ward Play Team – Safeguarding Procedure</h1>",
        "<h2>5. Training</h2>",
        "<p>All play staff need Level 3 safeguarding children training. The Trust keeps training records centrally.</p>",
        "<table><tr><td><p>Staff</p></td><td><p>Training required</p></td><td><p>Last completed</p></td></tr>",
        ...rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`),
        "</table>",
      ].join("\n"),
    ),
  ];
};

describe("a group's row whose date cell says where each person's record is kept", () => {
  it.each([
    ["Ward play workers (5)", "held on each person's file"],
    ["Hospital play specialists (6)", "held on each person's ESR record"],
    ["Play assistants (3)", "kept in the HR record"],
    ["Ward play workers", "recorded on each person's staff record"],
  ])("is no undated record: %s | %s", (group, cell) => {
    for (const document of documents([group, "Level 3 safeguarding children", cell]))
      expect(run(trainingUndated, document), document.format).toEqual([]);
  });

  it.each([
    ["Ivy Ballantyne-Roe, play worker", ""],
    ["Ivy Ballantyne-Roe, play worker", "held on her file"],
    ["Ward play workers (5)", ""],
  ])("still reports a named person's row, or a group's with nothing in the cell: %s | %s", (who, cell) => {
    for (const document of documents([who, "Level 3 safeguarding children", cell])) {
      const undated = run(trainingUndated, document);
      expect(found(undated, document), document.format).toEqual([expect.stringContaining(who)]);
    }
  });
});
