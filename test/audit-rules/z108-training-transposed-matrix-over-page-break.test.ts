/**
 * training-stale and training-missing (issue 11, held-out set zz108), in our own words; every name is invented. As
 * of 1 December 2026. A PDF's training matrix with people as columns ("Course | Owen Hale (Club Welfare Officer) |
 * Priya Dunn (Deputy Welfare Officer) | …") and a row per course, cut by a page break: the reader gives page 1's
 * part as a table block (the header and a row whose course name the break cut, "Safeguarding and Protecting"), and
 * page 2's part as plain lines — the header repeated, word for word, over several short lines, the cut course's last
 * word ("Children"), then each course's lines and a line of its cells ("10/11/2024 expired n/a n/a"). Page 2's rows
 * are the same matrix's: the welfare officer's lapsed designated course is his, the deputy's "expired" cell hers.
 * Near misses: the same matrix all current says nothing; a different matrix after the page break (other people in
 * its header) is not read as this one continued, so its cells are never the leads'.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { pdfDocument, run } from "../fixtures/structure/documents.js";

const HEADER_LINES = [
  "Course Owen Hale",
  "(Club Welfare",
  "Officer)",
  "Priya Dunn",
  "(Deputy",
  "Welfare",
  "Officer)",
  "Tom Yates",
  "(Junior",
  "Coach)",
  "Ruth",
  "Ellery",
  "(Chair)",
];
const HEADER_CELLS = [
  "Course",
  "Owen Hale (Club Welfare Officer)",
  "Priya Dunn (Deputy Welfare Officer)",
  "Tom Yates (Junior Coach)",
  "Ruth Ellery (Chair)",
];

/** The second page's header: the same matrix's, or another's (the coaches' own matrix). */
const OTHER_HEADER_LINES = [
  "Course Ann Boyd",
  "(Junior",
  "Coach)",
  "Lee Marsh",
  "(Junior",
  "Coach)",
  "Sam Reid",
  "(Pit",
  "Steward)",
  "Kit Moss",
  "(Timekeeper)",
];

function text(leadCells: string, otherMatrix = false): string {
  return [
    "Lindale Kayak Club – Safeguarding Policy for Junior Paddlers",
    "2. Welfare Officer and deputy",
    "Club Welfare Officer: Owen Hale",
    "07700 900 721 · welfare@lindalekayak.example.org",
    "Deputy Welfare Officer: Priya Dunn",
    "07700 900 722",
    "7. Training matrix",
    "Dates are when each course was completed. Everyone who coaches juniors completes Safeguarding and",
    "Protecting Children and renews it every three years.",
    ...HEADER_LINES,
    "Safeguarding",
    "and Protecting",
    "12/05/2025 04/03/2025 15/09/2024",
    "Lindale Kayak Club · Junior Safeguarding Policy · adopted 2nd March 2025",
    `\f${(otherMatrix ? OTHER_HEADER_LINES : HEADER_LINES).join("\n")}`,
    "Children",
    "Club Welfare",
    "Officer course",
    "(designated",
    "lead)",
    leadCells,
    "First Aid at",
    "Work",
    "04/2021 11/2025 06/2024 n/a",
    "Paddlesport",
    "licence",
    "03/2026 03/2026 03/2026 03/2026",
    "8. Review",
    "The committee adopted this policy on 2nd March 2025 and reviews it every two years.",
    "",
  ].join("\n");
}

/** The PDF as its reader gives it: page 1's part of the matrix as a table block, page 2's as plain lines. */
function pdf(leadCells: string, otherMatrix = false): SourceDocument {
  const document = pdfDocument(text(leadCells, otherMatrix), { pages: true });
  const body = document.text;
  const start = body.indexOf("Course Owen Hale");
  let at = start;
  const cell = (words: string) => {
    // A cell's words over the lines the PDF broke it into: from its first word to its last.
    const first = words.split(" ")[0];
    const last = words.split(" ").at(-1) ?? first;
    const offset = body.indexOf(first, at);
    const endOffset = body.indexOf(last, offset) + last.length;
    at = endOffset;
    return { text: words, offset, endOffset };
  };
  const header = HEADER_CELLS.map(cell);
  const row = ["Safeguarding and Protecting", "12/05/2025", "04/03/2025", "15/09/2024"].map(cell);
  const empty = { text: "", offset: row[3].endOffset, endOffset: row[3].endOffset };
  return {
    ...document,
    blocks: [
      ...(document.blocks ?? []),
      {
        kind: "table",
        offset: start,
        endOffset: empty.endOffset,
        rows: [header, [...row, empty]],
        headerRow: true,
      } as never,
    ],
  };
}

const messages = (rule: typeof stale, document: SourceDocument) => run(rule, document).map((f) => f.message);

describe("a PDF's people-as-columns training matrix continued over a page break", () => {
  it("reads page 2's rows as the same matrix's: each lead's lapsed designated course, by column", () => {
    const reported = messages(stale, pdf("10/11/2024 expired n/a n/a"));
    expect(reported).toHaveLength(2);
    expect(reported.find((m) => m.startsWith("Owen Hale's"))).toContain("10 November 2024");
    expect(reported.find((m) => m.startsWith("Priya Dunn's"))).toContain('"expired"');
  });

  it("gives the cut row's course its last word from the next page, and the next row its own course", () => {
    const records = analyse(pdf("10/11/2024 expired n/a n/a")).training.map((t) => [t.leadName, t.course]);
    expect(records).toContainEqual(["Owen Hale", "Safeguarding and Protecting Children"]);
    expect(records).toContainEqual(["Owen Hale", "Club Welfare Officer course (designated lead)"]);
    expect(records).toContainEqual(["Priya Dunn", "Club Welfare Officer course (designated lead)"]);
    // The page's foot and the repeated header are nobody's course.
    expect(records.every(([, course]) => !/Kayak|Owen|Chair/.test(course ?? ""))).toBe(true);
  });

  it("credits both leads with training (no training-missing)", () => {
    expect(messages(missing, pdf("10/11/2024 expired n/a n/a"))).toEqual([]);
  });

  it("near miss: the same matrix all current says nothing", () => {
    expect(messages(stale, pdf("20/01/2025 18/02/2025 n/a n/a"))).toEqual([]);
    expect(messages(missing, pdf("20/01/2025 18/02/2025 n/a n/a"))).toEqual([]);
  });

  it("near miss: another matrix after the page break is not this one continued", () => {
    // The coaches' matrix has its own people: its lapsed cells are never the welfare officer's or the deputy's.
    expect(messages(stale, pdf("10/11/2024 expired n/a n/a", true))).toEqual([]);
  });
});
