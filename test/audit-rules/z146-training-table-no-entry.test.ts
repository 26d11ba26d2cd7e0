/**
 * training-undated, training-missing, training-stale (held-out notes of the forty-fourth session), in our own words;
 * every name is invented. A key-people table "| Role | Name | Contact | Safeguarding training |" has a row for an
 * outside contact known only by a job: "| Area Safeguarding Contact | Area Lead Volunteer | 01632 960777 | n/a |".
 * "n/a", "N/A", "not applicable" or a dash in the training cell names no course, so nothing is undated; and a job
 * with "none" is no person missing training. A named person's "none" and a named person's course with no date are
 * still reported. A course written "Safeguarding module, 15/06/2023" is the "Safeguarding module", without the comma.
 * As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const HEADER = ["Role", "Name", "Contact", "Safeguarding training"];
const LEAD_ROW = [
  "Group Lead Volunteer (safeguarding lead for the Group)",
  "Mrs Corinna Pask",
  "07700 900771",
  "Safeguarding module, renewed 04/03/2025",
];
const DEPUTY_ROW = [
  "Deputy (in the Group Lead Volunteer's absence)",
  "Mr Idris Lowther",
  "07700 900772",
  "Safeguarding module, 20/05/2023",
];

const layouts = (rows: string[][]) => {
  const md = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const all = [LEAD_ROW, DEPUTY_ROW, ...rows];
  return [
    markdownDocument(
      [
        "# 2nd Fernleigh Scout Group – Safeguarding Policy",
        "",
        "## 2.0 Key people",
        "",
        md(HEADER),
        md(HEADER.map(() => "---")),
        ...all.map(md),
        "",
        "All section leaders complete the Safeguarding module every three years.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>2nd Fernleigh Scout Group – Safeguarding Policy</h1>",
        "<h2>2.0 Key people</h2>",
        `<table><tr>${HEADER.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>${all
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
        "<p>All section leaders complete the Safeguarding module every three years.</p>",
      ].join("\n"),
    ),
  ];
};

const messages = (rows: string[][]) =>
  layouts(rows).map((document) =>
    [trainingUndated, trainingMissing, trainingStale]
      .flatMap((rule) => run(rule, document).map((r) => `${rule.meta.id}: ${r.message}`))
      .join("\n"),
  );

describe("training tables: a training cell with no entry, a job in the name column", () => {
  it.each(["n/a", "N/A", "not applicable", "—"])("%s in the training cell names no course", (cell) => {
    for (const found of messages([
      ["Area Safeguarding Contact", "Area Lead Volunteer", "01632 960777", cell],
    ])) {
      expect(found).not.toMatch(/Area Lead Volunteer/);
      expect(found).not.toMatch(/training-undated/);
    }
  });

  it('a job with "none" is no person missing training', () => {
    for (const found of messages([
      ["Area Safeguarding Contact", "Area Lead Volunteer", "01632 960777", "none"],
    ]))
      expect(found).not.toMatch(/Area Lead Volunteer/);
  });

  it('still reports a named person\'s "none"', () => {
    for (const found of messages([["Section Leader", "Mr Tobias Wrenn", "07700 900773", "none"]]))
      expect(found).toMatch(/training-missing: .*Tobias Wrenn/);
  });

  it("still reports a named person's course with no date", () => {
    for (const found of messages([
      ["Section Leader", "Mr Tobias Wrenn", "07700 900773", "Safeguarding module"],
    ]))
      expect(found).toMatch(/training-undated: .*Tobias Wrenn/);
  });

  it("names the course without the comma before its date", () => {
    for (const found of messages([])) {
      expect(found).toMatch(
        /training-stale: Mr Idris Lowther's most recent Safeguarding module is dated 20 May 2023/,
      );
      expect(found).not.toMatch(/module,/);
    }
  });
});
