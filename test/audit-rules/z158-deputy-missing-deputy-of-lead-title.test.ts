/**
 * deputy-missing (held-out set zz160), in our own words; every name is invented. As of 1 December 2026.
 * Pattern: a contacts table (or a list of labels) names the lead under the setting's own title for the post — "| County
 * Welfare Officer (the Association's designated lead) | Mrs Ffion Tregarth — … |", "| Designated safeguarding
 * co-ordinator for the project | Mr Idris Penhaligon, Project Worker — … |" — and on the next row its deputy as
 * "Deputy" (or "Assistant") and that title, whole or short of a word: "| Deputy County Welfare Officer | Mr D.
 * Okonjo-Hale — … |", "| Deputy designated co-ordinator | Ms R. T. Vasquez-Lund, … |".
 * Now counts: the label is the prefix and two or more of the lead's own title words, in the title's order, ending in
 * its last word and holding a safeguarding word ("safeguarding", "welfare", "protection") or "designated"; a person
 * named beside it is the deputy.
 * Stays as it is (still deputy-missing): "Deputy Manager", "Deputy Head", "Deputy Chair" beside that lead (a job, no
 * tie to the lead's title); "Deputy Project Co-ordinator" (the scope's word after "for", not the title's); the deputy's
 * row "vacant" or "to be appointed"; "Deputy Head Teacher" beside a lead titled "Head Teacher (Designated
 * Safeguarding Lead)" (no safeguarding word of the title's own).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";
import { pdfDocument as pdfWithTables } from "../helpers/pdf-table-document.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Fenmoor Netball Association — Junior Safeguarding Policy";
const COUNTY_LEAD = [
  "County Welfare Officer (the Association's designated lead)",
  "Mrs Ffion Tregarth — 07700 900 721",
];
const COUNTY_DEPUTY = ["Deputy County Welfare Officer", "Mr D. Okonjo-Hale — 07700 900 722"];
const PROJECT_LEAD = [
  "Designated safeguarding co-ordinator for the project",
  "Mr Idris Penhaligon, Project Worker — 01632 960 731",
];
const PROJECT_DEPUTY = [
  "Deputy designated co-ordinator",
  "Ms R. T. Vasquez-Lund, Senior Carer, Larch Lodge — 01632 960 732",
];
const OTHERS = [
  ["Pathway Coach", "Mr G. Ashworth"],
  ["Children's Services Front Door", "01632 960 500"],
];

/** A contacts table in Markdown, Word and a PDF (its cells wrapped over short lines, its table block as read). */
const tableLayouts = (rows: string[][]): SourceDocument[] => {
  const all = [["Role", "Name and contact"], ...rows, ...OTHERS];
  const wrap = (cell: string) => cell.replace(/(.{22,34}?) /g, "$1\n");
  const pdfText = [
    TITLE,
    "1. Contacts",
    ...all.map((row) => row.map(wrap).join("\n")),
    "2. Responding to a concern",
    "Tell the welfare officer the same day.",
    "",
  ].join("\n");
  return [
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## 1. Contacts",
        "",
        `| ${all[0].join(" | ")} |`,
        "|---|---|",
        ...all.slice(1).map((row) => `| ${row.join(" | ")} |`),
        "",
        "## 2. Responding to a concern",
        "",
        "Tell the welfare officer the same day.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        "<h2>1. Contacts</h2>",
        "<table>",
        `<tr>${all[0].map((c) => `<th>${c}</th>`).join("")}</tr>`,
        ...all.slice(1).map((row) => `<tr>${row.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`),
        "</table>",
        "<h2>2. Responding to a concern</h2>",
        "<p>Tell the welfare officer the same day.</p>",
      ].join("\n"),
    ),
    pdfWithTables(pdfText, all),
  ];
};

const warnings = (documents: SourceDocument[]) =>
  documents.map((document) => run(deputyMissing, document).length);

