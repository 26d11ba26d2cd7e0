/**
 * training-undated (held-out set zz130, in our own words; every name is invented): in a Name | Role | Course | Date
 * table, a row for a group of staff whose date cell says when the course is given to them ("Each camp's first
 * morning", "On the first morning of each course", "On their first day") is a schedule for whoever joins, not an
 * undated record of a person. Still found: a named person's row with an empty date cell, and a named person's row
 * whose cell is such a schedule (one person's record, its date not given). As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const ROWS = [
  ["Tamsin Oyelaran-Brook", "Safeguarding Lead", "Designated Safeguarding Lead training", "11/2025"],
  ["Kit Lavender", "Site Manager (Harrow Fields)", "Safeguarding children, Level 2", "02/06/2025"],
];

const documents = (row: string[]) => {
  const rows = [...ROWS, row];
  return [
    markdownDocument(
      [
        "# Pebblewick Holiday Clubs CIC – Safeguarding Policy",
        "",
        "**Safeguarding Lead:** Tamsin Oyelaran-Brook – 07700 900 721",
        "",
        "## 3. Training",
        "",
        "| Name | Role | Course | Date |",
        "|---|---|---|---|",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Pebblewick Holiday Clubs CIC – Safeguarding Policy</h1>",
        "<p><strong>Safeguarding Lead:</strong> Tamsin Oyelaran-Brook – 07700 900 721</p>",
        "<h2>3. Training</h2>",
        "<table><tr><td><p>Name</p></td><td><p>Role</p></td><td><p>Course</p></td><td><p>Date</p></td></tr>",
        ...rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`),
        "</table>",
      ].join("\n"),
    ),
  ];
};

describe("a group's row whose date cell is when the course is given", () => {
  it.each([
    "Each camp's first morning",
    "Every club's first day",
    "On the first morning of each camp",
    "On their first day",
    "At the first session of each week",
  ])("is no undated record: %s", (when) => {
    for (const document of documents([
      "Holiday staff",
      "Play leaders",
      "Pebblewick induction incl. safeguarding",
      when,
    ]))
      expect(run(trainingUndated, document), document.format).toEqual([]);
  });

  it("still reports a named person's row with an empty date cell", () => {
    for (const document of documents([
      "Jory Tredinnick",
      "Play leader",
      "Pebblewick induction incl. safeguarding",
      "",
    ])) {
      const undated = run(trainingUndated, document);
      expect(found(undated, document), document.format).toEqual([expect.stringContaining("Jory Tredinnick")]);
      expect(undated[0].message).toContain("Jory Tredinnick");
    }
  });

  it("still reports a named person's row whose cell is a schedule, not a date", () => {
    for (const document of documents([
      "Jory Tredinnick",
      "Play leader",
      "Pebblewick induction incl. safeguarding",
      "Each camp's first morning",
    ])) {
      const undated = run(trainingUndated, document);
      expect(found(undated, document), document.format).toEqual([expect.stringContaining("Jory Tredinnick")]);
    }
  });
});
