/**
 * training-missing (held-out set zz147, in our own words; every name is invented). A coach firm's PDF names its
 * safeguarding people in a two-column table "Name | Role"; the deputy's role cell wraps ("Transport Co-ordinator –
 * Deputy" / "Safeguarding Lead"). The PDF's text puts the row's cells on one line a space apart, so the deputy's name
 * ran on into the role cell's first word ("Oakley-Virtue Transport", the lead's "Gideon Ashcombe-Fry Depot"), and her record "Tamsin Oakley-Virtue – Designated
 * Safeguarding Lead training, 02/2026" did not match it. A name in the table's first column ends where the reader's
 * table block ends its cell. Near miss that must still be reported: a deputy in the same table with no record, named
 * in full ("Tamsin Oakley-Virtue", not "… Fleet").
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, wordDocument } from "../fixtures/structure/documents.js";
import { checkDocument, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const ROWS = [
  ["Name", "Role"],
  ["Gideon Ashcombe-Fry", "Depot Manager – Safeguarding Lead"],
  ["Tamsin Oakley-Virtue", "Transport Co-ordinator – Deputy\nSafeguarding Lead"],
  ["Rufus Penhaligon", "Escort Supervisor"],
];

const RECORDS = (deputyRecord: boolean) => [
  "Gideon Ashcombe-Fry – Designated Safeguarding Lead training, 05/2025",
  ...(deputyRecord ? ["Tamsin Oakley-Virtue – Designated Safeguarding Lead training, 02/2026"] : []),
  "Rufus Penhaligon – Safeguarding for Passenger Transport, 10/2025",
];

function pdf(deputyRecord: boolean): SourceDocument {
  let text = "Harrowfield Coaches – Safeguarding Policy\n1. Responsibilities\nOur safeguarding people are:\n";
  // As the PDF's text gives a row: its cells on one line a space apart, a wrapped cell's words on the next line.
  const rows = ROWS.map((row) => {
    const placed = row.map((cell, i) => {
      if (i > 0) text += " ";
      const offset = text.length;
      text += cell;
      return { text: cell.replace(/\n/g, " "), offset, endOffset: offset + cell.length };
    });
    text += "\n";
    return placed;
  });
  text += "2. Training\nTraining record:\n";
  text += `${RECORDS(deputyRecord)
    .map((r) => `● ${r}`)
    .join("\n")}\n`;
  const document = toDocument(text, "pdf");
  return {
    ...document,
    blocks: [...(document.blocks ?? []), { kind: "table", rows, headerRow: true } as never],
  };
}

function markdown(deputyRecord: boolean): SourceDocument {
  return markdownDocument(
    [
      "# Harrowfield Coaches – Safeguarding Policy",
      "",
      "## 1. Responsibilities",
      "",
      ...ROWS.flatMap((row, i) => [
        `| ${row.map((c) => c.replace(/\n/g, " ")).join(" | ")} |`,
        ...(i === 0 ? ["| --- | --- |"] : []),
      ]),
      "",
      "## 2. Training",
      "",
      ...RECORDS(deputyRecord).map((r) => `- ${r}`),
      "",
    ].join("\n"),
  );
}

function word(deputyRecord: boolean): SourceDocument {
  return wordDocument(
    [
      "<h1>Harrowfield Coaches – Safeguarding Policy</h1>",
      "<h2>1. Responsibilities</h2>",
      `<table>${ROWS.map((row) => `<tr>${row.map((c) => `<td><p>${c.replace(/\n/g, " ")}</p></td>`).join("")}</tr>`).join("")}</table>`,
      "<h2>2. Training</h2>",
      `<ul>${RECORDS(deputyRecord)
        .map((r) => `<li>${r}</li>`)
        .join("")}</ul>`,
    ].join(""),
  );
}

describe("training-missing: a PDF table's wrapped role cell does not run into the name", () => {
  it("matches the deputy's record to her name in the PDF, as in Markdown and Word", () => {
    for (const document of [pdf(true), markdown(true), word(true)])
      expect(checkDocument(trainingMissing, document, { asOf }), document.format).toEqual([]);
  });

  it("still reports a deputy with no record, by her full name (near miss)", () => {
    for (const document of [pdf(false), markdown(false), word(false)]) {
      const found = checkDocument(trainingMissing, document, { asOf });
      expect(found, document.format).toHaveLength(1);
      expect(found[0].message, document.format).toMatch(/none for Tamsin Oakley-Virtue \(deputy/);
    }
  });
});
