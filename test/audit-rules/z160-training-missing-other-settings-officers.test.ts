/**
 * training-missing (held-out set 169), in our own words; every name is invented. As of 1 December 2026.
 * The pattern: a policy that covers several organisations lists each one's own officers in a table whose first column
 * names the organisation ("| School | Designated Safeguarding Lead | Deputy DSL |", "| Club | Club Welfare Officer |"),
 * lists training only for its own central people, and says the others' records or appointments are theirs: "School
 * records are held by each school", "Training records are kept by each club", "The Welfare Officers below are
 * appointed by their clubs, not by the League". The people in that table's rows are not the people whose training
 * this policy lists: no "none for …" error for them.
 * Stays as it is: a nursery group's table of its own sites' leads with no such statement (each site is the policy's
 * own setting); "Records are kept securely by the Safeguarding Officer" and "Child protection records are held by
 * each school" (concern records, not training) excuse nobody; the policy's own lead named outside the table, with no
 * training listed, keeps the error though the table's people are excused.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

type Part = string | { table: string[][] } | { list: string[] };
type Section = { heading: string; parts: Part[] };

const mdTable = (rows: string[][]) => [
  `| ${rows[0].join(" | ")} |`,
  `|${rows[0].map(() => "---").join("|")}|`,
  ...rows.slice(1).map((r) => `| ${r.join(" | ")} |`),
];
const htmlTable = (rows: string[][]) =>
  `<table>${rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th><p>${c}</p></th>` : `<td><p>${c}</p></td>`)).join("")}</tr>`).join("")}</table>`;

/** One policy as Markdown and as a Word document (tables kept as tables). */
function layouts(title: string, sections: Section[]): SourceDocument[] {
  const md: string[] = [`# ${title}`, ""];
  const html: string[] = [`<h1>${title}</h1>`];
  for (const s of sections) {
    md.push(`## ${s.heading}`, "");
    html.push(`<h2>${s.heading}</h2>`);
    for (const p of s.parts) {
      if (typeof p === "string") {
        md.push(p, "");
        html.push(`<p>${p}</p>`);
      } else if ("table" in p) {
        md.push(...mdTable(p.table), "");
        html.push(htmlTable(p.table));
      } else {
        md.push(...p.list.map((item) => `- ${item}`), "");
        html.push(`<ul>${p.list.map((item) => `<li>${item}</li>`).join("")}</ul>`);
      }
    }
  }
  return [markdownDocument(md.join("\n")), wordDocument(html.join(""))];
}

const missing = (document: SourceDocument) =>
  run(trainingMissing, document)
    .map((f) => f.message)
    .filter((m) => /but none for/.test(m));

const SCHOOLS = {
  table: [
    ["School", "Designated Safeguarding Lead", "Deputy DSL(s)"],
    ["Brackenlow Primary", "Mr Eifion Tredway", "Mrs Dalia Hurst; Miss Anouk Pell"],
    ["Corriemoor Academy", "Ms Saoirse Lendal", "Mr Kofi Ambler, Mrs Ilse Varney"],
    ["Ravensgill Infant School", "Mrs Petra Holcombe", "Mr Joss Wetherall"],
  ],
};

/** A trust's policy: its own lead and team trained and listed, each school's leads in a table. */
function trust(recordsSentence: string, options: { trustLeadTrained?: boolean } = {}): Section[] {
  return [
    {
      heading: "1. The Trust safeguarding team",
      parts: [
        "The Trust Safeguarding Lead is Mrs Honor Blakeway-Osei, who supports every school's designated safeguarding lead. She can be reached on 01632 960512.",
        "The Director of Education, Mr Lorcan Fitt, stands in for her on Trust matters; he is not a designated safeguarding lead for any school.",
      ],
    },
    {
      heading: "2. Roles in each school",
      parts: [
        "Every school has its own designated safeguarding lead and at least one deputy. Concerns about a pupil go first to the school's lead.",
        SCHOOLS,
      ],
    },
    {
      heading: "3. Training",
      parts: [
        "Designated leads and deputies renew their training every two years.",
        "Trust-level records:",
        {
          list: [
            ...(options.trustLeadTrained === false
              ? []
              : ["Mrs Honor Blakeway-Osei – DSL refresher, 12 March 2026"]),
            "Mr Lorcan Fitt – Safeguarding for senior leaders, 20 January 2026",
          ],
        },
        recordsSentence,
      ],
    },
  ];
}

const CLUBS = {
  table: [
    ["Club", "Age groups", "Club Welfare Officer", "Contact"],
    ["Thornbeck Rovers JFC", "U7–U14", "Maddox Ferrier", "07700 900613"],
    ["Ellerby Colts", "U9–U18", "Greer Oduya and Ansel Oduya (joint)", "07700 900614"],
    ["Kestle Vale Girls FC", "U10–U16", "Marisol Tanqueray", "07700 900615"],
  ],
};

