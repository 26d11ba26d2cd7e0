/**
 * training-stale (held-out set zz133, in our own words; every name is invented; as of 1 December 2026). A table of
 * sites with a column headed with the deputies' role ("Site Safeguarding Lead (deputy)") holding each one's name, and a
 * column headed "Designated lead training" holding a date alone: each row's date is the designated lead course of the
 * person named in that row — not an unnamed course of nobody's, all rows one group whose latest date hid the lapsed
 * one. The course is the column header's (a designated lead's course, renewed every two years).
 * Near misses: a row whose date is under two years old stays quiet; a column of places ("Club or hall") is no person.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const ROWS = [
  ["Youth club or team", "Site Safeguarding Lead (deputy)", "Phone", "Designated lead training"],
  ["Marsh Lane Youth Club", "Tobias Wrenfold", "01632 960 611", "11/04/2025"],
  ["Quarry Street Centre", "Elin Marchbank", "01632 960 612", "06/2024"],
  ["Riverside Project", "Oskar Delahaye-Pim", "01632 960 613", "02/02/2026"],
];
const BEFORE = [
  "The **Area Safeguarding Lead** is Ms Harriet Quenby-Shaw (01632 960 600).",
  "Each site has a **Site Safeguarding Lead**, who deputises for the Area Safeguarding Lead there:",
];
const AFTER = "Site Safeguarding Leads complete the partnership's designated lead course every two years.";

function markdown(): SourceDocument {
  const [header, ...body] = ROWS;
  return markdownDocument(
    [
      "# Northfell Youth Service – Safeguarding Procedure",
      "",
      "## 2. Who is responsible",
      "",
      ...BEFORE.flatMap((p) => [p, ""]),
      `| ${header.join(" | ")} |`,
      "|---|---|---|---|",
      ...body.map((r) => `| ${r.join(" | ")} |`),
      "",
      AFTER,
      "",
    ].join("\n"),
  );
}

function word(): SourceDocument {
  const cell = (t: string) => `<td><p>${t}</p></td>`;
  return wordDocument(
    [
      "<h1>Northfell Youth Service – Safeguarding Procedure</h1>",
      "<h2>2. Who is responsible</h2>",
      ...BEFORE.map((p) => `<p>${p.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")}</p>`),
      "<table>",
      ...ROWS.map((r) => `<tr>${r.map(cell).join("")}</tr>`),
      "</table>",
      `<p>${AFTER}</p>`,
    ].join("\n"),
  );
}

/** As a PDF's reader gives it: the header's cells broken over short lines, each row on a line or two. */
function pdf(): SourceDocument {
  const text = [
    "Northfell Youth Service – Safeguarding Procedure",
    "2. Who is responsible",
    ...BEFORE.map((p) => p.replace(/\*\*/g, "")),
    "Youth club or",
    "team",
    "Site",
    "Safeguarding",
    "Lead (deputy)",
    "Phone Designated lead",
    "training",
    "Marsh Lane Youth",
    "Club",
    "Tobias Wrenfold 01632 960 611 11/04/2025",
    "Quarry Street",
    "Centre",
    "Elin Marchbank 01632 960 612 06/2024",
    "Riverside Project",
    "Oskar Delahaye-Pim",
    "01632 960 613 02/02/2026",
    AFTER,
  ].join("\n");
  return pdfDocument(text, ROWS);
}

const layouts = { md: markdown, docx: word, pdf } as const;

describe("a lead course column of dates alone, beside a column of the deputies' names", () => {
  it.each(["md", "docx", "pdf"] as const)("reports the deputy whose course has lapsed (%s)", (layout) => {
    const stale = run(trainingStale, layouts[layout]()).map((f) => f.message);
    // 06/2024 lapsed at the end of June 2026 (a designated lead's course, two years).
    expect(stale).toHaveLength(1);
    expect(stale[0]).toContain("Elin Marchbank");
    expect(stale[0]).toContain("June 2024");
    // Stays quiet: 11/04/2025 and 02/02/2026 are under two years old.
    expect(stale.some((m) => /Wrenfold|Delahaye-Pim/.test(m))).toBe(false);
  });

  it("stays quiet when every deputy's course is current", () => {
    const doc = markdownDocument(
      [
        "# Northfell Youth Service – Safeguarding Procedure",
        "",
        ...BEFORE.flatMap((p) => [p, ""]),
        `| ${ROWS[0].join(" | ")} |`,
        "|---|---|---|---|",
        "| Marsh Lane Youth Club | Tobias Wrenfold | 01632 960 611 | 11/04/2025 |",
        "| Quarry Street Centre | Elin Marchbank | 01632 960 612 | 01/2025 |",
        "",
      ].join("\n"),
    );
    expect(run(trainingStale, doc)).toEqual([]);
  });
});
