/**
 * People (review 13): a table whose header row holds the roles and whose body cells hold the names in bold (Word
 * tables often bold the names) read as if no lead were named. The bold or italic marks opening a cell's name are no
 * words, in Markdown and in a Word file's bold runs alike.
 *
 * In our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { p, wordFile } from "../fixtures/docx-reader/word-file.js";
import { checkDocument, checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a role-headed table with the names in bold", () => {
  const policy = (rows: string[]) =>
    [
      "# Safeguarding and Child Protection Policy",
      "",
      "Larchmere Community Primary School.",
      "",
      "## Who to tell",
      "",
      ...rows,
      "",
      "Tell the Designated Safeguarding Lead about any worry the same day.",
      "",
    ].join("\n");

  const tables: Array<[string, string[], string[], string[]]> = [
    [
      "bold names",
      [
        "| Designated Safeguarding Lead | Deputy DSL |",
        "| --- | --- |",
        "| **Mrs Vela Ormond** | **Mr Kit Sayle** |",
      ],
      ["Mrs Vela Ormond"],
      ["Mr Kit Sayle"],
    ],
    [
      "bold names and a job after them",
      [
        "| Designated Safeguarding Lead | Deputy Designated Safeguarding Lead |",
        "| --- | --- |",
        "| **Ms Ruth Pengelly**, Headteacher | __Dan Ossory__, Deputy Head |",
      ],
      ["Ms Ruth Pengelly"],
      ["Dan Ossory"],
    ],
    [
      "italic names under bold headers",
      ["| **DSL** | **Deputy DSL** |", "| --- | --- |", "| *Mrs Ines Carrow* | *Mr Abel Frome* |"],
      ["Mrs Ines Carrow"],
      ["Mr Abel Frome"],
    ],
  ];
  for (const [what, rows, dsl, deputy] of tables) {
    it(`names the lead and the deputy (${what})`, () => {
      const text = policy(rows);
      expect(namesFor(text, "md", "dsl")).toEqual(dsl);
      expect(namesFor(text, "md", "deputy")).toEqual(deputy);
      expect(checkText(leadMissing, text, { asOf, format: "md" })).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf, format: "md" })).toEqual([]);
    });
  }

  it("a row with the role in its first cell and the name in bold beside it", () => {
    const text = policy([
      "| Role | Contact |",
      "| --- | --- |",
      "| Designated Safeguarding Lead | **Mr Olu Banjo** |",
    ]);
    expect(namesFor(text, "md", "dsl")).toEqual(["Mr Olu Banjo"]);
    expect(checkText(leadMissing, text, { asOf, format: "md" })).toEqual([]);
  });

  it("near miss: bold words that are no name under the role are still no lead", () => {
    for (const cell of ["**To be confirmed**", "**TBC**", "**See the office noticeboard**", "**Vacant**"]) {
      const text = policy([
        "| Designated Safeguarding Lead | Deputy DSL |",
        "| --- | --- |",
        `| ${cell} | ${cell} |`,
      ]);
      expect(namesFor(text, "md", "dsl")).toEqual([]);
      expect(checkText(leadMissing, text, { asOf, format: "md" })).toHaveLength(1);
    }
  });

  const bold = (t: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const cell = (runs: string) => `<w:tc><w:p>${runs}</w:p></w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
  const wordPolicy = (lead: string, deputy: string): Promise<SourceDocument> =>
    readDocumentBytes(
      wordFile({
        body: [
          p("Safeguarding and Child Protection Policy", { style: "Heading1" }),
          p("Larchmere Community Primary School."),
          `<w:tbl>${row(cell(bold("Designated Safeguarding Lead")), cell(bold("Deputy DSL")))}${row(
            cell(bold(lead)),
            cell(bold(deputy)),
          )}</w:tbl>`,
          p("Tell the Designated Safeguarding Lead about any worry the same day."),
        ].join(""),
      }),
      "larchmere.docx",
    );

  it("in a Word file, names in bold runs name the lead and the deputy", async () => {
    const document = await wordPolicy("Mrs Vela Ormond", "Mr Kit Sayle");
    const leads = analyse(document).leads;
    expect(leads.filter((m) => m.role === "dsl").flatMap((m) => m.names ?? [])).toContain("Mrs Vela Ormond");
    expect(leads.filter((m) => m.role === "deputy").flatMap((m) => m.names ?? [])).toContain("Mr Kit Sayle");
    expect(checkDocument(leadMissing, document, { asOf })).toEqual([]);
    expect(checkDocument(deputyMissing, document, { asOf })).toEqual([]);
  });

  it("near miss: in a Word file, a bold 'To be confirmed' is still no lead", async () => {
    const document = await wordPolicy("To be confirmed", "To be confirmed");
    expect(checkDocument(leadMissing, document, { asOf })).toHaveLength(1);
  });
});
