/**
 * training-stale (held-out set zz138), in our own words; every name is invented; as of 1 December 2026. A youth
 * theatre's table of districts, its people in a column headed by their safeguarding role ("| District | District
 * Safeguarding Lead | Phone | Designated lead training |"), each cell a titled name and a job ("Ms Imogen Varga,
 * Tutor") or "Vacant", and one column of each holder's course and its date. Each row is its holder's record: a
 * designated lead's refresher of 03/2024 lapsed at the end of March 2026, whoever else's is current. Near misses: the
 * vacant row names nobody; a role column whose cells are not people ("All tutors", "Each tutor's manager") names
 * nobody, so no row is anyone's record.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (rows: string[][]) => {
  const header = ["District", "District Safeguarding Lead", "Phone", "Designated lead training"];
  const intro =
    "Our **Company Designated Safeguarding Lead** is Mr Ewan Castellano-Reid, Artistic Director, 01632 960 620.";
  return [
    markdownDocument(
      [
        "# Youth Theatre Safeguarding Policy",
        "",
        "## 2. Who to tell",
        "",
        intro,
        "",
        `| ${header.join(" | ")} |`,
        "|---|---|---|---|",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Youth Theatre Safeguarding Policy</h1>",
        "<h2>2. Who to tell</h2>",
        `<p>${intro.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`,
        `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
      ].join("\n"),
    ),
  ];
};

describe("training-stale: a column of a safeguarding role's holders beside their training", () => {
  it("reports the holder whose designated lead refresher lapsed, at the row", () => {
    const rows = [
      ["Northfold", "Ms Imogen Varga, Tutor", "01632 960 621", "DSL training 10/2025"],
      ["Eastmere and Coldby", "Mr Kofi Brandauer, Tutor", "01632 960 622", "DSL refresher 03/2024"],
      ["Lower Saltham", "Vacant", "01632 960 623", "—"],
      ["Upper Saltham", "Mrs Hedda Okafor-Lyle", "01632 960 624", "DSL training 22/05/2025"],
    ];
    for (const document of layouts(rows)) {
      const reported = run(trainingStale, document);
      expect(found(reported, document), document.format).toEqual([
        expect.stringContaining("Mr Kofi Brandauer"),
      ]);
      expect(reported[0].message, document.format).toContain("Kofi Brandauer's most recent");
      expect(reported[0].message, document.format).not.toContain("Tutor's");
    }
  });
  it("stays quiet when the role's cells are not people: no row is anyone's record", () => {
    const rows = [
      ["Northfold", "All tutors", "01632 960 621", "DSL training 10/2025"],
      ["Eastmere and Coldby", "Each tutor's manager", "01632 960 622", "DSL refresher 03/2024"],
      ["Upper Saltham", "All tutors", "01632 960 624", "DSL training 22/05/2025"],
    ];
    for (const document of layouts(rows))
      expect(found(run(trainingStale, document), document), document.format).toEqual([]);
  });
});
