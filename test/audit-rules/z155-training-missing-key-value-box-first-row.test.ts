/**
 * training-missing (held-out set zz151), in our own words; every name is invented. As of 1 December 2026.
 * A school's policy opens with a box of its details, two cells a row: "| Policy owner | Designated Safeguarding Lead
 * |" then "| Approved by | Full Governing Body (Minute 24/17) |", "| Date approved | 4th November 2025 |", "| Review |
 * Annually |", "| Version | 6.1 |". Markdown and Word mark its first row as the table's header, so the lead's title
 * seemed to head a column, and "Full Governing Body" under it was read as the lead — a false "none for Full Governing
 * Body (designated safeguarding lead)". A table whose first column's labels are a policy's details ("Approved by",
 * "Date approved", "Review", "Version") is a key-value box: its first row is a pair too, heading no column. Now no
 * finding for what stands under it, in Markdown, Word and PDF alike; the box's review is still read (review-overdue).
 * Stays as it is: a table of sites under the lead's title ("| Site | Designated Safeguarding Lead |" over "| North
 * Campus | Mrs … |") names each site's lead; a header of two roles over their holders; a lead named in a body row of
 * the box ("| Designated Safeguarding Lead | Mrs … |") is the lead, and is reported without a record.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { type Part, tableSectionLayouts } from "../helpers/table-section-layouts.js";

const TITLE = "Ravensmoor Catholic High School — Child Protection Policy";

const TEAM: Part[] = [
  [
    ["Role", "Name", "Telephone"],
    ["Designated Safeguarding Lead", "Mrs Philippa Oduya-Banks", "01632 960 411"],
    ["Deputy Designated Safeguarding Lead", "Mr Callum Treherne", "01632 960 412"],
  ],
  "Training: Mrs Philippa Oduya-Banks completed DSL training on 12 March 2025. Mr Callum Treherne completed DSL training on 3 June 2025.",
];

const layouts = (box: string[][], after: Part[] = TEAM): SourceDocument[] =>
  tableSectionLayouts(TITLE, "Policy details and safeguarding team", [box, ...after]);

const untrained = (document: SourceDocument) =>
  run(trainingMissing, document)
    .map((f) => f.message)
    .filter((m) => m.includes("lists safeguarding training for other people"));

describe("a key-value box whose first row is a pair", () => {
  for (const [what, box] of [
    [
      "the governing body under the lead's title",
      [
        ["Policy owner", "Designated Safeguarding Lead"],
        ["Approved by", "Full Governing Body (Minute 24/17)"],
        ["Date approved", "4th November 2025"],
        ["Review", "Annually, by the Full Governing Body"],
        ["Version", "6.1 (KCSIE 2025 changes added)"],
      ],
    ],
    [
      "a person who approved it under the lead's title",
      [
        ["Policy owner", "Designated Safeguarding Lead"],
        ["Approved by", "Mrs Ines Faulconbridge, Chair of Governors"],
        ["Date approved", "4th November 2025"],
        ["Next review", "November 2026"],
      ],
    ],
    [
      "a document owner written as the acronym",
      [
        ["Document owner", "DSL"],
        ["Ratified by", "Dr Hamish Oyelowo-Grant (Chair of Trustees)"],
        ["Review date", "September 2027"],
        ["Status", "Current"],
      ],
    ],
    [
      "an author row first",
      [
        ["Written by", "Designated Safeguarding Lead"],
        ["Agreed by", "Mrs Rosalind Achterberg, Chair"],
        ["Applies to", "All staff, governors and volunteers"],
        ["Next review", "September 2027"],
      ],
    ],
  ] as const)
    it(`names no lead from the box: ${what}`, () => {
      for (const document of layouts(box.map((row) => [...row])))
        expect(untrained(document), document.format).toEqual([]);
    });

  it("still reads the box's review (review-overdue)", () => {
    for (const document of layouts([
      ["Policy owner", "Designated Safeguarding Lead"],
      ["Approved by", "Full Governing Body (Minute 24/17)"],
      ["Date approved", "4th November 2025"],
      ["Review", "Annually, by the Full Governing Body"],
      ["Version", "6.1"],
    ])) {
      const messages = run(reviewOverdue, document).map((f) => f.message);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/4 November 2025/);
    }
  });
});

describe("stays as it is", () => {
  it("a table of sites under the lead's title names each site's lead", () => {
    for (const document of layouts([
      ["Site", "Designated Safeguarding Lead"],
      ["North Campus", "Mrs Philippa Oduya-Banks"],
      ["South Campus", "Mr Anselm Verity-Cole"],
    ])) {
      const messages = untrained(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/none for Mr Anselm Verity-Cole \(designated/);
    }
  });

  it("a header of two roles over their holders", () => {
    for (const document of layouts([
      ["Designated Safeguarding Lead", "Deputy Designated Safeguarding Lead"],
      ["Mrs Philippa Oduya-Banks", "Mr Anselm Verity-Cole"],
    ])) {
      const messages = untrained(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/none for Mr Anselm Verity-Cole \(deputy/);
    }
  });

  it("a lead named in a body row of the box is the lead", () => {
    for (const document of layouts(
      [
        ["Policy owner", "Headteacher"],
        ["Designated Safeguarding Lead", "Mr Anselm Verity-Cole"],
        ["Approved by", "Full Governing Body"],
        ["Date approved", "4th November 2025"],
        ["Next review", "November 2026"],
      ],
      [TEAM[1]],
    )) {
      const messages = untrained(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/none for Mr Anselm Verity-Cole \(designated/);
    }
  });
});
