/**
 * A poster's box of two columns: a header row of roles ("Designated Officer | Deputy Designated Officer", Northern
 * Ireland's titles for the lead and deputy) over a row of names, their phones, and a "Trained: DATE" row. Each column
 * is one person: the name under a role is its holder, and the "Trained:" cell in a person's column is that person's
 * record. A PDF gives the box as a table block, its text each row's cells on one line. From the held-out set zz106,
 * in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkDocument, checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const BOX = [
  ["Designated Officer", "Deputy Designated Officer"],
  ["Ailbhe Garvey", "Ronan Toner"],
  ["07700 900 611", "07700 900 612"],
  ["ailbhe.garvey@example.org", "ronan.toner@example.org"],
  ["Trained: Feb 2023", "Trained: 09/2025"],
];

// A poster's bullets (one wrapped) and a line of prose: the PDF's text reader joins them and the box into one line.
const AFTER = [
  "● Someone hurt now? Phone 999",
  "● Gateway Team (Lisnamore Trust social services): 01632 960 620 – out of",
  "hours 01632 960 621",
  "● PSNI non-emergency: 101",
  "● NSPCC: 0808 800 5000 · Childline: 0800 1111",
  "Every volunteer is AccessNI checked. We follow Co-operating to Safeguard Children and Young People in Northern Ireland (2017).",
  "",
].join("\n");

function pdf(rows: string[][]): SourceDocument {
  let text = "Lisnamore Chess Club –\nJuniors\nWorried about a young member? Tell one of us.\n";
  // As the PDF's text gives a row: its cells on one line, apart by a space.
  const cells = rows.map((row) => {
    const placed = row.map((cell, i) => {
      if (i > 0) text += " ";
      const offset = text.length;
      text += cell;
      return { text: cell, offset, endOffset: offset + cell.length };
    });
    text += "\n";
    return placed;
  });
  text += AFTER;
  const document = toDocument(text, "pdf");
  return {
    ...document,
    blocks: [...(document.blocks ?? []), { kind: "table", rows: cells, headerRow: true } as never],
  };
}

function markdown(rows: string[][]): string {
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    "# Lisnamore Chess Club – Juniors",
    "",
    row(rows[0]),
    row(rows[0].map(() => "---")),
    ...rows.slice(1).map(row),
    "",
    AFTER.replace(/^● /gm, "- "),
  ].join("\n");
}

describe("a box of role columns over a row of names", () => {
  it("a PDF's box names the lead under the role's header cell: no lead-missing", () => {
    expect(checkDocument(leadMissing, pdf(BOX), { asOf })).toEqual([]);
  });

  it("a Markdown box's 'Trained:' cell is the column's person's record: the lapsed one is reported", () => {
    const found = checkText(trainingStale, markdown(BOX), { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(
      /^The most recent training on this line for Ailbhe Garvey is dated February 2023/,
    );
  });

  it("a PDF's box gives the same record to the same person", () => {
    const found = checkDocument(trainingStale, pdf(BOX), { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(
      /^The most recent training on this line for Ailbhe Garvey is dated February 2023/,
    );
  });

  it("a current record in the column is no finding (near miss)", () => {
    const box = BOX.map((r) => [...r]);
    box[4][0] = "Trained: 03/2025";
    expect(checkText(trainingStale, markdown(box), { asOf })).toEqual([]);
  });

  it("a column of two people gives its 'Trained:' cell to neither (near miss)", () => {
    const box = [
      ["Designated Officers", "Club phone"],
      ["Ailbhe Garvey", "01632 960 630"],
      ["Ronan Toner", ""],
      ["Trained: Feb 2023", ""],
    ];
    for (const f of checkText(trainingStale, markdown(box), { asOf }))
      expect(f.message).not.toMatch(/Ailbhe Garvey|Ronan Toner/);
  });
});

describe("a PDF's header row of two roles run into its row of two names", () => {
  it("two known first names part the run: each role's holder is the name under it", async () => {
    const { findLeadMentions } = await import("../../src/audit/text/leads.js");
    const text =
      "Talk to us. Designated Officer Deputy Designated Officer Niamh Corrigan Padraig Toner 07700 900 611 07700 900 612 ● PSNI non-emergency: 101. We follow Co-operating to Safeguard Children and Young People in Northern Ireland (2017).";
    const found = findLeadMentions(text).map((m) => [m.role, m.name]);
    expect(found).toEqual([
      ["dsl", "Niamh Corrigan"],
      ["deputy", "Padraig Toner"],
    ]);
  });
});
