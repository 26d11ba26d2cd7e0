/**
 * training-stale (held-out zz163), in our own words; every name is invented. As of 1 December 2026.
 * A childminders' group lists its members in a table headed "| Childminder | Village | Ofsted URN | DSL training |
 * Other safeguarding training |", one row per childminder. The column was not read as the people's column because
 * "Childminder" was no job of people's in PEOPLE_HEADER (src/audit/text/training.ts), so the matrix had no names and a
 * DSL course from May 2024 (lapsed May 2026) went unreported. Now a "Childminder" column of names is
 * the people's column like "Practitioner" or "Coach": each row's DSL date is that person's.
 * A nickname in brackets between a name's first name and surname ("Odile (Dilly) Faraday-Stone") no longer keeps its
 * column from being a column of people (withoutNote).
 * Stays as it is: the "Ofsted URN" column is never a date; a course still in date gives no finding; the last column's
 * "Safer sleep, April 2025" is its own course, not a DSL date; a "Childminder" column of no names ("All members") is no
 * people's column.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const HEADER = "| Childminder | Village | Ofsted URN | DSL training | Other safeguarding training |";

const doc = (header: string, rows: string[]) =>
  markdownDocument(
    [
      "# Brookfield Childminders Group",
      "",
      "## Safeguarding Policy",
      "",
      "Policy agreed 1 June 2026. Next review: June 2027.",
      "",
      "### Members",
      "",
      header,
      `|${"---|".repeat(header.split("|").length - 2)}`,
      ...rows,
      "",
    ].join("\n"),
  );

const messages = (header: string, rows: string[]) =>
  run(trainingStale, doc(header, rows)).map((f) => f.message);

const OTHERS = [
  "| Rowan Pettifer | Little Fenby | EY500101 | 05/03/2025 | Prevent e-learning, 10/2024 |",
  "| Tobias Quennell | Harlow End | EY500303 | 22 October 2025 | – |",
  "| Odile (Dilly) Faraday-Stone | Kemble Rise | EY500404 | 9 January 2026 | Online safety, 14/11/2025 |",
];

describe("a childminders' table with a column of other courses", () => {
  for (const row of [
    "| Isla Marchbank | Oxley Cross | EY500202 | 12/05/2024 | Safer sleep, April 2025 |",
    "| Isla Marchbank | Oxley Cross | EY500202 | 12 May 2024 | Safer sleep, April 2025 |",
    "| Isla Marchbank | Oxley Cross | EY500202 | May 2024 | – |",
    "| Isla Marchbank (Izzy) | Oxley Cross | EY500202 | 12/05/2024 | FGM awareness, 3rd June 2025 |",
  ])
    it(`reports the lapsed DSL course: ${row}`, () => {
      const found = messages(HEADER, [OTHERS[0], row, OTHERS[1]]);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/Isla Marchbank.*DSL training.*May 2024/);
    });
});

describe("stays as it is", () => {
  it("every DSL course in date: no finding (the URN and the other courses are no DSL dates)", () => {
    expect(
      messages(HEADER, [
        ...OTHERS,
        "| Isla Marchbank | Oxley Cross | EY500202 | 12/05/2025 | Safer sleep, April 2023 |",
      ]),
    ).toEqual([]);
  });

  it("an old course in the other column is not the DSL course", () => {
    expect(
      messages(HEADER, [
        ...OTHERS,
        "| Isla Marchbank | Oxley Cross | EY500202 | 12/05/2025 | Prevent e-learning, 01/2020 |",
      ]),
    ).toEqual([]);
  });

  it("a Childminder column of no names is no people's column", () => {
    expect(
      messages(HEADER, ["| All members | Every village | – | 12/05/2025 | Safer sleep, April 2025 |"]),
    ).toEqual([]);
  });
});
