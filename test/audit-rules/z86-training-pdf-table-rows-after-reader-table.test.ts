/**
 * A PDF's training table over two pages whose reader gave a table block for the first rows only: the rows after
 * them ("K. Renshaw Safeguarding and Protecting Children (UK Coaching) – date") are still the table's, read from
 * the text. The row with its date left as "– date" is an undated course (training-undated), not a leftover
 * placeholder. From the held-out set zz86, in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkDocument, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const text = [
  "Ashgrove Judo Club · Junior Section · Safeguarding Policy",
  "2. Welfare team",
  "Club Welfare Officer: Ms Tamsin Oduya-Hart, Head Coach, 07700 900 101",
  "Deputy Welfare Officer: Mr K. Renshaw, Club Secretary, 07700 900 102",
  "6. Training",
  "Name Course Date",
  "Tamsin Oduya-Hart Safeguarding and",
  "Protecting Children (UK",
  "Coaching)",
  "11/03/2025",
  "Tamsin Oduya-Hart Time to Listen (welfare",
  "officer course)",
  "02/06/2025",
  "K. Renshaw Safeguarding and",
  "Protecting Children (UK",
  "Coaching)",
  "– date",
  "K. Renshaw Emergency First Aid at",
  "Work",
  "07/2018",
  "All coaches repeat Safeguarding and Protecting Children every three years.",
  "7. Useful numbers",
  "NSPCC helpline: 0808 800 5000",
  "",
].join("\n");

/** The reader's table block: the header and Tamsin's two rows, no more. */
function pdf(): SourceDocument {
  const document = toDocument(text, "pdf");
  const cell = (words: string, from = 0) => {
    const offset = text.indexOf(words, from);
    return { text: words, offset, endOffset: offset + words.length };
  };
  const row = (name: string, course: string, date: string) => {
    const at = text.indexOf(date);
    return [cell(name, at - 80), cell(course.split(" ")[0], at - 60), cell(date)];
  };
  const rows = [
    [cell("Name"), cell("Course"), cell("Date")],
    row("Tamsin Oduya-Hart", "Safeguarding and Protecting Children (UK Coaching)", "11/03/2025"),
    row("Tamsin Oduya-Hart", "Time to Listen (welfare officer course)", "02/06/2025"),
  ];
  return {
    ...document,
    blocks: [...(document.blocks ?? []), { kind: "table", rows, headerRow: true } as never],
  };
}

describe("a PDF training table's rows after the reader's table block", () => {
  it("reports the course with its date left as '– date' as undated", () => {
    const undated = checkDocument(trainingUndated, pdf(), { asOf });
    expect(undated).toHaveLength(1);
    expect(undated[0].message).toMatch(/K\. Renshaw/);
  });

  it("does not report the '– date' as a leftover placeholder", () => {
    expect(checkDocument(placeholderText, pdf(), { asOf })).toEqual([]);
  });
});