/** A league's policy: its own officers trained in a table, member clubs' officers in another. */
function league(clubsSentence: string, trainingSentence = ""): Section[] {
  return [
    {
      heading: "1. League officers",
      parts: [
        "League Welfare Officer: Mrs Rhian Castellane, 07700 900611",
        "Deputy League Welfare Officer: Mr Oren Blaxill, 07700 900612",
      ],
    },
    {
      heading: "2. Member clubs",
      parts: [`Concerns at a club session go first to that club's welfare officer. ${clubsSentence}`, CLUBS],
    },
    {
      heading: "3. Training",
      parts: [
        ...(trainingSentence ? [trainingSentence] : []),
        "League officers' training:",
        {
          table: [
            ["Officer", "Course", "Date"],
            ["Rhian Castellane (LWO)", "FA Safeguarding Children", "14/09/2025"],
            ["Oren Blaxill (Deputy LWO)", "FA Safeguarding Children", "22/04/2025"],
          ],
        },
      ],
    },
  ];
}

describe("officers of the other organisations a policy lists, whose records or appointments are their own", () => {
  for (const sentence of [
    "School records are held by each school and checked by the Trust at the termly audit.",
    "Training records for school staff are kept by each school.",
    "The schools' leads' training records are held by each school and checked termly.",
  ])
    it(`a trust's school leads: ${sentence}`, () => {
      for (const document of layouts("Brackenlow Learning Trust — Safeguarding Policy", trust(sentence)))
        expect(missing(document), document.format).toEqual([]);
    });

  for (const sentence of [
    "The welfare officers below are appointed by their clubs, not by the League; they are listed so that parents can find them.",
    "Each of these officers is appointed by their own club.",
  ])
    it(`a league's member clubs' officers: ${sentence}`, () => {
      for (const document of layouts(
        "Ellerby & District Junior League — Safeguarding Policy",
        league(sentence),
      ))
        expect(missing(document), document.format).toEqual([]);
    });

  it("a league that says the clubs keep their officers' training records", () => {
    for (const document of layouts(
      "Ellerby & District Junior League — Safeguarding Policy",
      league(
        "They are listed so that parents can find them.",
        "Club officers' training records are kept by each club.",
      ),
    ))
      expect(missing(document), document.format).toEqual([]);
  });
});

describe("stays as it is", () => {
  const sites: Section[] = [
    {
      heading: "Our nurseries",
      parts: [
        "Mrs Tamsin Orrell is the group's Designated Safeguarding Lead for all three nurseries (01632 960520).",
        {
          table: [
            ["Site", "Site DSL", "Telephone"],
            ["Hazelgarth", "Ms Yusra Penhallow", "01632 960521"],
            ["Quarry Lane", "Mrs Bethan Ruddle", "01632 960522"],
          ],
        },
      ],
    },
    {
      heading: "Training",
      parts: [
        {
          table: [
            ["Name", "Course", "Completed"],
            ["Mrs Tamsin Orrell", "Designated Safeguarding Lead training", "02/02/2026"],
            ["Ms Yusra Penhallow", "Designated Safeguarding Lead training", "18/05/2025"],
          ],
        },
      ],
    },
  ];
  const bethan = (sections: Section[]) => {
    for (const document of layouts("Little Acorns Nursery Group — Safeguarding Policy", sections))
      expect(
        missing(document).filter((m) => m.includes("Bethan Ruddle")),
        document.format,
      ).toHaveLength(1);
  };

  it("a nursery group's own sites' leads, with no word that their records are kept elsewhere", () =>
    bethan(sites));

  for (const sentence of [
    "Records are kept securely by the Safeguarding Officer.",
    "Child protection records are held by each site and passed on when a child leaves.",
  ])
    it(`concern records, not training: ${sentence}`, () =>
      bethan([...sites, { heading: "Records", parts: [sentence] }]));

  it("the trust's own lead, named outside the table, with no training listed", () => {
    for (const document of layouts(
      "Brackenlow Learning Trust — Safeguarding Policy",
      trust("School records are held by each school and checked by the Trust at the termly audit.", {
        trustLeadTrained: false,
      }),
    )) {
      const messages = missing(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/Blakeway-Osei/);
    }
  });
});

describe("a PDF's text with no table blocks", () => {
  // The PDF reader gives the table as a block (the held-out trust's PDF is read right); a PDF's bare text layer
  // ("School Designated Safeguarding Lead Deputy DSL(s)" over "Brackenlow Primary Mr Eifion Tredway …") has no block
  // to scope the rows by, and its flattened-table reader still names the school leads. Not done this session.
  it.todo("a trust's school leads in a flattened table under 'School records are held by each school'");
});
