/**
 * Read from the held-out set zz118, in our own words; every name and setting is invented. As of 1 December 2026.
 * A dance school opens its policy with a two-column "key facts" box of label and value rows: "Designated lead | …",
 * "Deputy lead | Name (job) · phone", "Lead trained | 04/02/2024", "Deputy trained | not yet", then the policy's
 * dates. "Deputy lead" is the deputy's title cut short to the last word of the lead's ("Designated lead"), written as
 * a label: the deputy is named. The "… trained" rows (and "DSL training", "Deputy DSL training") give that role's
 * holder's record of the lead's course: a date is a record (day first, as the policy writes its dates), "not yet",
 * "none" or a booking is none. Near misses: a "Deputy manager" row names no deputy lead; "deputy lead" in running
 * text about another subject names no one; a row of the whole staff's training is no lead's record.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";
import { pdfDocument as pdfWithTables } from "../helpers/pdf-table-document.js";

const BODY = [
  [
    "1. About us",
    "Harbour Lights teaches ballet, tap and street dance to children aged 5 to 16 in Saltmarsh.",
  ],
  [
    "2. Who to talk to",
    "If you are worried about a child, talk to Marisol. If Marisol is away, talk to Dev. Their numbers are in the key facts box above.",
  ],
  [
    "3. Training",
    "Marisol's course is the partnership's Designated Safeguarding Lead (Level 3) course; the date is in the key facts box. Dev is booked on the same course in the new year.",
  ],
];

const ROWS = (lead: string, deputy: string, extra: Array<[string, string]> = []): Array<[string, string]> => [
  ["Designated lead", "Marisol Kettering-Vane (Principal) · 07700 900 431"],
  ["Deputy lead", "Dev Olawale (Head of Tap) · 07700 900 432"],
  ["Lead trained", lead],
  ["Deputy trained", deputy],
  ...extra,
  ["Policy adopted", "2025-09-01"],
  ["Review by", "2027-09-01"],
];

function markdown(rows: Array<[string, string]>, body = BODY): SourceDocument {
  return markdownDocument(
    [
      "# Harbour Lights Dance School – Safeguarding Policy",
      "",
      "| Key facts | |",
      "|---|---|",
      ...rows.map(([a, b]) => `| ${a} | ${b} |`),
      "",
      ...body.flatMap(([h, p]) => [`## ${h}`, "", p, ""]),
    ].join("\n"),
  );
}

function word(rows: Array<[string, string]>): SourceDocument {
  return wordDocument(
    [
      "<h1>Harbour Lights Dance School – Safeguarding Policy</h1>",
      "<table><tr><td><p><strong>Key facts</strong></p></td><td></td></tr>",
      ...rows.map(([a, b]) => `<tr><td><p>${a}</p></td><td><p>${b}</p></td></tr>`),
      "</table>",
      ...BODY.flatMap(([h, p]) => [`<h1>${h}</h1>`, `<p>${p}</p>`]),
    ].join("\n"),
  );
}

/** As a PDF's reader gives it: each row a line of its two cells, the table a block of rows without its title. */
function pdf(rows: Array<[string, string]>): SourceDocument {
  const text = [
    "Harbour Lights Dance School – Safeguarding Policy",
    "Key facts",
    ...rows.map(([a, b]) => `${a} ${b}`),
    ...BODY.flat(),
    "",
  ].join("\n");
  return pdfWithTables(text, rows);
}

const FORMATS = [
  ["md", markdown],
  ["docx", word],
  ["pdf", pdf],
] as const;

describe("a key facts box of label and value rows", () => {
  for (const [format, build] of FORMATS) {
    it(`${format}: names the deputy lead, finds the lead's lapsed course and the deputy's missing one`, () => {
      const document = build(ROWS("04/02/2024", "not yet"));
      expect(run(leadMissing, document)).toEqual([]);
      expect(run(deputyMissing, document)).toEqual([]);
      const stale = run(trainingStale, document);
      expect(stale.map((d) => d.message)).toEqual([
        expect.stringMatching(/^Marisol Kettering-Vane's .*4 February 2024/),
      ]);
      expect(found(stale, document)[0]).toContain("04/02/2024");
      const missing = run(trainingMissing, document);
      expect(missing.map((d) => d.message)).toEqual([expect.stringContaining("Dev Olawale")]);
    });

    it(`${format}: stays quiet when both are trained within two years`, () => {
      const document = build(ROWS("04/02/2025", "19/10/2025"));
      expect(run(deputyMissing, document)).toEqual([]);
      expect(run(trainingStale, document)).toEqual([]);
      expect(run(trainingMissing, document)).toEqual([]);
    });
  }

  it("reads a DSL training row and a booking as the deputy's missing record", () => {
    const document = markdown([
      ["Designated lead", "Marisol Kettering-Vane (Principal) · 07700 900 431"],
      ["Deputy lead", "Dev Olawale (Head of Tap) · 07700 900 432"],
      ["DSL training", "11/2023"],
      ["Deputy DSL training", "booked for 14/01/2027"],
    ]);
    expect(run(trainingStale, document).map((d) => d.message)).toEqual([
      expect.stringMatching(/^Marisol Kettering-Vane's /),
    ]);
    expect(run(trainingMissing, document).map((d) => d.message)).toEqual([
      expect.stringContaining("Dev Olawale"),
    ]);
  });

  it("stays quiet about a deputy manager's row and a whole staff's training row", () => {
    const rows: Array<[string, string]> = [
      ["Designated lead", "Marisol Kettering-Vane (Principal) · 07700 900 431"],
      ["Deputy manager", "Dev Olawale · 07700 900 432"],
      ["Lead trained", "04/02/2025"],
      ["Staff trained", "09/2022"],
      ["Review by", "2027-09-01"],
    ];
    for (const document of [markdown(rows), word(rows)]) {
      expect(run(deputyMissing, document)).toHaveLength(1);
      expect(run(trainingStale, document)).toEqual([]);
      expect(run(trainingMissing, document)).toEqual([]);
    }
  });

  it("names no deputy from a deputy lead for another subject in running text", () => {
    const rows: Array<[string, string]> = [
      ["Designated lead", "Marisol Kettering-Vane (Principal) · 07700 900 431"],
      ["Lead trained", "04/02/2025"],
    ];
    const body = [
      ...BODY,
      ["4. Costumes", "Our deputy lead for costumes, Ada Penhallow, keeps the wardrobe keys."],
    ] as Array<[string, string]>;
    expect(run(deputyMissing, markdown(rows, body))).toHaveLength(1);
  });
});
