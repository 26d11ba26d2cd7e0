/**
 * Training matrices: a row per person and a column per course, the course's name in the header and each cell
 * holding a date ("14.06.24", "Mar-23", "02/10/2025") or a status — "Expired" (lapsed), "Booked" or "Due" (a
 * course to come), "N/A" (not required), a tick. Each dated cell is that person's record of that column's course;
 * "Expired" is the course out of date by the matrix's own word; the other statuses record nothing and are never
 * undated training. Schools, nurseries and clubs keep their matrices this way. From the tenth held-out set
 * (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import type { ReportDescriptor } from "../../src/audit/rule.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import {
  checkText,
  excerpts,
  fixturePartnership,
  settingTypes,
  toDocument,
} from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

const who = [
  "# Larkfield Community Primary — Safeguarding Policy",
  "",
  "Designated Safeguarding Lead: Mrs Odette Varga, Headteacher (01632 960 301)",
  "",
  "Deputy Designated Safeguarding Lead: Kieran Mbatha, Inclusion Manager (01632 960 302)",
  "",
  "## Training",
  "",
  "Every member of staff repeats basic awareness training every three years; the DSL and deputy renew theirs every two years.",
  "",
].join("\n");

/** Findings in the order of the text, as the engine sorts them. */
function byPlace(found: ReportDescriptor[]): ReportDescriptor[] {
  return [...found].sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
}

function policy(...table: string[]): string {
  return [who, ...table, "", "## Reporting", "", "Tell the DSL the same day.", ""].join("\n");
}

const matrix = policy(
  "| Staff | Role | Basic awareness | DSL training | Prevent |",
  "| --- | --- | --- | --- | --- |",
  "| Odette Varga | DSL | 14.09.2025 | 20.01.2026 | 11.11.2025 |",
  "| Kieran Mbatha | Deputy DSL | 14.09.2025 | 17.04.23 | Booked |",
  "| Bethan Lowry | Class teacher | Expired | N/A | 11.11.2025 |",
  "| Tariq Osei | Midday supervisor | 14.09.2025 | N/A | Due |",
  "| Agnes Pryor | Caretaker | ✓ | - | N/A |",
);

