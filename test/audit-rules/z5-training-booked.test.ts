/**
 * A lead whose only training entry is a course still to come ("booked for 9 March 2027", "planned – 14/02/2027")
 * has completed none: training-missing, on that entry. A booking beside a completed course is not, nor a booking
 * whose date has already passed (the document may simply not have been updated), nor a booking for someone who
 * is not a lead. From the fifth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { run, wordDocument } from "../fixtures/structure/documents.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

/** A pre-school's contacts table (the role beside the name) and its training table, `rows` being the training. */
function policy(rows: string[]): string {
  return [
    "# Puddleby Pre-school — Safeguarding Policy",
    "",
    "## Who to contact",
    "",
    "| Room | Role | Name | Telephone |",
    "| --- | --- | --- | --- |",
    "| Acorns | Pre-school Leader & DSL | Marsha Quill | 01632 960511 |",
    "| Acorns | Senior Practitioner / Deputy DSL | Idris Tallow | 01632 960511 |",
    "",
    "## Training of our designated staff",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Marsha Quill | Designated lead (two-day) | 11/05/2025 |",
    ...rows,
    "",
  ].join("\n");
}

describe("training-missing: a lead whose only entry is a booking", () => {
  it("reports the deputy booked for a date still to come, on the booking, naming them", () => {
    for (const row of [
      "| Idris Tallow | Designated lead (two-day) | booked for 9 March 2027 |",
      "| Idris Tallow | Designated lead (two-day) | Planned – 14/02/2027 |",
      "| Idris Tallow | Designated lead (two-day) | scheduled for February 2027 |",
    ]) {
      const text = policy(["| Bea Lumley | Level 2 awareness | 02/09/2025 |", row]);
      const found = checkText(trainingMissing, text, { asOf });
      expect(found.map((f) => text.slice(f.offset, f.endOffset))).toEqual([row]);
      expect(found[0].message).toMatch(
        /^The policy records no completed safeguarding training for Idris Tallow — the only course listed is booked for .+2027; /,
      );
    }
  });

  it("reads the same tables from a Word file", () => {
    const cells = (tag: string, row: string[]) =>
      `<tr>${row.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;
    const html = [
      "<h1>Puddleby Pre-school — Safeguarding Policy</h1>",
      "<table>",
      cells("th", ["Room", "Role", "Name"]),
      cells("td", ["Acorns", "Pre-school Leader &amp; DSL", "Marsha Quill"]),
      cells("td", ["Acorns", "Senior Practitioner / Deputy DSL", "Idris Tallow"]),
      "</table>",
      "<h2>Training</h2>",
      "<table>",
      cells("th", ["Name", "Course", "Completed"]),
      cells("td", ["Marsha Quill", "Designated lead (two-day)", "11/05/2025"]),
      cells("td", ["Idris Tallow", "Designated lead (two-day)", "booked for 9 March 2027"]),
      "</table>",
    ].join("");
    const document = wordDocument(html);
    const found = run(trainingMissing, document);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Idris Tallow");
  });

  it("reads the same table from a PDF's text, its cells run together on each line", () => {
    const text = [
      "Puddleby Pre-school Safeguarding Policy",
      "Designated Safeguarding Lead: Marsha Quill",
      "Deputy DSL: Idris Tallow",
      "Training of our designated staff",
      "Name Course Completed",
      "Marsha Quill Designated lead (two-day) 11/05/2025",
      "Idris Tallow Designated lead (two-day) booked for 9 March 2027",
      "",
      "Review date: 1 September 2027",
      "",
    ].join("\n");
    const found = checkText(trainingMissing, text, { asOf, format: "pdf" });
    expect(found.map((f) => f.message)).toEqual([
      "The policy records no completed safeguarding training for Idris Tallow — the only course listed is booked for 9 March 2027; a deputy designated safeguarding lead needs the training for the role: once the course is done, record it with the date it was completed",
    ]);
    expect(checkText(trainingUndated, text, { asOf, format: "pdf" })).toEqual([]);
  });

  it("leaves alone a booking beside a completed course, a booking already past, and a non-lead's booking", () => {
    for (const rows of [
      [
        "| Idris Tallow | Designated lead (two-day) | 20/01/2025 |",
        "| Idris Tallow | Designated lead refresher | booked for 9 March 2027 |",
      ],
      ["| Idris Tallow | Designated lead (two-day) | booked for 9 March 2026 |"],
      [
        "| Idris Tallow | Designated lead (two-day) | 20/01/2025 |",
        "| Bea Lumley | Level 2 awareness | booked for 9 March 2027 |",
      ],
    ]) {
      expect(checkText(trainingMissing, policy(rows), { asOf })).toEqual([]);
    }
  });

  it("a booking is not an undated course", () => {
    const text = policy(["| Idris Tallow | Designated lead (two-day) | booked for 9 March 2027 |"]);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });
});
