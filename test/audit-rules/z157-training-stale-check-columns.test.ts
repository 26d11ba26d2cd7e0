/**
 * training-stale (session 47, held-out sets), in our own words; every name is invented. As of 1 December 2026.
 * A club's or company's table of its people and their checks, the people's column headed with their job:
 *   "| Coach / team manager | Squads | Coaching qualification | Safeguarding course | Criminal record check (year) |"
 *   "| Rhys Penhallow | U11 | Level 1 | Safeguarding Young People in Sport, Oct 2023 | 2024 |"
 *   "| Coach / manager | Coaching award | Safeguarding & Protecting Children | Enhanced DBS |" with a row for a group
 *   ("| Team managers (all six) | – | between May 2024 and July 2026 | 2024–26 |"),
 *   "| Chaperone | Licensed by | Licence valid until | Safeguarding course | Date |".
 * The people's column was not read as one (two jobs in its header, a group's row in it, a job the list of people's jobs
 * did not hold), so every row's course was nobody's: all of them one unnamed record, its latest date hiding the row
 * whose course had lapsed. Now counts: each row is its own person's record, and the lapsed one is reported, named.
 * A column headed with a check or licence (a criminal record check, barred list, licence, first aid, coaching award)
 * dates that check, never the safeguarding course, wherever it stands in the row; a "Licence valid until" column is a
 * due date, never a record. Stays as it is: a column headed with the course ("Safeguarding & Protecting Children")
 * dates it; a "Date completed" column dates it; a check's old year beside a course in date is no lapsed course.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Safeguarding Policy — Tollbridge Juniors";
const WELFARE = "Club Welfare Officer: Mrs Delyth Abernant (07700 900 517)";

const documents = (header: string[], rows: string[][]): SourceDocument[] => [
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## 5. Training and checks",
      "",
      WELFARE,
      "",
      `| ${header.join(" | ")} |`,
      `|${header.map(() => "---").join("|")}|`,
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      "<h2>5. Training and checks</h2>",
      `<p>${WELFARE}</p>`,
      `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
        .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
        .join("")}</table>`,
    ].join(""),
  ),
];

const messages = (document: SourceDocument) => run(stale, document).map((f) => f.message);

describe("a table of people headed with their job, beside check and licence columns", () => {
  for (const [what, header, rows, who, when] of [
    [
      "two jobs in the people's header, a criminal record check's year after the course",
      [
        "Coach / team manager",
        "Squads",
        "Coaching qualification",
        "Safeguarding course",
        "Criminal record check (year)",
      ],
      [
        ["Rhys Penhallow", "U11, U13", "Level 1", "Safeguarding Young People in Sport, Oct 2023", "2024"],
        ["Tamsin Odell-Vance", "U15 girls", "Level 2", "Safeguarding Young People in Sport, 04/2025", "2025"],
        [
          "Joel Marchetti",
          "All Stars",
          "Activator",
          "Safeguarding Young People in Sport, 19/06/2025",
          "2025",
        ],
      ],
      "Rhys Penhallow",
      "October 2023",
    ],
    [
      "a group's row in the people's column, an enhanced DBS year after the course",
      ["Coach / manager", "Coaching award", "Safeguarding & Protecting Children", "Enhanced DBS"],
      [
        ["Dominic Ashworth", "Level 2", "14/02/2025", "2025"],
        ["Leon Castellari", "Level 2", "Sept 2023", "2023"],
        ["Imogen Radley-Shaw", "Level 3", "6 May 2025", "2025"],
        ["Team managers (all six)", "–", "between May 2024 and July 2026", "2024–26"],
      ],
      "Leon Castellari",
      "September 2023",
    ],
    [
      "chaperones beside their licence's expiry",
      ["Chaperone", "Licensed by", "Licence valid until", "Safeguarding course", "Date"],
      [
        ["Morwenna Treloar", "Pennbury Council", "04/2028", "Level 2 Safeguarding", "20/11/2025"],
        ["Ewan Strachan-Lowe", "Castlemoor Council", "10/2027", "Level 2 Safeguarding", "06/2023"],
        ["Abena Kufuor-Hale", "Pennbury Council", "01/2029", "Level 2 Safeguarding", "3 March 2026"],
      ],
      "Ewan Strachan-Lowe",
      "June 2023",
    ],
    [
      "a helper's and driver's column, a barred list check and first aid dated before the course",
      ["Helper / driver", "Barred list check", "First aid", "Safeguarding course"],
      [
        ["Gwion Pritchard", "03/2025", "05/2025", "Safeguarding Children Awareness, 07/2023"],
        ["Saskia Holloway", "02/2025", "01/2026", "Safeguarding Children Awareness, 10/2025"],
      ],
      "Gwion Pritchard",
      "July 2023",
    ],
    [
      "a coach's column, a licence's year and coaching qualification's date before the course",
      ["Coach", "Coaching licence", "Coaching qualification", "Safeguarding course"],
      [
        ["Pedro Alcantara-Bell", "2026", "09/2025", "Safeguarding and Protecting Children, 02/2023"],
        ["Ffion Maddox", "2025", "11/2024", "Safeguarding and Protecting Children, 12/2024"],
      ],
      "Pedro Alcantara-Bell",
      "February 2023",
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

describe("stays as it is", () => {
  it("every row's course in date, the checks' years old: nothing", () => {
    for (const document of documents(
      ["Coach / team manager", "Safeguarding course", "Criminal record check (year)"],
      [
        ["Rhys Penhallow", "Safeguarding Young People in Sport, 03/2025", "2019"],
        ["Tamsin Odell-Vance", "Safeguarding Young People in Sport, 11/2024", "2020"],
      ],
    ))
      expect(messages(document), document.format).toEqual([]);
  });

  it("a 'Date completed' column dates the course: the lapsed row, named", () => {
    for (const document of documents(
      ["Coach / manager", "Safeguarding course", "Date completed", "DBS renewal due"],
      [
        ["Leon Castellari", "Safeguarding & Protecting Children", "11/2022", "03/2027"],
        ["Dominic Ashworth", "Safeguarding & Protecting Children", "05/2025", "05/2028"],
      ],
    )) {
      const found = messages(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toContain("Leon Castellari");
      expect(found[0], document.format).toContain("November 2022");
    }
  });

  it("a column headed with the course dates it, in date: nothing", () => {
    for (const document of documents(
      ["Coach / manager", "Coaching award", "Safeguarding & Protecting Children", "Enhanced DBS"],
      [
        ["Dominic Ashworth", "Level 2", "14/02/2025", "2022"],
        ["Imogen Radley-Shaw", "Level 3", "6 May 2025", "2021"],
        ["Team managers (all six)", "–", "between May 2024 and July 2026", "2024–26"],
      ],
    ))
      expect(messages(document), document.format).toEqual([]);
  });
});
