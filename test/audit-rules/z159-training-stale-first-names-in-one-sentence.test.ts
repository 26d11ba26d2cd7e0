/**
 * training-stale (session 49, held-out set), in our own words; every name is invented. As of 1 December 2026.
 * A tutoring company names its lead, deputy and director in full, then lists their courses in one sentence by first
 * name, the clauses joined by commas alone: "Odette completed her DSL Level 3 course on 3 March 2025, Callum completed
 * the deputy DSL course on 12 October 2024, Lorna completed the directors' course on 18 November 2025." Each "NAME
 * completed COURSE on DATE" clause is its own record, for the person its first name stands for (the one lead of that
 * first name): the deputy's course of 12 October 2024 lapsed on 12 October 2026 — an error, his. Before, the whole
 * sentence was the first person's (her newest date hid his lapse) or, wrapped over lines, nobody's.
 * The same in a Q-and-A answer, with full names, with numeric dates, and with a group's clause after the people's.
 * Stays as it is: a first name two leads share is nobody's, also when one lead's line names both ("Our deputy DSLs are
 * Callum Prideaux-Venn … and Callum Ashworth-Pryce …"; before, the first of them); a clause whose name no lead has is
 * not the first person's (read as its own sentence would be); a clause that renews its own course ("… and renewed it on 2 October 2026"); a group's clause ("and our
 * tutor-support team, Ines Halloran and Rafe Okonjo, completed Level 2 on …") takes nobody's course.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Policy — Brightwell Online Tutoring";
const PEOPLE = [
  "Our Designated Safeguarding Lead is Odette Marchbank-Rowe, Head of Tutor Standards. Ring 01632 960 418.",
  "Callum Prideaux-Venn, our Operations Manager, is the deputy DSL and takes all concerns when Odette is away.",
  "Our Managing Director, Lorna Fairweather, is the director responsible for safeguarding.",
];

const layouts = (training: string, people = PEOPLE): SourceDocument[] =>
  sectionLayouts(TITLE, "Who to contact", [...people, training]);

const messages = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);

const ODETTE = "Odette completed her DSL Level 3 course on 3 March 2025";
const CALLUM = "Callum completed the deputy DSL course on 12 October 2024";
const LORNA = "Lorna completed the directors' safeguarding course on 18 November 2025";

describe("one sentence listing several people's courses by first name", () => {
  for (const training of [
    `${ODETTE}, ${CALLUM}, ${LORNA}.`,
    `${ODETTE}, ${CALLUM}, ${LORNA}, and our tutor-support team, Ines Halloran and Rafe Okonjo, completed Level 2 on 9 January 2025 and 27/06/2025.`,
    `**What training have the safeguarding team had?** — ${ODETTE}, ${CALLUM}, ${LORNA}.`,
    `${CALLUM}, ${ODETTE}.`,
    "Odette completed the DSL refresher on 03/03/2025, Callum completed the deputy DSL course on 12/10/2024.",
    "Odette Marchbank-Rowe completed her DSL Level 3 course on 3 March 2025, Callum Prideaux-Venn completed the deputy DSL course on 12 October 2024.",
  ])
    it(`the deputy's lapsed course is his: ${training}`, () => {
      for (const document of layouts(training)) {
        const found = messages(document);
        expect(found, document.format).toHaveLength(1);
        expect(found[0], document.format).toMatch(/Prideaux-Venn/);
        expect(found[0], document.format).toMatch(/12 October 2024|12\/10\/2024/);
      }
    });

  it("the first person's lapsed course is hers, not hidden by the next person's newer date", () => {
    const training =
      "Odette completed her DSL Level 3 course on 3 March 2022, Callum completed the deputy DSL course on 12 October 2025.";
    for (const document of layouts(training)) {
      const found = messages(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toMatch(/Marchbank-Rowe/);
      expect(found[0], document.format).toMatch(/3 March 2022/);
    }
  });
});

describe("stays as it is", () => {
  it("a first name two leads share is nobody's", () => {
    const people = [
      PEOPLE[0],
      "Our deputy DSLs are Callum Prideaux-Venn (Operations Manager) and Callum Ashworth-Pryce (Tutor Manager).",
      PEOPLE[2],
    ];
    for (const training of [`${ODETTE}, ${CALLUM}, ${LORNA}.`, `${ODETTE}. ${CALLUM}. ${LORNA}.`])
      for (const document of layouts(training, people))
        expect(
          messages(document).filter((m) => /Prideaux-Venn|Ashworth-Pryce|Marchbank-Rowe|Fairweather/.test(m)),
          `${document.format}: ${training}`,
        ).toEqual([]);
  });

  it("a clause whose first name no lead has is not the first person's", () => {
    const training =
      "Callum completed the deputy DSL course on 2 October 2026, Priya completed the deputy DSL course on 12 October 2024.";
    for (const document of layouts(training))
      expect(
        messages(document).filter((m) => /Prideaux-Venn|Callum/.test(m)),
        document.format,
      ).toEqual([]);
  });

  for (const [what, training] of [
    [
      "a clause that renews its own course",
      `${ODETTE}, Callum completed the deputy DSL course on 12 October 2024 and renewed it on 2 October 2026.`,
    ],
    [
      "a group's clause after the people's",
      `${ODETTE}, Callum completed the deputy DSL course on 2 October 2026, and our tutor-support team, Ines Halloran and Rafe Okonjo, completed Level 2 on 12 October 2024 and 27/06/2025.`,
    ],
  ])
    it(`${what}: no finding`, () => {
      for (const document of layouts(training)) expect(messages(document), document.format).toEqual([]);
    });
});
