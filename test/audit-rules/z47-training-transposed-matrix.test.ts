/**
 * training-stale and training-missing (issue 11, held-out set zz48), in our own words; every name is invented. As of
 * 3 December 2026. A transposed training matrix: a row per course and a column per person, the people headed by
 * initial and surname ("| Course | F. Quinlan-Ross | K. Abernethy | L. Soto |"), cells "MM/YYYY" or "—" where the
 * course is not required. Each column is its person's record, matched to the leads the policy names in full ("Mr K.
 * Abernethy", "Farah Quinlan-Ross"): the deputy's lapsed leads-only course is reported for him, and the lead's
 * current one counts as her training. Near misses: a matrix all current stays silent, and a table of courses with a
 * "Date" or "Provider" column is no transposed matrix (its rows are read as before). A PDF gives the same matrix as
 * lines, its narrow cells broken mid-word ("Quinlan-R" / "oss", "Safeguardi" / "ng Level 3"): a piece after a break
 * in small letters is the rest of the word when the document writes the whole word elsewhere.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkDocument, checkText } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-03";

function policy(table: string[]): string {
  return [
    "# Quinlan Hearing Care — Safeguarding Children Policy",
    "",
    "## 3. Who to go to",
    "",
    "**Safeguarding Lead**",
    "Name: Farah Quinlan-Ross",
    "Position: Clinical Director",
    "",
    "**Deputy Safeguarding Lead**",
    "Name: Mr K. Abernethy",
    "Position: Senior Audiologist",
    "",
    "## 9. Training",
    "",
    "Every member of staff refreshes safeguarding training at least every three years; the lead and deputy every two.",
    "",
    ...table,
    "",
    "Lena Soto is our receptionist at the Harbour Street clinic.",
    "",
  ].join("\n");
}

function matrix(abernethyLeads: string): string[] {
  return [
    "| Course | F. Quinlan-Ross | K. Abernethy | L. Soto |",
    "| --- | --- | --- | --- |",
    `| Safeguarding Level 3 (leads only) | 10/2025 | ${abernethyLeads} | — |`,
    "| Safeguarding Level 2 | — | 02/2025 | 04/2025 |",
    "| Prevent awareness (e-learning) | 03/2025 | 02/2025 | 04/2025 |",
  ];
}

const run = (rule: typeof stale, text: string, format: "md" | "docx" = "md") =>
  checkText(rule, text, { asOf, format }).map((f) => f.message);

describe("a training matrix with a row per course and a column per person", () => {
  it("reports the deputy's lapsed leads-only course, named as the policy names him", () => {
    for (const format of ["md", "docx"] as const) {
      const messages = run(stale, policy(matrix("05/2022")), format);
      expect(messages, format).toHaveLength(1);
      expect(messages[0]).toContain("Mr K. Abernethy's most recent Safeguarding Level 3 (leads only)");
      expect(messages[0]).toContain("May 2022");
    }
  });

  it("credits each lead with the training in their column (no training-missing)", () => {
    expect(run(missing, policy(matrix("05/2022")))).toEqual([]);
  });

  it("near miss: a matrix all current stays silent", () => {
    expect(run(stale, policy(matrix("06/2025")))).toEqual([]);
  });

  it("near miss: a table of courses with a date column is read row by row, as before", () => {
    const messages = run(
      stale,
      policy([
        "| Course | Provider | Date |",
        "| --- | --- | --- |",
        "| Safeguarding Level 3 (leads only) | Harbour Partnership | 05/2022 |",
      ]),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).not.toContain("Provider");
    expect(messages[0]).not.toContain("Abernethy");
  });

  it("reads the same matrix from a PDF's lines, its cells broken mid-word", () => {
    const pdf = (abernethyLeads: string, sotoLevel2 = "04/2025") =>
      pdfDocument(
        [
          "Quinlan Hearing Care — Safeguarding Children Policy",
          "3. Who to go to",
          "Safeguarding Lead",
          "Name: Farah Quinlan-Ross",
          "Position: Clinical Director",
          "Deputy Safeguarding Lead",
          "Name: Mr K. Abernethy",
          "Position: Senior Audiologist",
          "9. Training",
          "Every member of staff refreshes safeguarding training at least every three years; the lead and",
          "deputy every two.",
          "Course F.",
          "Quinlan-R",
          "oss",
          "K.",
          "Abernethy",
          "L. Soto",
          "Safeguardi",
          "ng Level 3",
          "(leads only)",
          `10/2025 ${abernethyLeads} —`,
          "Safeguardi",
          "ng Level 2",
          `— 02/2025 ${sotoLevel2}`,
          "Prevent",
          "awareness",
          "03/2025 02/2025 04/2025",
          "Lena Soto is our receptionist at the Harbour Street clinic.",
        ].join("\n"),
      );
    const messages = checkDocument(stale, pdf("05/2022"), { asOf }).map((f) => f.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Mr K. Abernethy's most recent Safeguarding Level 3 (leads only)");
    expect(checkDocument(missing, pdf("05/2022"), { asOf })).toEqual([]);
    expect(checkDocument(stale, pdf("06/2025"), { asOf })).toEqual([]);
    // A row with a cell missing is not this layout: nothing is read from it, and no one is misread.
    for (const f of checkDocument(stale, pdf("06/2025", "04/2025 01/2020"), { asOf }))
      expect(f.message).not.toContain("Soto");
  });
});
