/**
 * lead-missing (held-out set zz158), in our own words; every name is invented. As of 1 December 2026.
 * A PDF whose lead is given only by job title ("The Safeguarding Lead for the project is the Head of Youth Services")
 * and whose training table has a course named after the role: "| Name | Course | Completed |" over "| Tariq Lindqvist
 * | Designated Safeguarding Lead (multi-agency, Level 3) | 12 March 2025 |". The PDF's text runs a row's cells
 * together ("Tariq Lindqvist Designated Safeguarding / Lead (multi-agency, Level / 3)"), so the role seemed to follow
 * his name; the reader's table block puts the role in a cell under the course's header — the course he did, not a
 * post he holds. The lead is reported as missing, as in the Markdown and Word files.
 * Stays as it is: a table whose role column names the lead ("| Role | Name | Phone |", "| Name | Role | Training |"):
 * the lead is named, no finding.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkDocument, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

/** A PDF's text with a table block: each row's cells a space apart, a wrapped cell's words on the next lines. */
function pdf(rows: string[][]): SourceDocument {
  let text = [
    "Hollowmere Young Carers Project – Safeguarding Policy",
    "3. Who is responsible",
    "The Safeguarding Lead for the project is the Head of Youth Services, who reports to the",
    "trustees for the safety of children in the project.",
    "Deputy Safeguarding Lead: Ms Petra Oyelaran-Hume, Project Manager (01632 960517)",
    "4. Training record",
    "",
  ].join("\n");
  const cells = rows.map((row) => {
    const placed = row.map((cell, i) => {
      if (i > 0) text += /\n/.test(row[i - 1]) ? "\n" : " ";
      const offset = text.length;
      text += cell;
      return { text: cell.replace(/\n/g, " "), offset, endOffset: offset + cell.length };
    });
    text += "\n";
    return placed;
  });
  text += "Staff pass any concern to the Safeguarding Lead the same day.\n";
  const document = toDocument(text, "pdf");
  return {
    ...document,
    blocks: [...(document.blocks ?? []), { kind: "table", rows: cells, headerRow: true } as never],
  };
}

const found = (rows: string[][]) => checkDocument(leadMissing, pdf(rows), { asOf });

describe("a role in a training table's course cell, in a PDF", () => {
  for (const [header, course] of [
    ["Course", "Designated Safeguarding\nLead (multi-agency, Level\n3)"],
    ["Course", "Designated Safeguarding Lead refresher"],
    ["Training", "Safeguarding Lead (Level 3)"],
    ["Course completed", "Designated Safeguarding\nLead training"],
    ["Training undertaken", "DSL (Level 3)"],
  ])
    it(`is the course, not the post: ${header} / ${course.replace(/\n/g, " ")}`, () => {
      const reported = found([
        ["Name", header, "Completed"],
        ["Petra Oyelaran-Hume", course, "12 March 2025"],
        ["Dominic Achterberg", "Safeguarding Children\nLevel 2", "09/2024"],
      ]);
      expect(reported).toHaveLength(1);
      expect(reported[0].message).toMatch(/never says who it is/);
    });
});

describe("stays as it is", () => {
  it("a role column naming the lead", () => {
    expect(
      found([
        ["Role", "Name", "Phone"],
        ["Designated Safeguarding Lead", "Tariq Lindqvist", "01632 960518"],
      ]),
    ).toEqual([]);
  });
  it("a role column beside a training column", () => {
    expect(
      found([
        ["Name", "Role", "Training"],
        ["Tariq Lindqvist", "Designated Safeguarding Lead", "Level 3, 12 March 2025"],
      ]),
    ).toEqual([]);
  });
  it("a training lead's column", () => {
    expect(
      found([
        ["Name", "Training lead", "Phone"],
        ["Tariq Lindqvist", "Designated Safeguarding Lead", "01632 960518"],
      ]),
    ).toEqual([]);
  });
});