describe("a training matrix with a column per course", () => {
  it("reads each dated cell as that person's record of the column's course", () => {
    const records = analyse(toDocument(matrix)).training.map((t) => [
      t.leadName,
      t.course,
      t.date?.date.first ?? (t.lapsed ? "lapsed" : undefined),
    ]);
    expect(records).toEqual([
      ["Odette Varga", "Basic awareness", "2025-09-14"],
      ["Odette Varga", "DSL training", "2026-01-20"],
      ["Odette Varga", "Prevent", "2025-11-11"],
      ["Kieran Mbatha", "Basic awareness", "2025-09-14"],
      ["Kieran Mbatha", "DSL training", "2023-04-17"],
      ["Bethan Lowry", "Basic awareness", "lapsed"],
      ["Bethan Lowry", "Prevent", "2025-11-11"],
      ["Tariq Osei", "Basic awareness", "2025-09-14"],
    ]);
  });

  it("reports a lapsed dated course and an 'Expired' cell, each for its person, and nothing as undated", () => {
    const stale = byPlace(checkText(trainingStale, matrix, { asOf }));
    expect(excerpts(stale, matrix)).toEqual([
      "| Kieran Mbatha | Deputy DSL | 14.09.2025 | 17.04.23 | Booked |",
      "| Bethan Lowry | Class teacher | Expired | N/A | 11.11.2025 |",
    ]);
    expect(stale[0].message).toMatch(/^Kieran Mbatha's most recent DSL training is dated 17 April 2023/);
    expect(stale[1].message).toMatch(/^Bethan Lowry's Basic awareness training is marked "Expired"/);
    expect(checkText(trainingUndated, matrix, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, matrix, { asOf })).toEqual([]);
  });

  it("reads other headers, month-year cells and a status with a date", () => {
    const text = policy(
      "| Name | Level 1 safeguarding | Designated lead course | Online safety |",
      "| --- | --- | --- | --- |",
      "| Odette Varga | Sep-24 | Booked 03/02/2027 | Mar-25 |",
      "| Kieran Mbatha | Sep-24 | Nov-25 | Lapsed |",
      "| Holly Parr | Jun-22 | Not required | Mar-25 |",
    );
    const stale = byPlace(checkText(trainingStale, text, { asOf }));
    expect(excerpts(stale, text)).toEqual([
      "| Kieran Mbatha | Sep-24 | Nov-25 | Lapsed |",
      "| Holly Parr | Jun-22 | Not required | Mar-25 |",
    ]);
    expect(stale[0].message).toMatch(/^Kieran Mbatha's Online safety training is marked "Lapsed"/);
    expect(stale[1].message).toMatch(/^Holly Parr's most recent Level 1 safeguarding training is June 2022/);
    // Odette's designated lead course is only booked: a plan, not a record, and not undated either.
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });

  it("keeps a table with a course column and a date column as it was", () => {
    const text = policy(
      "| Name | Course | Completed |",
      "| --- | --- | --- |",
      "| Odette Varga | Designated Safeguarding Lead training | 12/03/2024 |",
      "| Kieran Mbatha | Designated Safeguarding Lead training | 09/09/2025 |",
    );
    expect(excerpts(checkText(trainingStale, text, { asOf }), text)).toEqual([
      "| Odette Varga | Designated Safeguarding Lead training | 12/03/2024 |",
    ]);
  });

  it("never reads a staff list's dates or another subject's columns as safeguarding training", () => {
    const text = policy(
      "| Name | Role | Started | DBS check | First aid |",
      "| --- | --- | --- | --- | --- |",
      "| Odette Varga | Headteacher | 01.09.2015 | 04.03.2021 | Expired |",
      "| Kieran Mbatha | Inclusion Manager | 01.09.2019 | 12.05.2022 | 03.03.2020 |",
    );
    expect(analyse(toDocument(text)).training).toEqual([]);
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });
});

describe("a training matrix in a PDF", () => {
  const text = [
    "Larkfield Community Primary · Safeguarding Policy",
    "Designated Safeguarding Lead: Mrs Odette Varga, Headteacher",
    "Deputy Designated Safeguarding Lead: Kieran Mbatha, Inclusion Manager",
    "Training",
    "Staff Role Basic",
    "awareness",
    "DSL training Prevent",
    "Odette Varga DSL 14.09.2025 20.01.2026 11.11.2025",
    "Kieran Mbatha Deputy DSL 14.09.2025 17.04.23 Booked",
    "Bethan",
    "Lowry",
    "Class teacher Expired N/A 11.11.2025",
    "Larkfield Community Primary · Page 1 of 2",
    "",
    "Larkfield Community Primary · Safeguarding Policy",
    "Staff Role Basic",
    "awareness",
    "DSL training Prevent",
    "Holly Parr Cook Expired N/A N/A",
    "Larkfield Community Primary · Page 2 of 2",
  ].join("\n");
  const document = pdfDocument(
    text,
    [
      ["Staff", "Role", "Basic awareness", "DSL training", "Prevent"],
      ["Odette Varga", "DSL", "14.09.2025", "20.01.2026", "11.11.2025"],
      ["Kieran Mbatha", "Deputy DSL", "14.09.2025", "17.04.23", "Booked"],
      ["Bethan Lowry", "Class teacher", "Expired", "N/A", "11.11.2025"],
    ],
    [
      ["Staff", "Role", "Basic awareness", "DSL training", "Prevent"],
      ["Holly Parr", "Cook", "Expired", "N/A", "N/A"],
    ],
  );

  it("reads the table blocks the PDF reader gives, page by page, as the Markdown's table", () => {
    const stale: ReportDescriptor[] = [];
    const undated: ReportDescriptor[] = [];
    for (const [rule, found] of [
      [trainingStale, stale],
      [trainingUndated, undated],
    ] as const)
      rule.checkDocument?.({
        asOf,
        options: { ...rule.meta.defaultOptions },
        partnership: fixturePartnership(),
        settingTypes: settingTypes(),
        document,
        report: (d) => found.push(d),
      });
    expect(byPlace(stale).map((d) => text.slice(d.offset, d.endOffset).replace(/\s+/g, " "))).toEqual([
      "Kieran Mbatha Deputy DSL 14.09.2025 17.04.23 Booked",
      "Bethan Lowry Class teacher Expired N/A 11.11.2025",
      // The table again on the next page, where one course column holds only "N/A".
      "Holly Parr Cook Expired N/A N/A",
    ]);
    expect(undated).toEqual([]);
  });
});
