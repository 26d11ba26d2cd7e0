/**
 * training-undated (review of session 42), in our own words; every name is invented; as of 1 December 2026. A
 * sailing club lists its leads in "| Fleet | Fleet Safeguarding Lead | Phone | Level 3 completed |", one row's cell
 * "Yes – certificate on file", and the policy says elsewhere "Mr Casimir Dunleavy completed his Level 3 safeguarding
 * training on 3 June 2025.". The same holds for an older "| Name | Course | Completed |" table whose row reads
 * "certificate on file". The person's dated record of the same kind of course says when it was done: the undated
 * row is no missing date. Near misses: the "Yes" row alone, or beside a dated record of another kind of course
 * (Prevent), of another level, of the adults' course or of another person, is still the person's Level 3 record
 * without a date.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const intro = [
  "Approved by the club committee on 2 April 2026. Next review: April 2027.",
  "The Club Safeguarding Lead is Ms Petronella Vance. Her deputy is Mr Casimir Dunleavy.",
];

const levelTable = {
  header: ["Fleet", "Fleet Safeguarding Lead", "Phone", "Level 3 completed"],
  rows: [
    ["Dinghies", "Ms Petronella Vance", "01632 960311", "21/01/2025"],
    ["Keelboats", "Mr Casimir Dunleavy", "01632 960312", "Yes – certificate on file"],
  ],
};
const courseTable = {
  header: ["Name", "Course", "Completed"],
  rows: [
    ["Ms Petronella Vance", "Safeguarding Level 3", "21/01/2025"],
    ["Mr Casimir Dunleavy", "Safeguarding Level 3", "certificate on file"],
  ],
};

const layouts = (table: { header: string[]; rows: string[][] }, after: string[]): SourceDocument[] => [
  markdownDocument(
    [
      "# Harrowmere Sailing Club – Safeguarding Policy",
      "",
      ...intro.flatMap((l) => [l, ""]),
      `| ${table.header.join(" | ")} |`,
      `|${table.header.map(() => "---").join("|")}|`,
      ...table.rows.map((r) => `| ${r.join(" | ")} |`),
      "",
      ...after.flatMap((l) => [l, ""]),
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Harrowmere Sailing Club – Safeguarding Policy</h1>",
      ...intro.map((l) => `<p>${l}</p>`),
      `<table>${[table.header, ...table.rows].map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`).join("")}</table>`,
      ...after.map((l) => `<p>${l}</p>`),
    ].join("\n"),
  ),
];

const tables = [
  ["a 'Level 3 completed' column", levelTable],
  ["a 'Course' and 'Completed' table", courseTable],
] as const;

describe("training-undated: an undated row when the same person's course is dated elsewhere", () => {
  describe.each(tables)("under %s", (_, table) => {
    it.each([
      "Mr Casimir Dunleavy completed his Level 3 safeguarding training on 3 June 2025.",
      "Training record: Mr Casimir Dunleavy completed Safeguarding Level 3 on 3 June 2025.",
    ])("is no missing date: %s", (sentence) => {
      for (const document of layouts(table, [sentence]))
        expect(found(run(trainingUndated, document), document), document.format).toEqual([]);
    });
    it.each([
      ["alone", []],
      [
        "beside a dated Prevent course",
        ["Mr Casimir Dunleavy completed Prevent awareness training on 3 June 2025."],
      ],
      [
        "beside a dated Level 2",
        ["Mr Casimir Dunleavy completed his Level 2 safeguarding training on 3 June 2025."],
      ],
      [
        "beside a dated adults' Level 3",
        ["Mr Casimir Dunleavy completed Safeguarding Adults Level 3 on 3 June 2025."],
      ],
      [
        "beside another person's dated Level 3",
        ["Ms Petronella Vance completed her Level 3 safeguarding training on 3 June 2025."],
      ],
    ])("is still an undated record %s", (_, after) => {
      for (const document of layouts(table, after as string[]))
        expect(found(run(trainingUndated, document), document), document.format).toEqual([
          expect.stringContaining("Mr Casimir Dunleavy"),
        ]);
    });
  });
});
