/**
 * training-undated (session 49, held-out zz167), in our own words; every name is invented. As of 1 December 2026.
 * A choir's residential courses each list their post-holders under the course's title: "**Spring Course 2027
 * (29 March – 3 April), Marrowby Hall**" over "- Course Welfare Lead: Ruairi Kettleby-Osei" and "- Chaperones: Mrs
 * Ada Pell, Mr Bram Hoskins". "Course Welfare Lead" is a post on the course (the word "Course" names the residential
 * course), and the line says who holds it: a "POST: NAME" line — its left side a post (ending in Lead, Officer,
 * Co-ordinator, Manager, Contact, Leader, Chaperone …) and its right side only a person's name (and maybe a phone) —
 * is no training record, so no "listed without a date" error.
 * Stays as it is: "Designated Safeguarding Lead training: 12 May 2024" (a course with its date: no error); "Course
 * Welfare Lead training – date" under a person's name (a course with its date left to fill in: the error stays);
 * "Level 3 DSL course: Mrs Ada Pell, 4 March 2025" (a course and its holder's date: no error); "Course Welfare Lead:
 * Ruairi Kettleby-Osei – Level 3 safeguarding course" (a course named after the name: the undated error stays).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Brackenfold Youth Choir — Safeguarding Policy";
const LEADS = [
  "Designated Safeguarding Lead: Mrs Imelda Corrigan (01632 960111)",
  "Deputy Designated Safeguarding Lead: Mr Oswin Tully (01632 960112)",
];
const TRAINED =
  "Mrs Imelda Corrigan completed Designated Safeguarding Lead training on 3 March 2026. Mr Oswin Tully completed it on 4 April 2026.";

/** One course's title over its list of posts, in Markdown, Word (HTML as mammoth gives it) and a PDF's text. */
function layouts(course: string, items: string[]): SourceDocument[] {
  const intro = "Every residential course has a Course Welfare Lead and named chaperones.";
  return [
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## 1. Who to contact",
        "",
        ...LEADS.flatMap((l) => [l, ""]),
        "## 4. Residential courses",
        "",
        intro,
        "",
        `**${course}**`,
        ...items.map((i) => `- ${i}`),
        "",
        "## 7. Training",
        "",
        TRAINED,
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        "<h2>1. Who to contact</h2>",
        ...LEADS.map((l) => `<p>${l}</p>`),
        "<h2>4. Residential courses</h2>",
        `<p>${intro}</p>`,
        `<p><strong>${course}</strong></p>`,
        `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`,
        "<h2>7. Training</h2>",
        `<p>${TRAINED}</p>`,
      ].join(""),
    ),
    pdfDocument(
      [
        TITLE,
        "1. Who to contact",
        ...LEADS,
        "4. Residential courses",
        intro,
        course,
        ...items.map((i) => `● ${i}`),
        "7. Training",
        TRAINED.replace(/(.{60,75}?) /g, "$1\n"),
      ].join("\n"),
    ),
  ];
}

const messages = (document: SourceDocument) => run(trainingUndated, document).map((f) => f.message);

describe("a post on a course and the name of its holder is no training record", () => {
  for (const [course, items] of [
    [
      "Spring Course 2027 (29 March – 3 April), Marrowby Hall",
      ["Course Welfare Lead: Ruairi Kettleby-Osei", "Chaperones: Mrs Ada Pell, Mr Bram Hoskins"],
    ],
    [
      "Summer Course 2027 (1 – 8 August), Marrowby Hall",
      ["Course Welfare Lead: Dr Petra Wynstanley", "Chaperones: Mrs Ada Pell, Ms Lys Ogunwale"],
    ],
    [
      "Autumn Course 2027, Marrowby Hall",
      ["Course Welfare Lead: Ruairi Kettleby-Osei (07700 900341)", "Chaperones: to be confirmed"],
    ],
    [
      "Winter Course 2027, Marrowby Hall",
      ["Course Welfare Officer: Mrs Delyth Arrowsmith", "Course Chaperone: Mr Bram Hoskins"],
    ],
    [
      "Induction weekend, Marrowby Hall",
      ["Induction Course Co-ordinator: Mr Tiernan Foyle", "Course Manager: Ms Lys Ogunwale"],
    ],
    ["Refresher Course weekend, Marrowby Hall", ["Refresher Course Leader: Mrs Delyth Arrowsmith"]],
  ] as const)
    it(`${items[0]}`, () => {
      for (const document of layouts(course, [...items]))
        expect(messages(document), document.format).toEqual([]);
    });
});

describe("stays as it is", () => {
  it("a lead's course with its date: no error", () => {
    for (const document of layouts("Spring Course 2027, Marrowby Hall", [
      "Course Welfare Lead: Ruairi Kettleby-Osei",
      "Designated Safeguarding Lead training: 12 May 2024",
    ]))
      expect(messages(document), document.format).toEqual([]);
  });

  it("a course and its holder's date: no error", () => {
    for (const document of layouts("Spring Course 2027, Marrowby Hall", [
      "Level 3 DSL course: Mrs Ada Pell, 4 March 2025",
    ]))
      expect(messages(document), document.format).toEqual([]);
  });

  it("a post's course with its date left to fill in under the person's name: the error stays", () => {
    const document = markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## 1. Who to contact",
        "",
        ...LEADS.flatMap((l) => [l, ""]),
        "## 7. Training",
        "",
        TRAINED,
        "",
        "**Ruairi Kettleby-Osei**",
        "- Course Welfare Lead training – date",
        "",
      ].join("\n"),
    );
    const found = messages(document);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Kettleby-Osei.*without a date/);
  });

  it("a course named after the holder's name, undated: the error stays", () => {
    for (const document of layouts("Spring Course 2027, Marrowby Hall", [
      "Course Welfare Lead: Ruairi Kettleby-Osei – Level 3 safeguarding course",
    ])) {
      const found = messages(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toMatch(/Kettleby-Osei.*without a date/);
    }
  });
});
