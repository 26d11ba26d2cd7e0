/**
 * placeholder-text (held-out zz168), in our own words; every name is invented. As of 1 December 2026.
 * A training log's renewal column left "tbc" in a row whose course and completion date are given: "| Name | Role |
 * Course | Date attended | Renewal due |" with "| Ivo Penhallow | Coach | Safeguarding and Protecting Children |
 * 14/06/2023 | tbc |". The record is complete; only its renewal is not set — no template leftover, so no
 * placeholder. The completion date is still read: a course of June 2023 has lapsed (training-stale keeps it).
 * Stays as it is: a row whose completion date is "tbc" too (a blank record), a "tbc" in the log's date-attended
 * column, a version table's "Next review | TBC" (the policy's own date), and a "TBC" name in a contacts table.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (table: string[]) =>
  markdownDocument(
    [
      "# Fernhill Otters Swimming Club — Safeguarding Policy",
      "",
      "## Who to contact",
      "",
      "Welfare Officer: Mrs Nerys Quill (07700 900 611)",
      "",
      "Deputy Welfare Officer: Mr Bram Oakes-Tilley (07700 900 612)",
      "",
      "## Training",
      "",
      "Everyone who works with juniors completes an approved course. Certificates are valid for three years.",
      "",
      ...table,
      "",
    ].join("\n"),
  );

const separator = (header: string) => `|${"---|".repeat(header.split("|").length - 2)}`;

const placeholders = (table: string[]) => run(placeholderText, policy(table)).map((f) => f.message);

describe("a training log's renewal cell not set, in a row whose completion date is given", () => {
  for (const [header, row] of [
    [
      "| Name | Role | Course | Date attended | Renewal due |",
      "| Ivo Penhallow | Coach | Safeguarding and Protecting Children | 14/06/2025 | tbc |",
    ],
    [
      "| Name | Course | Completed | Expires |",
      "| Ivo Penhallow | Safeguarding and Protecting Children | 3 March 2025 | TBC |",
    ],
    ["| Name | Training | Date | Next due |", "| Ivo Penhallow | Time to Listen | 09/2025 | TBC |"],
    [
      "| Volunteer | Course | Date completed | Refresher due |",
      "| Ivo Penhallow | Safeguarding Awareness (online) | 22/11/2024 | tba |",
    ],
    [
      "| Name | Course | Date attended | Valid until |",
      "| Ivo Penhallow | Safeguarding and Protecting Children | 05/05/2025 | TBC |",
    ],
  ])
    it(`is no placeholder: ${row}`, () => {
      expect(placeholders([header, separator(header), row])).toEqual([]);
    });

  it("still reads the completion date: a course of June 2023 has lapsed", () => {
    const document = policy([
      "| Name | Role | Course | Date attended | Renewal due |",
      "|---|---|---|---|---|",
      "| Ivo Penhallow | Coach | Safeguarding and Protecting Children | 14/06/2023 | tbc |",
    ]);
    expect(run(placeholderText, document)).toEqual([]);
    const stale = run(trainingStale, document).map((f) => f.message);
    expect(stale.some((m) => m.includes("Ivo Penhallow") && m.includes("14 June 2023"))).toBe(true);
  });
});

describe("stays as it is", () => {
  it("a row whose completion date is tbc too: a blank record", () => {
    expect(
      placeholders([
        "| Name | Course | Date attended | Renewal due |",
        "|---|---|---|---|",
        "| Ivo Penhallow | Safeguarding and Protecting Children | tbc | tbc |",
      ]),
    ).not.toEqual([]);
  });

  it("a tbc in the date-attended column", () => {
    expect(
      placeholders([
        "| Name | Course | Date attended | Renewal due |",
        "|---|---|---|---|",
        "| Ivo Penhallow | Safeguarding and Protecting Children | TBC | 06/2027 |",
      ]),
    ).toHaveLength(1);
  });

  it("a version table's next review left TBC: the policy's own date", () => {
    expect(
      placeholders(["| Version | Date | Next review |", "|---|---|---|", "| 2.0 | 01/09/2025 | TBC |"]),
    ).toHaveLength(1);
  });

  it("a TBC name in a contacts table", () => {
    expect(
      placeholders([
        "| Role | Name | Since |",
        "|---|---|---|",
        "| Deputy Welfare Officer | TBC | 01/09/2025 |",
      ]),
    ).toHaveLength(1);
  });
});
