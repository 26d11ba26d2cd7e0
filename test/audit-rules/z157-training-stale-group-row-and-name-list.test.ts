/**
 * training-stale (session 47, held-out sets zz158 and zz159), in our own words; every name is invented. As of
 * 1 December 2026.
 * 1. A coach matrix whose last row stands for a group, named by a job in the plural with who they are in brackets:
 *    "| Poolside helpers (parents) | all squads | — | Online awareness module on joining | |". The coaches' column
 *    is still a column of people's names, so a coach's course of 14/06/2023 has lapsed (36 months) — an error.
 * 2. Names alone on their lines, each over a list of that person's courses ("Orla Whitby-Crane (Assistant)" /
 *    "- Safeguarding children Level 2, 8 January 2026"). A double-barrelled surname whose first part the tagger reads
 *    as a town ("Whitby") is still a name, judged by its other part; the list under it is that person's, not the
 *    person's above — whose course of 14 November 2023 has lapsed.
 * Stays as it is: the group's own row is no one's record; a name the tagger knows stays as it was read; a place
 * alone on its line over a list ("Whitby-Crane Sands", a double-barrelled word and no first name) names no one.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const stale = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);

const HEAD = [
  "# Safeguarding Policy — Brackenmoor Otters Swimming Club",
  "",
  "Welfare Officer: Petra Lindqvist-Hale, 07700 900 431",
  "",
];

function matrix(lastRow: string): SourceDocument[] {
  const rows = [
    "| Coach | Squad | Qualification | Safeguarding Children | DBS (enhanced, year) |",
    "|---|---|---|---|---|",
    "| Imogen Castellan-Reed | Youth | Level 3 Coach | 21/09/2024 | 2024 |",
    "| Dorian Mbeki-Hollis | Age Group | Level 2 Coach | 14/06/2023 | 2023 |",
    "| Wren Albery | Minnows | Level 1 Assistant | 03/12/2025 | 2025 |",
    lastRow,
  ];
  const cells = (row: string) =>
    row
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim());
  const html = rows
    .filter((r) => !r.startsWith("|---"))
    .map(
      (r, i) =>
        `<tr>${cells(r)
          .map((c) => (i === 0 ? `<td><p><strong>${c}</strong></p></td>` : `<td><p>${c}</p></td>`))
          .join("")}</tr>`,
    )
    .join("");
  return [
    markdownDocument(
      [
        ...HEAD,
        "## 2. Coaches",
        "",
        ...rows,
        "",
        "Coaches renew Safeguarding Children every three years.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      `<h1>Safeguarding Policy — Brackenmoor Otters Swimming Club</h1><p>Welfare Officer: Petra Lindqvist-Hale, 07700 900 431</p><h2>2. Coaches</h2><table>${html}</table><p>Coaches renew Safeguarding Children every three years.</p>`,
    ),
  ];
}

describe("a coach matrix whose last row is a group with who they are in brackets", () => {
  for (const last of [
    "| Poolside helpers (parents) | all squads | — | Online awareness module on joining | where eligible |",
    "| Lane marshals (volunteers) | galas | — | Awareness briefing at induction | n/a |",
    "| Team helpers (parent volunteers) | all squads | — | Online module on joining | where eligible |",
    "| Gala officials (club members) | galas | — | Briefing each season | — |",
  ])
    it(`still reads the coaches' names: ${last}`, () => {
      for (const document of matrix(last)) {
        const messages = stale(document).filter((m) => m.includes("Mbeki-Hollis"));
        expect(messages, document.format).toHaveLength(1);
        expect(messages[0], document.format).toMatch(/14 June 2023|14\/06\/2023/);
        expect(
          stale(document).filter((m) => /helpers|marshals|officials/i.test(m)),
          document.format,
        ).toEqual([]);
      }
    });
});

function blocks(people: [string, string[]][]): SourceDocument[] {
  const intro = [
    "# Safeguarding Policy — Thornbury Woods Forest School",
    "",
    "Designated Safeguarding Lead: Rowan Ashdown-Pike – 07700 900 702",
    "",
    "Directors: Rowan Ashdown-Pike and Hazel Tremayne",
    "",
    "**Training**",
    "",
  ];
  const md = [
    ...intro,
    ...people.flatMap(([name, courses]) => [name, ...courses.map((c) => `- ${c}`), ""]),
  ].join("\n");
  const html = [
    "<h1>Safeguarding Policy — Thornbury Woods Forest School</h1>",
    "<p>Designated Safeguarding Lead: Rowan Ashdown-Pike – 07700 900 702</p>",
    "<p>Directors: Rowan Ashdown-Pike and Hazel Tremayne</p>",
    "<p><strong>Training</strong></p>",
    ...people.map(
      ([name, courses]) => `<p>${name}</p><ul>${courses.map((c) => `<li>${c}</li>`).join("")}</ul>`,
    ),
  ].join("");
  return [markdownDocument(md), wordDocument(html)];
}

const ROWAN: [string, string[]] = [
  "Rowan Ashdown-Pike",
  ["Designated Safeguarding Lead training, Level 3 (Elmshire SCP) 2 May 2025", "Safer recruitment 11/2025"],
];
const HAZEL: [string, string[]] = [
  "Hazel Tremayne",
  ["Safeguarding children Level 2, 14 November 2023", "Paediatric first aid (12 hour) 20 October 2025"],
];

describe("a name over its list of courses, its surname's first part a town's", () => {
  for (const next of [
    "Orla Whitby-Crane (Forest School Assistant)",
    "Orla Whitby-Crane",
    "Tamsin Durham-Pryce (Practitioner)",
    "Ffion Whitby-Quist, Early Years Practitioner",
  ])
    it(`opens that person's block, so the course above still lapsed: ${next}`, () => {
      for (const document of blocks([
        ROWAN,
        HAZEL,
        [next, ["Safeguarding children Level 2, 8 January 2026"]],
      ])) {
        const messages = stale(document);
        expect(
          messages.filter((m) => m.includes("Hazel Tremayne")),
          document.format,
        ).toHaveLength(1);
        expect(
          messages.filter((m) => /Whitby|Durham/.test(m)),
          document.format,
        ).toEqual([]);
      }
    });

  it("and that person's own lapsed course is theirs", () => {
    for (const document of blocks([
      HAZEL,
      ["Orla Whitby-Crane (Forest School Assistant)", ["Safeguarding children Level 2, 8 January 2022"]],
    ]))
      expect(
        stale(document).filter((m) => m.includes("Orla Whitby-Crane")),
        document.format,
      ).toHaveLength(1);
  });
});

describe("stays as it is", () => {
  it("a group's row above the names: no coach's record is read from a column that is not people's", () => {
    for (const document of matrix(
      "| Poolside helpers (parents) | all squads | — | Online awareness module on joining | where eligible |",
    ))
      expect(
        stale(document).filter((m) => /parents/i.test(m)),
        document.format,
      ).toEqual([]);
  });

  it("the course under a name the document's other lines show is someone's stays theirs (no change)", () => {
    for (const document of blocks([ROWAN, HAZEL]))
      expect(
        stale(document).filter((m) => m.includes("Hazel Tremayne")),
        document.format,
      ).toHaveLength(1);
  });

  it("a place alone on its line over a list names no one", () => {
    for (const document of blocks([
      HAZEL,
      ["Whitby-Crane Sands", ["Safeguarding children Level 2, 8 January 2022"]],
    ]))
      expect(
        stale(document).filter((m) => m.includes("Whitby-Crane Sands")),
        document.format,
      ).toEqual([]);
  });
});
