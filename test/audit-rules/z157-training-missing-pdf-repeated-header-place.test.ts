/**
 * training-missing (forty-seventh session, held-out academy trust PDF), in our own words; every name is invented. As
 * of 1 December 2026.
 * A PDF's table of each school's leads ("School | Designated Safeguarding Lead | Deputy DSL(s) | Safeguarding phone")
 * whose last row a page break cuts: the next page repeats the header's words ("School Designated Safeguarding Lead
 * Deputy DSL(s) Safeguarding phone") as plain lines outside the reader's table block, then the row's rest — the
 * school's place in brackets ("(Fernside North)"), the rest of the lead's job, of the deputy's. The repeated header's
 * "Deputy DSL" is followed in the text by "(Fernside North)", a cell of the block's first column, under "School":
 * it is no deputy's name, and no training is asked of it. The block's own reading still names each school's leads.
 * Stays as it is: the deputy whom the table names and the training section gives no course is still reported.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { pdfDocument, run } from "../fixtures/structure/documents.js";

const HEADER = ["School", "Designated\nSafeguarding\nLead", "Deputy DSL(s)", "Safeguarding\nphone"];
const ROWS = [
  [
    "Larchfield Primary\n(Fernside)",
    "Mr Osric Penhaligon,\nHeadteacher",
    "Ms Delyth Amberley\n(SENCo)",
    "01632 960 581",
  ],
  [
    "Copperbeck Primary\nAcademy",
    "Mrs Rosalind Threave,\nHead of",
    "Mr Anand Kettleworth,",
    "01632 960 582 ·",
  ],
];
/** The cut row's rest on the next page. */
const REST = ["(Fernside North)", "School", "Assistant Head\n(Early Years)", "office"];

function pdf(training: string[]): SourceDocument {
  const lines = [
    "Fernside Learning Trust · Safeguarding Policy",
    "2. Safeguarding leads at each school",
    "Each school has its own Designated Safeguarding Lead (DSL) and at least one deputy.",
    HEADER.join("\n"),
    ...ROWS.map((r) => r.join("\n")),
    "Fernside Learning Trust · Safeguarding Policy · v3.0",
    "\fFernside Learning Trust · Safeguarding Policy",
    HEADER.join("\n"),
    REST.join("\n"),
    "Trust Safeguarding Lead: Mrs Imelda Castlemaine (07700 900 583).",
    "8. Training",
    ...training,
    "",
  ];
  const document = pdfDocument(lines.join("\n"), { pages: true });
  const body = document.text;
  let at = body.indexOf("School\nDesignated");
  const cell = (words: string) => {
    const offset = body.indexOf(words, at);
    at = offset + words.length;
    return { text: words.replace(/\n/g, " "), offset, endOffset: at };
  };
  const header = HEADER.map(cell);
  const rows = ROWS.map((r) => r.map(cell));
  at = body.indexOf("(Fernside North)");
  const rest = REST.map(cell);
  return {
    ...document,
    blocks: [
      ...(document.blocks ?? []),
      {
        kind: "table",
        offset: header[0].offset,
        endOffset: rest[3].endOffset,
        rows: [header, ...rows, rest],
        headerRow: true,
      } as never,
    ],
  };
}

const TRAINED = [
  "Mr Osric Penhaligon: Designated Safeguarding Lead refresher, 14/01/2026.",
  "Mrs Rosalind Threave: Designated Safeguarding Lead refresher, 20/02/2026.",
  "Mrs Imelda Castlemaine: Designated Safeguarding Lead refresher, 03/03/2026.",
];
const DEPUTIES = [
  "Ms Delyth Amberley: Deputy DSL course, 12/05/2025.",
  "Mr Anand Kettleworth: Early Years DSL course, 11/11/2025.",
];

const findings = (document: SourceDocument) => run(trainingMissing, document).map((f) => f.message);

describe("a PDF's repeated table header over the cut row's place in brackets", () => {
  it("does not take the place for a deputy", () => {
    const found = findings(pdf([...TRAINED, ...DEPUTIES]));
    expect(found.filter((m) => m.includes("Fernside North"))).toEqual([]);
  });
});

describe("stays as it is", () => {
  it("a deputy the table names, with no course, is still reported", () => {
    const found = findings(pdf([...TRAINED, DEPUTIES[1]]));
    expect(found.filter((m) => m.includes("Amberley"))).toHaveLength(1);
  });
});
