/**
 * A trust's appendix of its academies, one row an academy: its DSL and deputies named in full (a job title in
 * brackets after a name), and one training column whose entries go by role, not by name: "DSL 06/2024; deputy
 * 10/02/2025", "DSL 02/10/2025; deputies 09/2024, 21/04/2026" — the deputies' dates in the order the deputies' cell
 * names them. Each entry is the record of the one person the label stands for in that row. From the held-out set
 * zz134, in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { run } from "../fixtures/structure/documents.js";
import { siteTableMarkdown, siteTablePdf, siteTableWord } from "../fixtures/structure/site-table.js";

const HEADER = ["Academy", "DSL", "Deputy DSL(s)", "DSL training date"];
const ROWS = [
  [
    "Marlow Brook Primary Academy",
    "Mrs Rhiannon Ashgrove (Head of School)",
    "Mr Tomas Penrose; Ms Della Quist",
    "DSL 19/09/2025; deputies 03/2025, 14/01/2026",
  ],
  [
    "Saltings Junior Academy",
    "Mr Obadiah Fennick-Roe (Deputy Headteacher)",
    "Mrs Gwen Lusk (SENCo)",
    "DSL 06/2024; deputy 10/02/2025",
  ],
  [
    "Kestle Vale Academy",
    "Ms Juno Harcastle (Assistant Principal)",
    "Mr Euan Torrance; Mrs Pia Lindqvist",
    "DSL 02/10/2025; deputies 09/2024, 21/04/2026",
  ],
];

const INTRO = [
  "Briarfold Learning Trust – Child Protection Policy",
  "",
  "Each academy's designated safeguarding lead (DSL) and deputies are listed in the appendix below. DSLs and deputies",
  "renew their designated lead training every two years.",
  "",
  "Dr Maren Holloway is the Trust Safeguarding Lead. Maren completed the designated safeguarding lead course on",
  "14 March 2025.",
  "",
];

const POLICY = { intro: INTRO, heading: "Site safeguarding leads", header: HEADER };
const markdown = (rows: string[][]): SourceDocument => siteTableMarkdown(POLICY, rows);
const word = (rows: string[][]): SourceDocument => siteTableWord(POLICY, rows);
/** A PDF: each cell's words broken over lines of at most `width` characters, the table read as a block. */
const pdf = (rows: string[][], width = 18): SourceDocument => siteTablePdf(POLICY, rows, width);

describe("a training column whose entries go by role, row by row", () => {
  const layouts = { md: markdown, docx: word, pdf: (rows: string[][]) => pdf(rows) };

  it("reports the DSL and the deputy whose courses lapsed, each named in their own row, in every layout", () => {
    for (const [layout, make] of Object.entries(layouts)) {
      const document = make(ROWS);
      const reported = run(trainingStale, document);
      const messages = reported.map((r) => r.message).join("\n");
      expect(messages, layout).toMatch(/Obadiah Fennick-Roe's most recent/);
      expect(messages, layout).toMatch(/Euan Torrance's most recent/);
      expect(reported, layout).toHaveLength(2);
    }
  });

  it("finds a record for every lead and deputy: no training-missing, in any layout", () => {
    for (const [layout, make] of Object.entries(layouts))
      expect(
        run(trainingMissing, make(ROWS)).map((r) => r.message),
        layout,
      ).toEqual([]);
  });

  it("the second deputy's date is hers, not the first deputy's: a current course (near miss)", () => {
    for (const [layout, make] of Object.entries(layouts))
      expect(
        run(trainingStale, make(ROWS))
          .map((r) => r.message)
          .join("\n"),
        layout,
      ).not.toMatch(/Lindqvist|Penrose|Quist|Ashgrove|Harcastle|Lusk/);
  });

  it("fewer deputies' dates than deputies: the dates are no one's (near miss)", () => {
    const rows = ROWS.map((r) => [...r]);
    rows[2][3] = "DSL 02/10/2025; deputies 09/2024";
    for (const [layout, make] of Object.entries(layouts))
      expect(
        run(trainingStale, make(rows))
          .map((r) => r.message)
          .join("\n"),
        layout,
      ).not.toMatch(/Torrance|Lindqvist/);
  });

  it("'deputy' with one date where the row names two deputies: the date is neither's (near miss)", () => {
    const rows = ROWS.map((r) => [...r]);
    rows[2][3] = "DSL 02/10/2025; deputy 09/2024";
    for (const [layout, make] of Object.entries(layouts))
      expect(
        run(trainingStale, make(rows))
          .map((r) => r.message)
          .join("\n"),
        layout,
      ).not.toMatch(/Torrance|Lindqvist/);
  });
});
