/**
 * training-missing (session 50, held-out set zz168), in our own words; every name is invented. As of 1 December 2026.
 * A school's self-assessment table "| Standard | Rating | Action | Owner |" with a row "| DSL and deputies trained |
 * Amber | Deputy's refresher overdue – book for spring | Mr Gideon Ashcombe |": the role in the row's first cell was
 * read as held by the next cell's word, "Amber" (a woman's first name too), and "Amber" was reported as a designated
 * lead with no training.
 * Now counts: a traffic-light colour alone ("Red", "Amber", "Green", "Amber/Green") in a column headed "Rating", "RAG",
 * "RAG rating" or "Status" is a rating, never a person: the row's role has no holder there.
 * Stays as it is: a person called Amber in a column of names ("| Deputy DSL | Amber Holloway |", "| Name |" over
 * "| Amber |") is still a person, and reported when her training is missing.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Child Protection Policy — Larkspur Vale School";
const TEAM = [
  "Designated Safeguarding Lead: Mrs Imelda Crowthorne (01632 960 701)",
  "Deputy DSL: Mr Gideon Ashcombe (01632 960 702)",
  "Mrs Imelda Crowthorne completed DSL refresher training on 14 October 2025.",
  "Mr Gideon Ashcombe completed DSL training on 3 March 2025.",
];

const documents = (header: string[], rows: string[][]): SourceDocument[] => [
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## 2. The safeguarding team",
      "",
      ...TEAM.flatMap((p) => [p, ""]),
      "## 6. Annual self-assessment",
      "",
      "The governors' summary of this year's return:",
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
      "<h2>2. The safeguarding team</h2>",
      ...TEAM.map((p) => `<p>${p}</p>`),
      "<h2>6. Annual self-assessment</h2>",
      "<p>The governors' summary of this year's return:</p>",
      `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
        .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
        .join("")}</table>`,
    ].join(""),
  ),
];

const missing = (document: SourceDocument) => run(trainingMissing, document).map((f) => f.message);

const OTHER_ROWS = [
  ["Policy published and reviewed", "Green", "None", "Mrs Crowthorne"],
  ["Filtering and monitoring checked", "Green", "Termly check", "Mr Ashcombe"],
];

describe("a rating's colour beside a role in a self-assessment table", () => {
  for (const [header, rating] of [
    ["Rating", "Amber"],
    ["RAG", "Amber"],
    ["RAG rating", "Red"],
    ["Status", "Amber"],
    ["Rating", "Amber/Green"],
  ])
    it(`is no person: "${rating}" under "${header}"`, () => {
      for (const document of documents(
        ["Standard", header, "Action", "Owner"],
        [
          OTHER_ROWS[0],
          [
            "DSL and deputies trained",
            rating,
            "Deputy's refresher overdue – book for spring",
            "Mr Gideon Ashcombe",
          ],
          OTHER_ROWS[1],
        ],
      ))
        expect(missing(document), document.format).toEqual([]);
    });
});

describe("stays as it is", () => {
  it("a person called Amber in a column of names is reported when her training is missing", () => {
    for (const document of documents(
      ["Role", "Name", "Contact"],
      [["Deputy DSL", "Miss Amber Holloway", "01632 960 705"]],
    )) {
      const found = missing(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toMatch(/Amber Holloway/);
    }
  });
});
