/**
 * training-stale (held-out set zz142), in our own words; every name is invented. A cadet unit's training table is
 * headed "Rank and name | Appointment | Course | Date", each name with its rank before it ("Cpl Instructor Nia
 * Bellamy") and dates written "04 Oct 23". The first column is the people's: each row is its own person's record,
 * so an instructor's basic course of 4 October 2023 lapsed on 4 October 2026 (three years), though a colleague did
 * the same course later; and the "Appointment" column gives each row's role. Still quiet: the rows of 15 February
 * 2024 and 20 July 2025, and the officer's course of October 2025.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const ROWS = [
  ["Sgt Instructor Lee Varnam", "DSO", "Cadet Safeguarding Officer course", "20 Oct 25"],
  ["Cpl Instructor Nia Bellamy", "Instructor", "Cadet Safeguarding Awareness (basic)", "04 Oct 23"],
  ["Sgt Instructor Rob Fenn", "Instructor", "Cadet Safeguarding Awareness (basic)", "15 Feb 24"],
  ["Mr Alan Pryce", "Civilian Assistant", "Cadet Safeguarding Awareness (basic)", "20 Jul 25"],
];
const INTRO =
  "Every adult volunteer completes Cadet Safeguarding Awareness (basic) and repeats it every three years. Safeguarding officers also complete the Cadet Safeguarding Officer course, renewed every two years.";

const layouts = (rows: string[][]) => [
  markdownDocument(
    [
      "# Eastbrook Cadet Detachment — Safeguarding Instructions",
      "",
      "**Detachment Safeguarding Officer (DSO):** Sgt Instructor Lee Varnam",
      "",
      "## 4. Training",
      "",
      INTRO,
      "",
      "| Rank and name | Appointment | Course | Date |",
      "|---|---|---|---|",
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Eastbrook Cadet Detachment — Safeguarding Instructions</h1>",
      "<p><strong>Detachment Safeguarding Officer (DSO):</strong> Sgt Instructor Lee Varnam</p>",
      "<h2>4. Training</h2>",
      `<p>${INTRO}</p>`,
      "<table><tr><th>Rank and name</th><th>Appointment</th><th>Course</th><th>Date</th></tr>",
      ...rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`),
      "</table>",
    ].join("\n"),
  ),
];

const reported = (rows: string[][]) =>
  layouts(rows).map((document) =>
    run(trainingStale, document).map((r) => `${document.text.slice(r.offset, r.endOffset)} :: ${r.message}`),
  );

describe("training-stale: a table whose first column is headed 'Rank and name'", () => {
  it("reports each person's own lapsed course, not the latest of anyone's", () => {
    for (const found of reported(ROWS)) {
      expect(found).toHaveLength(1);
      expect(found[0]).toContain("Nia Bellamy");
      expect(found[0]).toContain("lapsed on 4 October 2026");
    }
  });

  it("stays quiet when every row is in date", () => {
    for (const found of reported([ROWS[0], ROWS[2], ROWS[3]])) expect(found).toEqual([]);
  });
});
