/**
 * lead-missing (forty-seventh session, held-out riding school), in our own words; every name is invented. As of 1
 * December 2026.
 * A table of contacts names the owner and the deputy and leaves the lead's name cell empty ("| Yard Manager and
 * Safeguarding Lead |  | 01632 960 741 |"); the text speaks only of "the Safeguarding Lead". A sentence that names a
 * person beside the role ("The Safeguarding Lead will decide what to do and will let Mr Quennell know") does not name
 * the lead when the table gives that person another job ("| Owner | Mr Ivo Quennell | … |"): nobody is named as the
 * lead (lead-missing). In Markdown and Word.
 * Stays as it is: a person the table gives no other job, named in the role's sentence ("Our Safeguarding Lead, who
 * is Mrs Petra Solway, …" in a wording the layouts may not know) is still taken for the lead; a table whose owner's
 * row also holds the lead's role names the lead.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (rows: string[][], sentences: string[]): SourceDocument[] => {
  const header = ["Role", "Name", "Phone"];
  return [
    markdownDocument(
      [
        "# Tansley Vale Stables – Safeguarding Policy",
        "",
        "## Who is responsible",
        "",
        `| ${header.join(" | ")} |`,
        "|---|---|---|",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
        "## If you are worried",
        "",
        ...sentences.flatMap((s) => [s, ""]),
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Tansley Vale Stables – Safeguarding Policy</h1>",
        "<h2>Who is responsible</h2>",
        "<table>",
        `<tr>${header.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`,
        ...rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`),
        "</table>",
        "<h2>If you are worried</h2>",
        ...sentences.map((s) => `<p>${s}</p>`),
      ].join(""),
    ),
  ];
};

const ROWS = [
  ["Owner", "Mr Ivo Quennell", "01632 960 740"],
  ["Yard Manager and Safeguarding Lead", "", "01632 960 741"],
  ["Deputy Safeguarding Lead", "Ms Fenella Orchard-Price (Senior Coach)", "07700 900 742"],
];

const findings = (document: SourceDocument) => run(leadMissing, document).map((f) => f.message);

describe("a person the table gives another job, in the lead's sentence", () => {
  for (const sentence of [
    "The Safeguarding Lead will decide what to do and will let Mr Quennell know.",
    "The Safeguarding Lead or Mr Quennell will contact the LADO within one working day.",
    "The Safeguarding Lead will tell Mr Ivo Quennell about every referral.",
    "Tell the Safeguarding Lead, or Mr Quennell if the worry is about the Safeguarding Lead.",
  ])
    it(`names nobody as the lead: ${sentence}`, () => {
      for (const document of layouts(ROWS, ["Speak to the Safeguarding Lead the same day.", sentence])) {
        const found = findings(document);
        expect(found, document.format).toHaveLength(1);
      }
    });
});

describe("stays as it is", () => {
  it("a person the table gives no other job, in the lead's sentence", () => {
    const sentence = "Our Safeguarding Lead, who is Mrs Petra Solway, will decide what to do.";
    for (const document of layouts(ROWS, [sentence])) expect(findings(document), document.format).toEqual([]);
  });

  it("the owner's row holds the lead's role too", () => {
    const rows = [["Owner and Safeguarding Lead", "Mr Ivo Quennell", "01632 960 740"], ROWS[2]];
    const sentence = "The Safeguarding Lead will tell Mr Quennell about every referral.";
    for (const document of layouts(rows, [sentence])) expect(findings(document), document.format).toEqual([]);
  });
});
