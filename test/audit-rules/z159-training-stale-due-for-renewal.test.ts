/**
 * training-stale, training-missing (held-out zz166), in our own words; every name is invented. As of 1 December 2026.
 * A uniformed group lists its leaders' training one person a line, "Name – course – when", where "when" is the date the
 * course falls due again, not the date it was done: "Tamsin Rolfe – Level 2 – due for renewal Spring 2026". A due date
 * that has passed is training out of date by the policy's own words (training-stale, with the due date); one still to
 * come is current. The same for "renewal due 03/2026" and "due June 2026". The person's name before the course is no
 * other subject's name ("Makaton Level 1"): the line is their record.
 * A church officer's line with their job in brackets after the name, then a course and the year it was done, then a
 * booking: "Gareth Linley (church Safeguarding Officer) – Methodist Foundation module 2025; Advanced module booked
 * March 2027" records the 2025 module (the booking is a course still to come): he has training (no training-missing).
 * Stays as it is: a line with the booking alone (training-missing keeps); "completed D1, due for renewal D2" is read by
 * its completion; a due date still to come reports nothing.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Safeguarding Policy — 3rd Larkbrook Girls' Brigade";
const CONTACTS = [
  "Company Captain and Safeguarding Coordinator: Mrs Wendy Ashcombe (07700 900 311)",
  "Deputy Safeguarding Coordinator: Miss Tamsin Rolfe (07700 900 312)",
  "Church Safeguarding Officer: Mr Gareth Linley (01632 960 313)",
];
const INTRO =
  "Leaders complete the movement's safeguarding course on appointment; Level 2 is renewed every three years.";
const CAPTAIN = "Wendy Ashcombe – Level 3 – completed 12 March 2025, due for renewal March 2028";
const OFFICER =
  "Gareth Linley (church Safeguarding Officer) – Methodist Foundation module 2025; Advanced module booked March 2027";

/** The policy in Markdown, Word and a PDF's text: who to contact, then one training line a person. */
function layouts(training: string[]): SourceDocument[] {
  const sections: Array<[string, string[]]> = [
    ["Who to contact", CONTACTS],
    ["Leaders' training", [INTRO, ...training]],
  ];
  return [
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        ...sections.flatMap(([h, ps]) => [`## ${h}`, "", ...ps.flatMap((p) => [p, ""])]),
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        ...sections.flatMap(([h, ps]) => [`<h2>${h}</h2>`, ...ps.map((p) => `<p>${p}</p>`)]),
      ].join(""),
    ),
    pdfDocument([TITLE, ...sections.flatMap(([h, ps]) => [h, ...ps])].join("\n")),
  ];
}

const about = (name: string, messages: string[]) => messages.filter((m) => m.includes(name));
const stale = (document: SourceDocument, name: string) =>
  about(
    name,
    run(trainingStale, document).map((f) => f.message),
  );
const missing = (document: SourceDocument, name: string) =>
  about(
    name,
    run(trainingMissing, document).map((f) => f.message),
  );

describe("a course's line dated by when it falls due again", () => {
  for (const [line, due] of [
    ["Tamsin Rolfe – Level 2 – due for renewal Spring 2026", /Spring 2026/],
    ["Tamsin Rolfe – Level 2 – due for renewal March 2026", /March 2026/],
    ["Tamsin Rolfe – Level 2 safeguarding – renewal due 03/2026", /March 2026/],
    ["Tamsin Rolfe – Level 2 – due June 2026", /June 2026/],
    ["Tamsin Rolfe – Safeguarding Level 2 (e-learning) – due for renewal Summer 2026", /Summer 2026/],
  ] as const)
    it(`has lapsed once the due date has passed: ${line}`, () => {
      for (const document of layouts([CAPTAIN, line, OFFICER])) {
        const messages = stale(document, "Rolfe");
        expect(messages, document.format).toHaveLength(1);
        expect(messages[0], document.format).toMatch(due);
        expect(missing(document, "Rolfe"), document.format).toEqual([]);
      }
    });

  for (const line of [
    "Tamsin Rolfe – Level 2 – due for renewal Autumn 2027",
    "Tamsin Rolfe – Level 2 – renewal due 09/2027",
    "Tamsin Rolfe – Level 2 – due February 2027",
  ])
    it(`is current while the due date is still to come: ${line}`, () => {
      for (const document of layouts([CAPTAIN, line, OFFICER])) {
        expect(stale(document, "Rolfe"), document.format).toEqual([]);
        expect(missing(document, "Rolfe"), document.format).toEqual([]);
      }
    });
});

describe("a person's job in brackets after the name, then a course and its year, then a booking", () => {
  for (const officer of [
    OFFICER,
    "Gareth Linley (church Safeguarding Officer) – Foundation module 2025; Advanced module booked March 2027",
    "Gareth Linley (Safeguarding Officer) – Safeguarding Foundation module 2025; refresher booked for 14 March 2027",
    "Gareth Linley (church Safeguarding Officer) – Safeguarding awareness 2024; Advanced module booked March 2027",
  ])
    it(`is a record of the course done that year: ${officer}`, () => {
      for (const document of layouts([
        CAPTAIN,
        "Tamsin Rolfe – Level 2 – due for renewal Autumn 2027",
        officer,
      ]))
        expect(missing(document, "Linley"), document.format).toEqual([]);
    });
});

describe("stays as it is", () => {
  it("a booking alone is no record: the officer still has none", () => {
    for (const document of layouts([
      CAPTAIN,
      "Tamsin Rolfe – Level 2 – due for renewal Autumn 2027",
      "Gareth Linley (church Safeguarding Officer) – Advanced module booked March 2027",
    ]))
      expect(missing(document, "Linley"), document.format).toHaveLength(1);
  });

  it("a completion date with its renewal date is read by the completion", () => {
    for (const document of layouts([
      "Wendy Ashcombe – Level 3 – completed 12 March 2023, due for renewal March 2025",
      "Tamsin Rolfe – Level 2 – due for renewal Autumn 2027",
      OFFICER,
    ])) {
      const messages = stale(document, "Ashcombe");
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/12 March 2023/);
    }
    for (const document of layouts([
      CAPTAIN,
      "Tamsin Rolfe – Level 2 – due for renewal Autumn 2027",
      OFFICER,
    ]))
      expect(stale(document, "Ashcombe"), document.format).toEqual([]);
  });
});
