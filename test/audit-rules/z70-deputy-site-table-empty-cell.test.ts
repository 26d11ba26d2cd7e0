/**
 * A table of sites with a lead's column and a deputy's ("| Centre | Centre Welfare Lead | Deputy | Phone |"), one
 * site's deputy cell left empty (or a bare dash) while the other sites name theirs: that site has no deputy, though
 * the organisation names its own deputy above the table. Reported at the site's row, saying what to fill in. From
 * the seventieth held-out set (issue 11), in our own words; every name is invented. Near misses: a table of one
 * site, a table where no site names a deputy (the column is not used), and a cell that says who covers instead.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { p, wordFile } from "../fixtures/docx-reader/word-file.js";
import { checkDocument, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

type Row = [site: string, lead: string, deputy: string, phone: string];

const ROWS: Row[] = [
  ["Wexcombe (Canal Wharf)", "Mr Rory Ó Dálaigh", "Ms Beth Nkemelu", "01632 960 821"],
  ["Saltmarsh (Old Mill)", "Mrs Isla MacAskill", "", "01632 960 822"],
  ["Brackley Quay", "Mr Dev D'Costa", "Miss Tara Lund-Hayes", "01632 960 823"],
];

const INTRO = [
  "# Summit Walls Climbing Centres — Safeguarding Policy for Junior Climbers",
  "",
  "Company Welfare Officer: Ms Greta Halvorsen, Head of Operations — 01632 960 820",
  "",
  "Deputy Company Welfare Officer: Mr Kwame Asante, Senior Instructor — 07700 900 820",
  "",
  "Each centre also has a welfare lead and a deputy of its own, on the floor during junior sessions:",
  "",
];
const OUTRO = ["", "Tell your centre's welfare lead at once, or the deputy when the lead is away.", ""];

function markdown(rows: Row[]): SourceDocument {
  const table = [
    "| Centre | Centre Welfare Lead | Deputy | Phone |",
    "| --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ];
  return toDocument([...INTRO, ...table, ...OUTRO].join("\n"), "md");
}

const run = (t: string) => (t ? `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>` : "");
const cell = (t: string) => `<w:tc><w:p>${run(t)}</w:p></w:tc>`;
const tr = (cells: string[]) => `<w:tr>${cells.map(cell).join("")}</w:tr>`;

function word(rows: Row[]): Promise<SourceDocument> {
  const body = [
    p("Summit Walls Climbing Centres — Safeguarding Policy for Junior Climbers", { style: "Heading1" }),
    p("Company Welfare Officer: Ms Greta Halvorsen, Head of Operations — 01632 960 820"),
    p("Deputy Company Welfare Officer: Mr Kwame Asante, Senior Instructor — 07700 900 820"),
    p("Each centre also has a welfare lead and a deputy of its own, on the floor during junior sessions:"),
    `<w:tbl>${tr(["Centre", "Centre Welfare Lead", "Deputy", "Phone"])}${rows.map(tr).join("")}</w:tbl>`,
    p("Tell your centre's welfare lead at once, or the deputy when the lead is away."),
  ].join("");
  return readDocumentBytes(wordFile({ body }), "climbing.docx");
}

const findings = (document: SourceDocument) =>
  checkDocument(deputyMissing, document, { asOf }).map((f) => ({
    words: document.text.slice(f.offset ?? 0, f.endOffset ?? 0),
    message: f.message,
  }));

const withDeputy = (deputy: string): Row[] => [
  ROWS[0],
  [ROWS[1][0], ROWS[1][1], deputy, ROWS[1][3]],
  ROWS[2],
];

const formats = [
  ["md", async (rows: Row[]) => markdown(rows)],
  ["docx", word],
] as const;

describe("a site table whose deputy cell is empty", () => {
  for (const [format, make] of formats) {
    for (const [what, deputy] of [
      ["empty", ""],
      ["a dash", "–"],
      ["a hyphen", "-"],
    ] as const)
      it(`reports the site's row when the cell is ${what} (${format})`, async () => {
        const found = findings(await make(withDeputy(deputy)));
        expect(found).toHaveLength(1);
        expect(found[0].words).toContain("Saltmarsh");
        expect(found[0].message).toContain("Saltmarsh (Old Mill)");
        expect(found[0].message).toMatch(/write .*name/i);
      });

    it(`near miss: every site names its deputy (${format})`, async () => {
      expect(findings(await make(withDeputy("Mr Ewan Sutherland")))).toEqual([]);
    });

    it(`near miss: a table of one site (${format})`, async () => {
      expect(findings(await make([ROWS[1]]))).toEqual([]);
    });

    it(`near miss: no site names a deputy (${format})`, async () => {
      const rows = ROWS.map((r): Row => [r[0], r[1], "", r[3]]);
      expect(findings(await make(rows))).toEqual([]);
    });

    it(`near miss: the cell says who covers instead (${format})`, async () => {
      expect(findings(await make(withDeputy("n/a – covered by Mr Kwame Asante")))).toEqual([]);
    });
  }
});
