/**
 * A table of sites, a lead's column and a deputy's, one site's deputy "vacant": that site has no deputy, whatever
 * the format. In a Word file the headings' words either side of a line break are two bold runs ("**Deputy**
 * **Designated Officer**"): one title, the deputy's, not a lead's column beside the lead's (which named no deputy
 * at all, and warned on the title line). In a PDF the reader's table blocks give the header's cells, read in the
 * policy's own role words (Northern Ireland's "Designated Officer", which the cell's words alone do not make a
 * lead's). From the forty-fifth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { p, wordFile } from "../fixtures/docx-reader/word-file.js";
import { checkDocument } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

/** A header cell's words in bold, a line break between each (its own run, as Word writes it). */
const bold = (...parts: string[]) =>
  parts
    .map((t) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`)
    .join("<w:r><w:br/></w:r>");
const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const cell = (runs: string) => `<w:tc><w:p>${runs}</w:p></w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;

const NI = "We follow the procedures of the Safeguarding Board for Northern Ireland (SBNI).";
const EN = "We follow the procedures of the Northmoor Safeguarding Children Partnership.";

function wordPolicy(
  intro: string,
  lead: string[],
  deputy: string[],
  secondDeputy: string,
): Promise<SourceDocument> {
  const body = [
    p("Glenfarne Dance School: Safeguarding Policy", { style: "Heading1" }),
    p(intro),
    p("Each venue has its own lead and a deputy."),
    `<w:tbl>${row(cell(bold("Venue")), cell(bold(...lead)), cell(bold(...deputy)))}${row(
      cell(run("Main hall")),
      cell(run("Mrs Una Cassidy, Teacher")),
      cell(run("Mr Ben Rafferty, Teacher")),
    )}${row(cell(run("Annexe")), cell(run("Miss Cara Devine, Teacher")), cell(run(secondDeputy)))}</w:tbl>`,
    p("Anyone worried about a child tells the venue's lead the same day."),
  ].join("");
  return readDocumentBytes(wordFile({ body }), "dance-school.docx");
}

const deputies = (document: SourceDocument) =>
  checkDocument(deputyMissing, document, { asOf }).map((f) => ({
    words: document.text.slice(f.offset ?? 0, f.endOffset ?? 0),
    message: f.message,
  }));

describe("a Word site table whose headings break over lines in bold", () => {
  it.each([
    [
      "Northern Ireland's Designated Officer",
      NI,
      ["Designated", "Officer"],
      ["Deputy", "Designated Officer"],
    ],
    [
      "a Designated Safeguarding Lead",
      EN,
      ["Designated", "Safeguarding Lead"],
      ["Deputy", "Designated", "Safeguarding Lead"],
    ],
  ])("reports the vacant site's row, not the whole policy (%s)", async (_what, intro, lead, deputy) => {
    const found = deputies(await wordPolicy(intro, lead, deputy, "vacant (since May 2026)"));
    expect(found).toHaveLength(1);
    expect(found[0].words).toContain("Annexe");
    expect(found[0].message).toContain('"vacant"');
  });

  it("near miss: every venue with a deputy is no finding", async () => {
    const document = await wordPolicy(
      NI,
      ["Designated", "Officer"],
      ["Deputy", "Designated Officer"],
      "Ms Dee Lavery",
    );
    expect(deputies(document)).toEqual([]);
  });
});

describe("a PDF's site table in a Northern Ireland policy", () => {
  const pdf = (secondDeputy: string) => {
    const text = [
      "Glenfarne Dance School: Safeguarding Policy",
      NI,
      "Each venue has its own Designated Officer and a deputy.",
      "Venue Designated Officer Deputy Designated Officer",
      "Main hall Mrs Una Cassidy Mr Ben Rafferty",
      `Annexe Miss Cara Devine ${secondDeputy}`,
      "Anyone worried about a child tells the Designated Officer the same day.",
      "",
    ].join("\n");
    return pdfDocument(text, [
      ["Venue", "Designated Officer", "Deputy Designated Officer"],
      ["Main hall", "Mrs Una Cassidy", "Mr Ben Rafferty"],
      ["Annexe", "Miss Cara Devine", secondDeputy],
    ]);
  };

  it("reports the vacant site's row", () => {
    const found = deputies(pdf("vacant"));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('"vacant"');
  });

  it("near miss: every venue with a deputy is no finding", () => {
    expect(deputies(pdf("Ms Dee Lavery"))).toEqual([]);
  });
});
