/**
 * training-stale (session 48, held-out sets), in our own words; every name is invented. As of 1 December 2026.
 * A training table whose people's column is headed with their job ("Volunteer", "Tutor", "Coach", "Instructor"), each
 * name followed by a note in brackets of what the person teaches or runs:
 *   "| Volunteer | Course | Date |" over "| Rupinder Kaur Dosanjh (Gurmukhi, Year 2) | Safeguarding awareness (online)
 *   | 2022-10-03 |", "| Daljit Singh Matharu (dhol) | Safeguarding awareness | 2024-06-15 |".
 * A job's header heads the people's column only when every cell is a person's name, and a name with its bracket was no
 * name: the rows were nobody's, read as one unnamed record whose latest date hid the row that had lapsed. Now counts:
 * a name with a note in brackets after it is a person's cell, so each row is its own person's record and the lapsed
 * one is reported. The same in a matrix ("| Instructor | Safeguarding awareness |" over "| Hana Pelc (climbing wall) |
 * 06/2022 |"), and in a Word table.
 * A date in the people's column is the person's, never the course's: "| Coach | Safeguarding course |" over "| Mina
 * Rowe (joined March 2019) | Safeguarding and Protecting Children, 05/2025 |" was read as a course of March 2019, a
 * false lapse; the course's own date now counts.
 * Stays as it is: a group's row with its size in brackets ("Kitchen helpers (all four)") is no person; a row whose
 * course is in date gives no finding.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Safeguarding Policy — Eastbrook Community School and Music Classes";
const LEAD = "Designated Safeguarding Lead: Mrs Parminder Kaur Virdee (07700 900 721)";
const DEPUTY = "Deputy Designated Safeguarding Lead: Mr Owain Tregarth (07700 900 722)";
const RULE =
  "Everyone who teaches completes safeguarding awareness training every three years; the Designated Safeguarding Lead and Deputy renew designated lead training every two years.";

const documents = (header: string[], rows: string[][]): SourceDocument[] => [
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## Who to contact",
      "",
      LEAD,
      "",
      DEPUTY,
      "",
      "## Training log",
      "",
      RULE,
      "",
      `| ${header.join(" | ")} |`,
      `| ${header.map(() => "---").join(" | ")} |`,
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      "<h2>Who to contact</h2>",
      `<p>${LEAD}</p>`,
      `<p>${DEPUTY}</p>`,
      "<h2>Training log</h2>",
      `<p>${RULE}</p>`,
      `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
        .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
        .join("")}</table>`,
    ].join(""),
  ),
];

const messages = (document: SourceDocument) => run(stale, document).map((f) => f.message);

const LEADS = [
  ["Parminder Kaur Virdee", "Designated Safeguarding Lead (Level 3)", "2025-03-22"],
  ["Owain Tregarth", "Designated Safeguarding Lead (Level 3)", "2025-11-08"],
];

describe("a people's column headed with their job, each name with a note in brackets", () => {
  for (const [what, header, rows, who, when] of [
    [
      "Volunteer, what each teaches in brackets, an ISO date",
      ["Volunteer", "Course", "Date"],
      [
        ...LEADS,
        ["Rupinder Kaur Dosanjh (Gurmukhi, Year 2)", "Safeguarding awareness (online)", "2022-10-03"],
        ["Daljit Singh Matharu (dhol)", "Safeguarding awareness", "2024-06-15"],
        ["Harleen Kaur Sidhu (vocal, Year 4)", "Safeguarding awareness", "2025-01-18"],
      ],
      "Rupinder Kaur Dosanjh",
      "3 October 2022",
    ],
    [
      "Tutor, an instrument in brackets, a month and year",
      ["Tutor", "Safeguarding course", "Completed"],
      [
        ...LEADS,
        ["Elspeth Marrow (violin)", "Safeguarding Children Awareness", "March 2023"],
        ["Tobias Quint (piano, grades 1–5)", "Safeguarding Children Awareness", "September 2025"],
      ],
      "Elspeth Marrow",
      "March 2023",
    ],
    [
      "Coach, a squad in brackets, some names without one",
      ["Coach", "Course", "Date"],
      [
        ...LEADS,
        ["Kofi Asante-Brew (U12 girls)", "Safeguarding and Protecting Children", "14/05/2023"],
        ["Lowri Pennant", "Safeguarding and Protecting Children", "02/02/2025"],
        ["Ifeoma Duru (U15 boys)", "Safeguarding and Protecting Children", "20/09/2024"],
      ],
      "Kofi Asante-Brew",
      "14 May 2023",
    ],
    [
      "a matrix: Instructor over a course's column of dates",
      ["Instructor", "Safeguarding awareness"],
      [
        ["Hana Pelc (climbing wall)", "06/2022"],
        ["Ruari Coldstream (kayak)", "04/2025"],
        ["Seren Aldous (bushcraft)", "10/2024"],
      ],
      "Hana Pelc",
      "June 2022",
    ],
  ] as const)
    it(`reports the lapsed row, named: ${what}`, () => {
      for (const document of documents(
        [...header],
        rows.map((r) => [...r]),
      )) {
        const found = messages(document);
        expect(found, document.format).toHaveLength(1);
        expect(found[0], document.format).toContain(who);
        expect(found[0], document.format).toContain(when);
      }
    });
});

describe("a date in the bracket after a name", () => {
  for (const people of ["Coach", "Name"])
    it(`is the person's, never the course's: "| ${people} | Safeguarding course |"`, () => {
      for (const document of documents(
        [people, "Safeguarding course"],
        [
          ["Mina Rowe (joined March 2019)", "Safeguarding and Protecting Children, 05/2025"],
          ["Dara Fenwick (DBS 04/2018)", "Safeguarding and Protecting Children, 11/2024"],
          ["Lowri Pennant (U12)", "Safeguarding and Protecting Children, 11/2022"],
        ],
      )) {
        // Only the course that has lapsed, by its own date.
        const found = messages(document);
        expect(found, document.format).toHaveLength(1);
        expect(found[0], document.format).toMatch(/Lowri Pennant.*November 2022/);
      }
    });
});

describe("stays as it is", () => {
  it("every row in date: no finding", () => {
    for (const document of documents(
      ["Volunteer", "Course", "Date"],
      [
        ...LEADS,
        ["Rupinder Kaur Dosanjh (Gurmukhi, Year 2)", "Safeguarding awareness (online)", "2024-10-03"],
        ["Daljit Singh Matharu (dhol)", "Safeguarding awareness", "Spring Term 2024"],
      ],
    ))
      expect(messages(document), document.format).toEqual([]);
  });

  it("a group's row with its size in brackets is no person", () => {
    for (const document of documents(
      ["Volunteer", "Course", "Date"],
      [
        ["Kitchen helpers (all four)", "Safeguarding awareness", "2022-10-03"],
        ["Daljit Singh Matharu (dhol)", "Safeguarding awareness", "2024-06-15"],
      ],
    ))
      for (const message of messages(document))
        expect(message, document.format).not.toMatch(/Kitchen helpers \(all four\)'s/);
  });
});
