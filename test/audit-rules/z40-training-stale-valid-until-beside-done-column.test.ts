/**
 * training-stale (review 46), in our own words; every name is invented. A table of the leads has a column of when a
 * course was done, headed only by the course ("Level 3 DSL training"), beside a "… valid until" column:
 *   "| Name | Role | Level 3 DSL training | Safeguarding certificate valid until |"
 *   "| Mrs NAME | Designated Safeguarding Lead | 03/2022 | 09/2027 |"
 * The course column dates each row, so the table is read as the leads' completion dates: the DSL's Level 3 course of
 * March 2022 has lapsed. Still works: a table whose only dated column is the "valid until" one ("| Name | Role |
 * Phone | Safeguarding certificate valid until |") gives each person that course, known by when it runs out.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Safeguarding Policy — Thornwick Primary School";

const documents = (header: string[], rows: string[][]): SourceDocument[] => [
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## 2. Safeguarding team and training",
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
      "<h2>2. Safeguarding team and training</h2>",
      `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
        .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
        .join("")}</table>`,
    ].join(""),
  ),
];

describe("training-stale: a course column beside a 'valid until' column", () => {
  it("reads the course column's dates as when the course was done", () => {
    const header = ["Name", "Role", "Level 3 DSL training", "Safeguarding certificate valid until"];
    const rows = [
      ["Mrs Carys Weatherall", "Designated Safeguarding Lead", "03/2022", "09/2027"],
      ["Mr Ansel Brightmore", "Deputy DSL", "05/2025", "05/2028"],
    ];
    for (const document of documents(header, rows))
      expect(found(run(stale, document), document), document.format).toEqual([
        expect.stringContaining("Mrs Carys Weatherall"),
      ]);
  });
});

describe("still works: the 'valid until' column the only dated one", () => {
  it("reports the certificate that ran out, and only that one", () => {
    const header = ["Name", "Role", "Phone", "Safeguarding certificate valid until"];
    const rows = [
      ["Mrs Carys Weatherall", "Designated Safeguarding Lead", "01632 960 118", "05/2026"],
      ["Mr Ansel Brightmore", "Deputy DSL", "01632 960 119", "05/2028"],
    ];
    for (const document of documents(header, rows)) {
      const reported = run(stale, document);
      expect(found(reported, document), document.format).toEqual([
        expect.stringContaining("Mrs Carys Weatherall"),
      ]);
      expect(reported[0].message, document.format).toContain("expired at the end of May 2026");
    }
  });
});
