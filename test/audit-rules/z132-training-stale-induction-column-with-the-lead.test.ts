/**
 * training-stale (held-out set zz132), in our own words; every name is invented. As of 1 December 2026. A pre-school's
 * training matrix has a column "Induction (first day, with the DSL)" beside the course everyone renews: the induction
 * is the person's first day, done once when they join — not a course that runs out, and "with the DSL" says who
 * takes it with them, not that it is a designated lead's course (two years). A plain "Induction" column is the same.
 * Each person's safeguarding course in the next column is the record that lapses, and is still judged: Hal's
 * 02/2023 lapsed at the end of February 2026. Near misses: a course that names safeguarding ("Safeguarding induction")
 * is judged as any safeguarding course, and a lead's own course is judged at two years.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const team = [
  "Designated Safeguarding Lead (DSL): Mrs Odile Fennimore, Manager",
  "Deputy DSL: Mr Caspar Wrenfield, Deputy Manager",
];

const layouts = (header: string[], rows: string[][]): SourceDocument[] => [
  markdownDocument(
    [
      "# Bluebell Lane Pre-School — Safeguarding Policy",
      "",
      "## 2. Who to tell",
      "",
      ...team.flatMap((l) => [l, ""]),
      "## 3. Training",
      "",
      "Ticks show the month the course was done.",
      "",
      `| ${header.join(" | ")} |`,
      `|${header.map(() => "---").join("|")}|`,
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
      "Everyone renews the safeguarding course every three years; the DSL and deputy renew DSL training every two years.",
      "",
      "## 4. Responding to a concern",
      "",
      "Tell the DSL the same day.",
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Bluebell Lane Pre-School — Safeguarding Policy</h1>",
      "<h2>2. Who to tell</h2>",
      ...team.map((l) => `<p>${l}</p>`),
      "<h2>3. Training</h2>",
      "<p>Ticks show the month the course was done.</p>",
      `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
        .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
        .join("")}</table>`,
      "<p>Everyone renews the safeguarding course every three years; the DSL and deputy renew DSL training every two years.</p>",
      "<h2>4. Responding to a concern</h2>",
      "<p>Tell the DSL the same day.</p>",
    ].join("\n"),
  ),
];

const matrix = (induction: string, hal = "✓ 11/2024") =>
  layouts(
    ["Name", "Role", induction, "Safeguarding — all staff", "DSL training (county)"],
    [
      ["Odile Fennimore", "Manager, DSL", "✓ 04/2018", "✓ 05/24", "✓ 10/2025"],
      ["Caspar Wrenfield", "Deputy Manager, Deputy DSL", "✓ 01/2021", "✓ 09/2024", "✓ 06/2025"],
      ["Hal Quennell", "Room Leader", "✓ 02/2024", hal, "—"],
      ["Maisie Draycott-Lund", "Practitioner", "✓ 06/2023", "✓ 10/2025", "—"],
    ],
  );

describe("training-stale: an induction column is a one-off on joining", () => {
  it("stays quiet for old inductions 'with the DSL' beside current courses", () => {
    for (const document of matrix("Induction (first day, with the DSL)"))
      expect(found(run(trainingStale, document), document), document.format).toEqual([]);
  });

  it("stays quiet for a plain induction column", () => {
    for (const document of [...matrix("Induction"), ...matrix("Induction (day one)")])
      expect(found(run(trainingStale, document), document), document.format).toEqual([]);
  });

  it("still reports the safeguarding course that lapsed, not the induction beside it", () => {
    for (const document of matrix("Induction (first day, with the DSL)", "✓ 02/2023")) {
      const reported = run(trainingStale, document);
      expect(found(reported, document), document.format).toEqual([expect.stringContaining("Hal Quennell")]);
      expect(reported[0].message).toContain("February 2023");
    }
  });

  it("still judges a course that names safeguarding, and a lead's course, however worded", () => {
    for (const document of layouts(
      ["Name", "Course", "Completed"],
      [
        ["Hal Quennell", "Safeguarding induction", "03/2022"],
        ["Odile Fennimore", "DSL training with the county", "06/2024"],
      ],
    ))
      expect(found(run(trainingStale, document), document), document.format).toEqual([
        expect.stringContaining("Hal Quennell"),
        expect.stringContaining("Odile Fennimore"),
      ]);
  });
});
