/**
 * training-stale (held-out zz165), in our own words; every name is invented. As of 1 December 2026.
 * A community centre keeps a people × course matrix, "| Name | Role | Level 2 | Level 3 (DSL) | Prevent |", its cells
 * a tick and the date of the latest course ("✓ 14/03/2025", "✓ 02/2023"), "n/a" or "—". One volunteer's Level 2 cell
 * names courses of its own ("Level 1 e-learning ✓ 10/2026; Level 2 booked 19/01/2027"): a cell the matrix cannot read
 * as one date, so the whole "Level 2" column was dropped (matrixRecords, src/audit/text/training.ts) and a crèche
 * worker's Level 2 of February 2023 (lapsed at the end of February 2026) went unreported. Now a course's column stays
 * the matrix's own when a few of its cells name their own courses with their dates, so long as more of its cells are
 * the matrix's dates (columnOfMatrixCells): each column is its own course, and a tick before a date in any form is
 * that course's date; the cell of its own courses records nothing for the column.
 * Stays as it is: a Level 2 still in date gives no finding; "n/a" and "—" are no course; a later column's date
 * ("Prevent ✓ 03/2025") never stands for the Level 2's; the volunteer's cell of its own courses gives no finding; a
 * "Training" column whose rows mostly list their own courses is still read row by row, as before.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Kestrel Row Community Centre — Safeguarding Procedure";
const TEAM = [
  "The Designated Safeguarding Lead is the Centre Manager, Ms Delphine Arkwright-Obi (01632 960741).",
  "The Deputy Designated Safeguarding Lead is the Outreach Co-ordinator, Mr Tobiah Vance (01632 960742).",
  "The DSL and deputy complete Level 3 training every two years. Everyone else completes Level 2 training every three years.",
];
const HEADER = ["Name", "Role", "Level 2", "Level 3 (DSL)", "Prevent"];
const LEADS = [
  ["Delphine Arkwright-Obi", "Centre Manager / DSL", "n/a", "✓ 02/11/2025", "✓ 10/2025"],
  ["Tobiah Vance", "Outreach Co-ordinator / Deputy", "n/a", "✓ 21/05/2025", "✓ 10/2025"],
];
const OTHERS = [
  ["Priya Holloway", "Play worker", "✓ 14/03/2025", "—", "✓ 10/2025"],
  ["Cormac Ellery", "Volunteer", "Level 1 e-learning ✓ 10/2026; Level 2 booked 19/01/2027", "—", "—"],
];

const layouts = (header: string[], rows: string[][]): SourceDocument[] => [
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## 2. Roles",
      "",
      ...TEAM.slice(0, 2).flatMap((l) => [l, ""]),
      "## 3. Training",
      "",
      TEAM[2],
      "",
      "Training matrix (✓ = completed, with the date of the latest course):",
      "",
      `| ${header.join(" | ")} |`,
      `|${header.map(() => "---").join("|")}|`,
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
      "The DSL updates the matrix after each course.",
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      "<h2>2. Roles</h2>",
      ...TEAM.slice(0, 2).map((l) => `<p>${l}</p>`),
      "<h2>3. Training</h2>",
      `<p>${TEAM[2]}</p>`,
      "<p>Training matrix (✓ = completed, with the date of the latest course):</p>",
      `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
        .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
        .join("")}</table>`,
      "<p>The DSL updates the matrix after each course.</p>",
    ].join("\n"),
  ),
];

const messages = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);

const withRow = (row: string[], others = OTHERS) => layouts(HEADER, [...LEADS, ...others, row]);

describe("a tick matrix whose Level 2 column has a cell of its own courses", () => {
  for (const [level2, when] of [
    ["✓ 02/2023", "February 2023"],
    ["✓ Feb 2023", "February 2023"],
    ["✓ 09/02/2023", "9 February 2023"],
    ["✓ February 2023", "February 2023"],
  ])
    it(`reports the crèche worker's lapsed Level 2: ${level2}`, () => {
      for (const document of withRow([
        "Niamh Ostrander-Lee",
        "Sessional crèche worker",
        level2,
        "—",
        "✓ 03/2025",
      ])) {
        const found = messages(document);
        expect(found, document.format).toHaveLength(1);
        expect(found[0], document.format).toMatch(new RegExp(`Niamh Ostrander-Lee.*Level 2.*${when}`));
      }
    });

  it("another wording of the volunteer's own courses", () => {
    const volunteer = [
      "Cormac Ellery",
      "Volunteer",
      "Induction ✓ 11/2026, Level 2 booked for 02/2027",
      "—",
      "—",
    ];
    for (const document of withRow(
      ["Niamh Ostrander-Lee", "Sessional crèche worker", "✓ 02/2023", "—", "✓ 03/2025"],
      [OTHERS[0], volunteer],
    )) {
      const found = messages(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toMatch(/Niamh Ostrander-Lee.*Level 2.*February 2023/);
    }
  });

  it("the stale row first, before the cell of own courses", () => {
    for (const document of layouts(HEADER, [
      ...LEADS,
      ["Niamh Ostrander-Lee", "Sessional crèche worker", "✓ 02/2023", "—", "✓ 03/2025"],
      ...OTHERS,
    ])) {
      const found = messages(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toMatch(/Niamh Ostrander-Lee.*Level 2.*February 2023/);
    }
  });

  it("the deputy's lapsed Level 3 is still reported beside it", () => {
    const leads = [
      LEADS[0],
      ["Tobiah Vance", "Outreach Co-ordinator / Deputy", "n/a", "✓ 08/07/2024", "✓ 10/2025"],
    ];
    for (const document of layouts(HEADER, [
      ...leads,
      ...OTHERS,
      ["Niamh Ostrander-Lee", "Sessional crèche worker", "✓ 02/2023", "—", "✓ 03/2025"],
    ])) {
      const found = messages(document);
      expect(found, document.format).toHaveLength(2);
      expect(found.join("\n"), document.format).toMatch(/Tobiah Vance.*Level 3 \(DSL\).*8 July 2024/);
      expect(found.join("\n"), document.format).toMatch(/Niamh Ostrander-Lee.*Level 2.*February 2023/);
    }
  });
});

describe("stays as it is", () => {
  it("a Level 2 still in date: no finding", () => {
    for (const document of withRow([
      "Niamh Ostrander-Lee",
      "Sessional crèche worker",
      "✓ 02/2025",
      "—",
      "✓ 03/2025",
    ]))
      expect(messages(document), document.format).toEqual([]);
  });

  it("the leads' n/a under Level 2 and the others' — under Level 3 are no course", () => {
    for (const document of layouts(HEADER, [...LEADS, ...OTHERS]))
      expect(messages(document), document.format).toEqual([]);
  });

  it("the volunteer's cell of its own courses gives no finding", () => {
    const volunteer = [
      "Cormac Ellery",
      "Volunteer",
      "Level 1 e-learning ✓ 10/2022; Level 2 booked 19/01/2027",
      "—",
      "—",
    ];
    for (const document of layouts(HEADER, [...LEADS, OTHERS[0], volunteer]))
      expect(messages(document), document.format).toEqual([]);
  });

  it("a Training column whose rows list their own courses is read row by row", () => {
    const header = ["Name", "Role", "Training"];
    const rows = [
      ["Delphine Arkwright-Obi", "Centre Manager / DSL", "Level 3 DSL 02/11/2025; Prevent 10/2025"],
      ["Tobiah Vance", "Outreach Co-ordinator / Deputy", "Level 3 DSL 21/05/2025"],
      ["Priya Holloway", "Play worker", "✓ 14/03/2025"],
      ["Niamh Ostrander-Lee", "Sessional crèche worker", "Level 2 02/2023; Prevent 03/2025"],
    ];
    for (const document of layouts(header, rows)) {
      const found = messages(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toMatch(/Niamh Ostrander-Lee.*Level 2.*February 2023/);
    }
  });
});
