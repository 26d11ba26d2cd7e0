/**
 * training-missing (held-out zz169), in our own words; every name is invented. As of 1 December 2026.
 * A school names its leads in full in prose ("Our senior teacher, Dai Treharne-Lewis, is the Deputy Designated
 * Safeguarding Lead"), then lists its teachers' training in a table by first name only:
 *   "| Name | Teaches | Enhanced DBS | Safeguarding training | Next course |"
 *   "| Dai | Tap, modern (deputy DSL) | 14/06/2024 | Designated Safeguarding Lead (Level 3), 24 November 2025 | n/a |".
 * Now counts: a first name alone in the table's name column that is the first name of exactly one person the document
 * names is that person (the first-name resolver the prose records use), so the row is the lead's training record.
 * The DBS column's date stays the check's, not the course's.
 * Stays as it is: a first name two named leads share is nobody's (neither has a record); a first name nobody in the
 * document has stays a person of their own (the lead still has no record).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "The Quillon School of Dance — Safeguarding Policy";
const HEADER = ["Name", "Teaches", "Enhanced DBS", "Safeguarding training", "Next course"];

const documents = (leads: string[], rows: string[][], header = HEADER): SourceDocument[] => [
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## Who leads on safeguarding",
      "",
      ...leads.flatMap((l) => [l, ""]),
      "## Our teachers and training",
      "",
      `| ${header.join(" | ")} |`,
      `|${header.map(() => "---").join("|")}|`,
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      "<h2>Who leads on safeguarding</h2>",
      ...leads.map((l) => `<p>${l}</p>`),
      "<h2>Our teachers and training</h2>",
      `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
        .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
        .join("")}</table>`,
    ].join(""),
  ),
];

const missing = (document: SourceDocument) => run(trainingMissing, document).map((f) => f.message);

const LEADS = [
  "Designated Safeguarding Lead: Ysolde Quenby-Hart, Principal (07700 900 630).",
  "Our senior teacher, Dai Treharne-Lewis, is the Deputy Designated Safeguarding Lead (07700 900 631).",
];
const OTHERS = [
  [
    "Peredur Okonkwo-Vale",
    "Contemporary",
    "03/10/2025",
    "Safeguarding Children Level 2, 19 January 2025",
    "n/a",
  ],
  ["Tamsin Greave", "Baby ballet", "11/02/2025", "Safeguarding Children Level 2, Oct 2024", "n/a"],
];

describe("a first name alone in the training table's name column", () => {
  for (const [what, rows] of [
    [
      "both leads by first name",
      [
        [
          "Ysolde",
          "Ballet, Principal",
          "Update Service, checked 2 Sept 2026",
          "Designated Safeguarding Lead (Level 3), 17 March 2025",
          "Booked: DSL refresher, 9 March 2027",
        ],
        [
          "Dai",
          "Tap, modern (deputy DSL)",
          "14/06/2024",
          "Designated Safeguarding Lead (Level 3), 24 November 2025",
          "n/a",
        ],
        ...OTHERS,
      ],
    ],
    [
      "one lead by first name, the other in full",
      [
        [
          "Ysolde Quenby-Hart",
          "Ballet",
          "02/09/2026",
          "Designated Safeguarding Lead (Level 3), 17 March 2025",
          "n/a",
        ],
        ["Dai", "Tap", "14/06/2024", "DSL training, 24 November 2025", "n/a"],
        ...OTHERS,
      ],
    ],
    [
      "the first names in bold",
      [
        [
          "**Ysolde**",
          "Ballet",
          "02/09/2026",
          "Designated Safeguarding Lead (Level 3), 17 March 2025",
          "n/a",
        ],
        ["**Dai**", "Tap", "14/06/2024", "Designated Safeguarding Lead (Level 3), 24 November 2025", "n/a"],
        ...OTHERS,
      ],
    ],
  ] as const)
    it(`is that lead's record: ${what}`, () => {
      for (const document of documents(
        LEADS,
        rows.map((r) => [...r]),
      ))
        expect(missing(document), document.format).toEqual([]);
    });
});

describe("stays as it is", () => {
  it("a first name two named leads share is nobody's", () => {
    const leads = [
      ...LEADS,
      "Our exams co-ordinator, Dai Ellery-Moss, is also a Deputy Designated Safeguarding Lead.",
    ];
    const rows = [
      ["Ysolde", "Ballet", "02/09/2026", "Designated Safeguarding Lead (Level 3), 17 March 2025", "n/a"],
      ["Dai", "Tap", "14/06/2024", "Designated Safeguarding Lead (Level 3), 24 November 2025", "n/a"],
      ...OTHERS,
    ];
    for (const document of documents(leads, rows)) {
      const messages = missing(document);
      expect(messages.join("\n"), document.format).toMatch(/Dai Treharne-Lewis/);
      expect(messages.join("\n"), document.format).toMatch(/Dai Ellery-Moss/);
      expect(messages.join("\n"), document.format).not.toMatch(/Ysolde/);
    }
  });

  it("a first name nobody in the document has is a person of their own", () => {
    const rows = [
      ["Ysolde", "Ballet", "02/09/2026", "Designated Safeguarding Lead (Level 3), 17 March 2025", "n/a"],
      ["Branwen", "Tap", "14/06/2024", "Designated Safeguarding Lead (Level 3), 24 November 2025", "n/a"],
      ...OTHERS,
    ];
    for (const document of documents(LEADS, rows)) {
      const messages = missing(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/Dai Treharne-Lewis/);
    }
  });
});
