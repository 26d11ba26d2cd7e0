/**
 * Held-out zz68/zz69 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - A date written year first with dots ("2025.10.06") is a day only with a real month (01–12) in the middle.
 * - "This policy was last looked at in full by the committee on …": a last review, "in full" between the words.
 * - A sign-language qualification ("BSL Level 6") is another subject, not safeguarding training.
 * - A closing "Key dates" table (| When | What |) whose rows give the next review and the last one.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { findDates } from "../../src/audit/text/dates.js";
import { checkText, reviewDocumentFindings, reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const days = (text: string) => findDates(text).map((d) => `${d.text}=${d.date.first}/${d.date.precision}`);

describe("a date written year.month.day", () => {
  it("is a day when its middle number is a month", () => {
    expect(days("approved on 2025.10.06. It is")).toEqual(["2025.10.06=2025-10-06/day"]);
    expect(days("| 2016.07.01 |")).toEqual(["2016.07.01=2016-07-01/day"]);
  });

  it("is no date with a month past 12, a day the month lacks, or inside a longer number", () => {
    expect(days("on 2025.13.01 we")).toEqual([]);
    expect(days("on 2025.31.12 we")).toEqual([]);
    expect(days("on 2025.02.30 we")).toEqual([]);
    expect(days("see 2025.10.06.1 and 10.2025.10.06")).toEqual([]);
    expect(days("version 2025.10.06 of the template")).toEqual([]);
  });
});

function policy(...review: string[]): string {
  return [
    "# Larchfield Signing Choir — Safeguarding Policy",
    "",
    "Our Designated Safeguarding Lead is Mrs Nessa Holroyd.",
    "",
    ...review,
    "",
  ].join("\n");
}
const rules = (...review: string[]) => reviewFindings(policy(...review), asOf).map((f) => f.rule);

describe("a last review looked at 'in full' by its owners", () => {
  it("is the last review, with a dotted date or a written one", () => {
    for (const date of ["2025.10.06", "6 October 2025"])
      expect(
        rules(`This policy was last looked at in full by the committee on ${date}. It is reviewed annually.`),
        date,
      ).toEqual(["review-overdue"]);
    expect(
      rules(
        "This policy was last looked at in full by the committee on 2026.10.06. It is reviewed annually.",
      ),
    ).toEqual([]);
  });

  it("is still not a review when someone else looked at it", () => {
    expect(
      rules(
        "This policy was last looked at in full by the inspector on 2025.10.06. It is reviewed annually.",
      ),
    ).toEqual(["review-date-missing"]);
  });
});

describe("a sign-language qualification is not safeguarding training", () => {
  const table = (row: string) =>
    [
      "# Larchfield Signing Choir — Safeguarding Policy",
      "",
      "Our Designated Safeguarding Lead is Mrs Nessa Holroyd.",
      "",
      "## Training",
      "",
      "| Name | Role | Course | Date |",
      "| --- | --- | --- | --- |",
      "| Nessa Holroyd | Designated Safeguarding Lead | Designated Safeguarding Lead training | 2026.03.02 |",
      row,
      "",
    ].join("\n");
  const staleMessages = (text: string) =>
    checkText(stale, text, { asOf, format: "md" }).map((f) => f.message);

  it("BSL Level 6 or British Sign Language Level 3 does not lapse", () => {
    expect(staleMessages(table("| Tom Alder | Interpreter | BSL Level 6 | 2016.07.01 |"))).toEqual([]);
    expect(
      staleMessages(table("| Tom Alder | Interpreter | British Sign Language Level 3 | 1 July 2016 |")),
    ).toEqual([]);
  });

  it("safeguarding training given in BSL still lapses", () => {
    expect(
      staleMessages(table("| Tom Alder | Volunteer | Safeguarding awareness (in BSL) | 1 July 2016 |")),
    ).toHaveLength(1);
  });
});

describe("a closing 'Key dates' table: | When | What |", () => {
  const keyDates = (...rows: string[]) =>
    rules(
      "## Key dates",
      "",
      "| When | What |",
      "| --- | --- |",
      "| 9 February 2021 | Policy first adopted by the Company |",
      ...rows,
    );

  it("reads the next review from its row", () => {
    expect(keyDates("| June 2026 | Next review of this policy |")).toEqual(["review-overdue"]);
    expect(keyDates("| June 2027 | Next review of this policy |")).toEqual([]);
    expect(
      keyDates(
        "| 17 June 2025 | Policy reviewed and re-approved by the Council |",
        "| June 2026 | Next review |",
      ),
    ).toEqual(["review-overdue"]);
  });

  it("does not read a row about something else's review", () => {
    expect(
      keyDates("| June 2026 | Next review of the minibus risk assessment |", "| | Next review |"),
    ).toEqual(["review-date-missing"]);
  });
});

describe("a 'Key dates' table in a PDF, read from its table block", () => {
  function pdf(next: string): SourceDocument {
    const rows = [
      ["When", "What"],
      ["9 February 2021", "Policy first adopted by the Company"],
      [next, "Next review of this policy"],
    ];
    let text =
      "3rd Larchfield Girls' Brigade — Safeguarding Policy\nOur Designated Safeguarding Lead is Mrs Nessa Holroyd.\nKey dates\n";
    const tableStart = text.length;
    const cells = rows.map((row) =>
      row.map((cell, i) => {
        const offset = text.length;
        text += cell + (i === row.length - 1 ? "\n" : " ");
        return { text: cell, offset, endOffset: offset + cell.length };
      }),
    );
    const tableEnd = text.length - 1;
    text += "Signed: N. Holroyd, Captain\n";
    return {
      file: "policy.pdf",
      format: "pdf",
      text,
      blocks: [
        {
          kind: "table",
          offset: tableStart,
          endOffset: tableEnd,
          rows: cells,
          headerRow: true,
          place: { page: 1 },
        },
      ],
      outline: { headings: [], links: [] },
      pages: [0],
    } as SourceDocument;
  }

  it("reads the next review from the row's first cell", () => {
    expect(reviewDocumentFindings(pdf("June 2026"), asOf).map(([rule]) => rule)).toEqual(["review-overdue"]);
    expect(reviewDocumentFindings(pdf("June 2027"), asOf)).toEqual([]);
  });
});
