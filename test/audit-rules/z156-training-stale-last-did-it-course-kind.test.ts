/**
 * training-stale (review 55), in our own words; every name is invented. As of 1 December 2026.
 * A club's training paragraph names a course the group did together, then one person's own last time: "All our coaches
 * did the emergency first aid course together in January 2025; Sam Patel, who coaches the under-9s, last did it in May
 * 2021 and is booked on the next one." "it" is the course just named, and the date is that person's record of it — read
 * by the shared training reader (findTrainingLines), so the reader's test of the course's subject applies as for any
 * record: a first aid, food hygiene or minibus course is no safeguarding training and never lapses as one, whoever did
 * it when. Now counts: nothing for those courses (a false lapsed finding before). Stays as it is: a safeguarding course
 * ("the safeguarding awareness course", "the child protection training", "the Safeguarding Children module") dated long
 * ago is the person's lapsed record, named; a date still in time is none; "last did it" with no course named before it
 * in the sentence is nobody's record of anything.
 * The record being every rule's, training-missing sees a named volunteer's record beside a lead's: "The lead completed
 * the Partnership's Designated Safeguarding Lead course in February 2026" is then read as the one named lead's record
 * (as "The deputy completed …" is the one named deputy's), not "training for other people, but none for" the lead.
 * Stays as it is: "The lead" where two people hold the role is nobody's.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Policy — Brookmere Juniors Football Club";
const ROLES = [
  "Club Welfare Officer: Mrs Odile Fenwick-Rae (07700 900 431)",
  "Mrs Odile Fenwick-Rae completed the FA Safeguarding Children course on 12 March 2025.",
];

const layouts = (training: string): SourceDocument[] =>
  sectionLayouts(TITLE, "Training", [...ROLES, training]);

const patel = (document: SourceDocument) =>
  run(trainingStale, document)
    .map((f) => f.message)
    .filter((m) => m.includes("Patel"));

describe("'NAME, who …, last did it in DATE' after a course that is no safeguarding training", () => {
  for (const training of [
    "All our coaches did the emergency first aid course together in January 2025; Sam Patel, who coaches the under-9s, last did it in May 2021 and is booked on the next one.",
    "Every kitchen helper completed the food hygiene course in February 2025; Sam Patel, who runs the tea bar on match days, last did it in March 2020.",
    "Most drivers took the minibus driver training together in October 2024; Sam Patel, who drives the away team, last did it in June 2019 and will redo it this season.",
    "The whole committee attended the paediatric first aid training in April 2025; Sam Patel, who looks after the kit, last did it on 3 May 2021.",
  ])
    it(`gives nothing: ${training}`, () => {
      for (const document of layouts(training)) expect(patel(document), document.format).toEqual([]);
    });

  it("is no training record for any rule", () => {
    for (const document of layouts(
      "All our coaches did the emergency first aid course together in January 2025; Sam Patel, who coaches the under-9s, last did it in May 2021 and is booked on the next one.",
    ))
      expect(
        analyse(document).training.filter((t) => t.leadName?.includes("Patel")),
        document.format,
      ).toEqual([]);
  });
});

describe("stays as it is: a safeguarding course is the person's record", () => {
  for (const [training, date] of [
    [
      "All our coaches did the safeguarding awareness course together in January 2025; Sam Patel, who coaches the under-9s, last did it in May 2021 and is booked on the next one.",
      "May 2021",
    ],
    [
      "Most volunteers completed the child protection training in September 2024; Sam Patel, who runs the Saturday session, last did it in February 2022.",
      "February 2022",
    ],
    [
      "Our coaches took the Safeguarding Children module together in March 2025; Sam Patel, who coaches the goalkeepers, last did it on 14 July 2020.",
      "14 July 2020",
    ],
  ])
    it(`the lapsed record, named: ${training}`, () => {
      for (const document of layouts(training)) {
        const messages = patel(document);
        expect(messages, document.format).toHaveLength(1);
        expect(messages[0], document.format).toContain("Sam Patel");
        expect(messages[0], document.format).toContain(date);
      }
    });

  it("the record is every rule's: the shared training reader gives it, named", () => {
    for (const document of layouts(
      "All our coaches did the safeguarding awareness course together in January 2025; Sam Patel, who coaches the under-9s, last did it in May 2021 and is booked on the next one.",
    )) {
      const records = analyse(document).training.filter((t) => t.leadName === "Sam Patel");
      expect(
        records.map((t) => t.date?.date.first),
        document.format,
      ).toEqual(["2021-05-01"]);
      // A PDF's line break inside the course's words is a space in its name.
      expect(
        records.map((t) => t.course),
        document.format,
      ).toEqual(["safeguarding awareness course"]);
    }
  });

  for (const training of [
    // A date still in time.
    "All our coaches did the safeguarding awareness course together in January 2025; Sam Patel, who coaches the under-9s, last did it in May 2025.",
    // No course named before "it" in the sentence.
    "Sam Patel, who coaches the under-9s, last did it in May 2021 and is booked on the next one.",
    "All our coaches did the safeguarding awareness course together in January 2025. We meet on Saturdays. Sam Patel, who coaches the under-9s, last did it in May 2021.",
  ])
    it(`gives nothing: ${training}`, () => {
      for (const document of layouts(training)) expect(patel(document), document.format).toEqual([]);
    });
});

describe("'The lead completed …' beside a volunteer's record: the one named lead's record", () => {
  const policy = (roles: string[]) =>
    markdownDocument(
      [
        "# Netherby Juniors – Keeping Children Safe",
        "",
        ...roles.flatMap((r) => [r, ""]),
        "## Who to tell",
        "",
        "If you are worried about a child, tell the lead the same evening.",
        "",
        "## Training",
        "",
        "The lead completed the Partnership's Designated Safeguarding Lead course in February 2026. Most helpers did the safeguarding awareness course together in January 2025; Sam Patel, who coaches the under-9s, last did it in May 2021.",
        "",
      ].join("\n"),
    );

  it("gives the lead's course to the lead: no 'none for' the lead", () => {
    const document = policy(["Club Safeguarding Lead: Mrs Odile Fenwick-Rae · 07700 900 431"]);
    expect(
      analyse(document)
        .training.filter((t) => t.leadName === "Mrs Odile Fenwick-Rae")
        .map((t) => t.date?.date.first),
    ).toEqual(["2026-02-01"]);
    expect(run(trainingMissing, document)).toEqual([]);
  });

  it("stays as it is: 'The lead' where two people hold the role is nobody's", () => {
    const document = policy([
      "Club Safeguarding Lead: Mrs Odile Fenwick-Rae · 07700 900 431",
      "Club Safeguarding Lead: Mr Ivo Brant · 07700 900 432",
    ]);
    expect(
      analyse(document)
        .training.filter((t) => t.date?.date.first === "2026-02-01")
        .map((t) => t.leadName),
    ).toEqual([undefined]);
  });
});