describe("deputy-missing: 'Deputy' and the lead's own title, whole or short of a word", () => {
  it("reads 'Deputy County Welfare Officer' under 'County Welfare Officer (the Association's designated lead)'", () => {
    expect(warnings(tableLayouts([COUNTY_LEAD, COUNTY_DEPUTY]))).toEqual([0, 0, 0]);
  });

  it("reads 'Deputy designated co-ordinator' under 'Designated safeguarding co-ordinator for the project'", () => {
    expect(warnings(tableLayouts([PROJECT_LEAD, PROJECT_DEPUTY]))).toEqual([0, 0, 0]);
  });

  it("reads 'Assistant designated co-ordinator' so too", () => {
    const assistant = ["Assistant designated co-ordinator", PROJECT_DEPUTY[1]];
    expect(warnings(tableLayouts([PROJECT_LEAD, assistant]))).toEqual([0, 0, 0]);
  });

  it("reads 'Deputy District Safeguarding Officer:' under a label line of the lead's title", () => {
    const labels = [
      "**District Safeguarding Officer (our designated lead):** Ms Orla Benedetti — 07700 900 741",
      "**Deputy District Safeguarding Officer:** Mr P. Szymanski-Rowe — 07700 900 742",
      "Tell the officer the same day.",
    ];
    expect(warnings(sectionLayouts(TITLE, "1. Contacts", labels))).toEqual([0, 0, 0]);
  });

  it("reads 'Deputy designated manager:' under a label line 'Designated safeguarding manager:'", () => {
    const labels = [
      "**Designated safeguarding manager:** Ms Orla Benedetti — 07700 900 741",
      "**Deputy designated manager:** Mr P. Szymanski-Rowe, Senior Carer — 07700 900 742",
      "Tell the manager the same day.",
    ];
    expect(warnings(sectionLayouts(TITLE, "1. Contacts", labels))).toEqual([0, 0, 0]);
  });

  it("still finds the lead in each table", () => {
    for (const rows of [
      [COUNTY_LEAD, COUNTY_DEPUTY],
      [PROJECT_LEAD, PROJECT_DEPUTY],
    ])
      expect(tableLayouts(rows).map((document) => run(leadMissing, document).length)).toEqual([0, 0, 0]);
  });

  it("reads the deputy's row a row below another's", () => {
    expect(warnings(tableLayouts([COUNTY_LEAD, OTHERS[0], COUNTY_DEPUTY]))).toEqual([0, 0, 0]);
  });
});

describe("stays as it is: still no deputy", () => {
  for (const [what, label] of [
    ["a job: Deputy Manager", "Deputy Manager"],
    ["a job: Deputy Head", "Deputy Head"],
    ["a job: Deputy Chair", "Deputy Chair"],
    ["the scope's word, not the title's: Deputy Project Co-ordinator", "Deputy Project Co-ordinator"],
  ])
    it(`${what}`, () => {
      expect(warnings(tableLayouts([PROJECT_LEAD, [label, PROJECT_DEPUTY[1]]]))).toEqual([1, 1, 1]);
    });

  for (const holder of ["vacant", "to be appointed"])
    it(`the deputy's row '${holder}'`, () => {
      const counts = tableLayouts([COUNTY_LEAD, [COUNTY_DEPUTY[0], holder]]).map(
        (document) => run(deputyMissing, document).length,
      );
      expect(counts).toEqual([1, 1, 1]);
    });

  it("'Deputy Head Teacher' beside a lead titled 'Head Teacher (Designated Safeguarding Lead)'", () => {
    const rows = [
      ["Head Teacher (Designated Safeguarding Lead)", "Mrs Ffion Tregarth — 07700 900 721"],
      ["Deputy Head Teacher", "Mr D. Okonjo-Hale — 07700 900 722"],
    ];
    expect(warnings(tableLayouts(rows))).toEqual([1, 1, 1]);
  });
});
