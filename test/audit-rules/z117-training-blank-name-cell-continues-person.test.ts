/**
 * A training table that writes each person's name (and role) only on their first row and leaves those cells blank on
 * the rows below for the same person's further courses (issue 11, held-out set zz117, in our own words; every name is
 * invented; as of 1 December 2026). A blank name cell is the person above — within the table, until a row names
 * someone else — so a lapsed course on such a row is that person's (named in the message), and a later renewal on
 * such a row renews that person's course. Near misses: a row whose name is blank but whose role cell names a role
 * of its own (another, unnamed post holder), and a booking on a blank row (no completion).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

type Row = [string, string, string, string];

const ROWS: Row[] = [
  ["Marta Quist", "Club Welfare Officer", "Welfare Officer Workshop", "3rd Mar 25"],
  ["", "", "Safeguarding Children", "12/01/2025"],
  ["Ivo Brennan", "Youth Welfare Officer", "Safeguarding Children", "10/07/2025"],
  ["", "", "Welfare Officer Workshop", "2nd Nov. 2023"],
  ["Sunniva Holt", "U10s coach", "Safeguarding Children", "14/04/2023"],
  ["", "", "Safeguarding Refresher", "booked for 20/02/2027"],
  ["Rhodri Amis", "U12s coach", "Safeguarding Children", "05/05/2023"],
  ["", "", "Safeguarding Children", "09/09/2026"],
];

const HEAD = "# Kestrel Vale Juniors FC – Safeguarding Policy";
const INTRO = "Club Welfare Officer: Marta Quist. Youth Welfare Officer: Ivo Brennan.";

function policy(format: "md" | "docx", rows: Row[]): SourceDocument {
  if (format === "md")
    return markdownDocument(
      [
        HEAD,
        "",
        INTRO,
        "",
        "## 3. Training",
        "",
        "| Name | Role | Course | Completed |",
        "|---|---|---|---|",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
      ].join("\n"),
    );
  const cell = (t: string) => (t ? `<th><p>${t}</p></th>` : "<th></th>");
  return wordDocument(
    `<h1>Kestrel Vale Juniors FC – Safeguarding Policy</h1><p>${INTRO}</p><h1>Training</h1><table><thead>` +
      `<tr>${["Name", "Role", "Course", "Completed"].map((t) => `<th><p><strong>${t}</strong></p></th>`).join("")}</tr>` +
      rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("") +
      "</thead></table><p>Next review: July 2027.</p>",
  );
}

const messages = (rule: typeof trainingStale, document: SourceDocument) =>
  run(rule, document).map((f) => f.message);

describe("a blank name cell in a training table continues the person above", () => {
  it.each(["md", "docx"] as const)("gives the blank rows' courses to that person (%s)", (format) => {
    const stale = messages(trainingStale, policy(format, ROWS));
    expect(stale).toHaveLength(2);
    // Ivo Brennan's workshop of 2nd Nov. 2023, on a row with no name of its own, is his and lapsed.
    expect(stale.some((m) => m.startsWith("Ivo Brennan's") && /2 November 2023/.test(m))).toBe(true);
    // Sunniva Holt's course lapsed; the refresher on the blank row below is only booked.
    expect(stale.some((m) => m.startsWith("Sunniva Holt's") && /14 April 2023/.test(m))).toBe(true);
    // Stays quiet: Rhodri Amis renewed his course on the blank row under his name.
    expect(stale.some((m) => /Rhodri Amis|5 May 2023|no name/.test(m))).toBe(false);
    expect(messages(trainingUndated, policy(format, ROWS))).toEqual([]);
  });

  it("stays with the table's people: a blank name beside a role of its own is not the person above", () => {
    const rows: Row[] = [
      ["Rhodri Amis", "U12s coach", "Safeguarding Children", "09/09/2025"],
      ["", "U14s coach (vacant)", "Safeguarding Children", "05/05/2023"],
    ];
    const stale = messages(trainingStale, policy("md", rows));
    expect(stale).toHaveLength(1);
    expect(stale[0]).not.toContain("Rhodri Amis");
  });
});
