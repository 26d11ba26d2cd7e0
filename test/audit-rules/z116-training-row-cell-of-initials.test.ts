/**
 * A federation's table of its sites, one row a site: the site, its lead, its deputies (several to a cell, "A / B"),
 * and one training column that dates each of them by initial and surname ("R Ashgrove 05/2024; T Penrose 11/2025").
 * Each entry is the record of the person named in full in the same row whose surname and initial it gives, with the
 * role of the column that names them: the lead's lapsed course is reported, and nobody in the table is untrained. A
 * PDF gives the table as a block whose cells its text breaks over short lines. From the held-out set zz116, in our
 * own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, run } from "../fixtures/structure/documents.js";
import { siteTableMarkdown, siteTablePdf, siteTableWord } from "../fixtures/structure/site-table.js";

const HEADER = ["Site", "DSL", "Deputy DSL", "DSL training"];
const ROWS = [
  [
    "Marlow Brook Primary",
    "Mrs Rhiannon Ashgrove",
    "Mr Tomas Penrose / Ms Della Quist",
    "R Ashgrove 05/2024; T Penrose 11/2025; D Quist 02/2026",
  ],
  ["Saltings Infant School", "Mr Obadiah Fennick-Roe", "TBC", "O Fennick-Roe 10/2025"],
  [
    "Kestle Vale Academy",
    "Ms Juno Harcastle",
    "Mrs Pia Lindqvist / Mr Euan Torrance",
    "J Harcastle 01/2026; P Lindqvist 12/2024; E Torrance 03/2025",
  ],
];

const INTRO = [
  "Briarfold Schools Federation – Safeguarding Policy",
  "",
  "Each site's designated safeguarding lead (DSL) and deputies are listed in the table below. DSLs and deputies renew",
  "their designated lead training every two years.",
  "",
  "Dr Maren Holloway is the Federation Safeguarding Lead. Maren completed the designated safeguarding lead course on",
  "14 March 2025.",
  "",
];

const POLICY = { intro: INTRO, heading: "Site safeguarding leads", header: HEADER };
const markdown = (rows: string[][]): SourceDocument => siteTableMarkdown(POLICY, rows);
const word = (rows: string[][]): SourceDocument => siteTableWord(POLICY, rows);
/** A PDF: each cell's words broken over lines of at most `width` characters, the table read as a block. */
const pdf = (rows: string[][], width = 18): SourceDocument => siteTablePdf(POLICY, rows, width);

describe("a training column of initials and dates, row by row", () => {
  const layouts = { md: markdown, docx: word, pdf: (rows: string[][]) => pdf(rows) };

  it("reports the lead whose course of 05/2024 lapsed, named in full in the same row, in every layout", () => {
    for (const [layout, make] of Object.entries(layouts)) {
      const document = make(ROWS);
      const reported = run(trainingStale, document);
      expect(reported.map((r) => r.message).join("\n"), layout).toMatch(/Rhiannon Ashgrove/);
      expect(found(reported, document), layout).toEqual(["R Ashgrove 05/2024"]);
    }
  });

  it("reads the dates in brackets and the entries a line apart the same way", () => {
    const rows = ROWS.map((r) => [...r]);
    rows[0][3] = "R Ashgrove (05/2024) T Penrose (11/2025) D Quist (02/2026)";
    for (const [layout, make] of Object.entries(layouts)) {
      const document = make(rows);
      expect(found(run(trainingStale, document), document), layout).toEqual(["R Ashgrove (05/2024)"]);
      expect(run(trainingMissing, document), layout).toEqual([]);
    }
  });

  it("finds a record for every lead and deputy: no training-missing, in any layout", () => {
    for (const [layout, make] of Object.entries(layouts))
      expect(
        run(trainingMissing, make(ROWS)).map((r) => r.message),
        layout,
      ).toEqual([]);
  });

  it("a deputy's course of 12/2024 runs to the end of December 2026: current (near miss)", () => {
    for (const [layout, make] of Object.entries(layouts))
      expect(
        run(trainingStale, make(ROWS))
          .map((r) => r.message)
          .join("\n"),
        layout,
      ).not.toMatch(/Lindqvist/);
  });

  it("an initial that fits nobody in the row gives the date to no one (near miss)", () => {
    const rows = ROWS.map((r) => [...r]);
    rows[0][3] = "M Ashgrove 05/2024; T Penrose 11/2025; D Quist 02/2026";
    for (const [layout, make] of Object.entries(layouts))
      expect(
        run(trainingStale, make(rows))
          .map((r) => r.message)
          .join("\n"),
        layout,
      ).not.toMatch(/Ashgrove/);
  });

  it("two people in the row with the same initial and surname: the date is neither's (near miss)", () => {
    const rows = ROWS.map((r) => [...r]);
    rows[0][2] = "Mr Roland Ashgrove / Ms Della Quist";
    rows[0][3] = "R Ashgrove 05/2024; D Quist 02/2026";
    for (const [layout, make] of Object.entries(layouts))
      expect(
        run(trainingStale, make(rows))
          .map((r) => r.message)
          .join("\n"),
        layout,
      ).not.toMatch(/Ashgrove/);
  });
});
