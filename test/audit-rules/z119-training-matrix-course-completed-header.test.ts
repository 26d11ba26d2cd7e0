/**
 * training-stale (held-out set zz119), in our own words; every name is invented. A hospital service's training
 * record is a table of people with one course column whose header says its cells are when the course was done:
 * "| Name | Role | Safeguarding Children Level 3 (intercollegiate) completed |" over "| Tamsin Arkwright | Ward
 * Activities Manager | 10/2023 |". The column is the course "Safeguarding Children Level 3 (intercollegiate)"; the
 * lead's October 2023 lapsed at the end of October 2025 (and on a three-year cycle by the end of October 2026), so
 * it is reported. Near misses: the other rows (02/2025, 09/2025) are current, and a column of another check ("DBS
 * check completed") is no course.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const team = [
  "Designated Safeguarding Lead: Tamsin Arkwright, Ward Activities Manager – ext. 5120",
  "Deputy Designated Safeguarding Lead: Rosa Delacourt-Finn, Senior Activities Co-ordinator – ext. 5121",
];

const rows = (lead: string) => [
  ["Tamsin Arkwright", "Ward Activities Manager", lead],
  ["Rosa Delacourt-Finn", "Senior Activities Co-ordinator", "02/2025"],
  ["Jules Penhaligon", "Activities Co-ordinator, Day Unit", "09/2025"],
];

const layouts = (column: string, lead = "10/2023"): SourceDocument[] => {
  const header = ["Name", "Role", column];
  return [
    markdownDocument(
      [
        "# Children's Activities Service – Local Safeguarding Procedure",
        "",
        "## 2. Who does what",
        "",
        ...team.flatMap((l) => [l, ""]),
        "## 3. Training",
        "",
        "Record for the activities team:",
        "",
        `| ${header.join(" | ")} |`,
        "|---|---|---|",
        ...rows(lead).map((r) => `| ${r.join(" | ")} |`),
        "",
        "## 4. What to do",
        "",
        "Tell the nurse in charge the same day.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Children's Activities Service – Local Safeguarding Procedure</h1>",
        "<h2>2. Who does what</h2>",
        ...team.map((l) => `<p>${l}</p>`),
        "<h2>3. Training</h2>",
        "<p>Record for the activities team:</p>",
        `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows(lead)
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
        "<h2>4. What to do</h2>",
        "<p>Tell the nurse in charge the same day.</p>",
      ].join("\n"),
    ),
  ];
};

describe("training-stale: a matrix column headed with a course and 'completed'", () => {
  it("reads the column as the course and reports the lead's lapsed date", () => {
    for (const document of layouts("Safeguarding Children Level 3 (intercollegiate) completed")) {
      const reported = run(trainingStale, document);
      expect(found(reported, document), document.format).toEqual([
        expect.stringContaining("Tamsin Arkwright"),
      ]);
      expect(reported[0].message).toContain("Safeguarding Children Level 3 (intercollegiate)");
      expect(reported[0].message).toContain("October 2023");
    }
  });

  it("reads a shorter header with a dash the same way", () => {
    for (const document of layouts("Level 3 – date completed"))
      expect(found(run(trainingStale, document), document), document.format).toEqual([
        expect.stringContaining("Tamsin Arkwright"),
      ]);
  });

  it("stays quiet when the lead's date is current, or the column is another check", () => {
    for (const document of [
      ...layouts("Safeguarding Children Level 3 (intercollegiate) completed", "06/2025"),
      ...layouts("DBS check completed"),
    ])
      expect(run(trainingStale, document), document.format).toEqual([]);
  });
});
