/**
 * training-missing (session 46: a students' union's policy, and a sixth-form college's table of partner schools), in
 * our own words; every name is invented. As of 1 December 2026.
 * A policy names its own lead, and then another organisation's lead as a partner contact, after "the" and the body's
 * possessive: "The University's Safeguarding Lead is Dr Iona Pell (Student Support)" in a students' union's policy,
 * "The Trust's Designated Safeguarding Lead is Dr Iona Pell" in an academy's, "The Church's Safeguarding Officer is …"
 * in a Boys' Brigade company's. The body is not the policy's own — its title (or the lines above its first heading)
 * does not name that body or its kind, and the policy never calls it "our" or "this" — and the policy names its own
 * lead separately: that officer is the other body's, not one of the policy's leads, and needs no training record in
 * it. The same for a table whose first column lists other organisations (partner, home or feeder schools, member
 * clubs) beside their leads ("| Partner school | School's DSL | Phone |"): each row is another body's lead.
 * Stays as it is: an officer the policy gives its own work ("takes the theatre's concerns", "is responsible for the
 * club", "pass concerns to her"); a body named in capitals ("Brambleton Primary School's DSL is Mrs A": only words
 * disowning her make her another's, as before); the body's own policy ("Hollowmere University — Schools Outreach …"
 * with "The University's Safeguarding Lead is Dr A" as its only lead, "Brambleton Primary School" with "The School's
 * DSL is Mrs A", a trust-run service's "The Trust's Safeguarding Lead" beside its service lead, a policy that calls the
 * body "our school"); a club whose only named lead is another body's in the possessive (still read as its lead); a
 * partner table while the policy names no lead of its own. A council-run service's "the Council's Safeguarding Lead"
 * is a todo (below).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { type Part, tableSectionLayouts } from "../helpers/table-section-layouts.js";

const TRAINING: string[][] = [
  ["Name", "Course", "Completed"],
  ["Ben Tarrant", "Designated Safeguarding Lead training", "14/05/2025"],
  ["Cara Lind", "Designated Safeguarding Lead training", "21/01/2026"],
];

const layouts = (title: string, parts: Part[]): SourceDocument[] =>
  tableSectionLayouts(title, "Safeguarding contacts", [...parts, "Training records:", TRAINING]);

const missing = (document: SourceDocument) => run(trainingMissing, document).map((f) => f.message);
const about = (name: string) => (document: SourceDocument) =>
  missing(document).filter((m) => m.includes(name));

const OWN =
  "Designated Safeguarding Lead: Ben Tarrant (01632 960 101). Deputy DSL: Cara Lind (01632 960 102).";

describe("another body's lead in the possessive, beside the policy's own named lead", () => {
  for (const [title, partner] of [
    [
      "Larkfield Students' Union — Safeguarding Policy",
      "The University's Safeguarding Lead is Dr Iona Pell (Student Support). The Union and the University share concerns with each other.",
    ],
    [
      "Westmead Academy — Child Protection Policy",
      "The Trust's Designated Safeguarding Lead is Dr Iona Pell (01632 960 100); she advises all of the Trust's academies.",
    ],
    [
      "Fenbrook Boys' Brigade Company — Safeguarding Policy",
      "We meet in the church hall. The Church's Safeguarding Officer is Dr Iona Pell, 07700 900 431.",
    ],
    [
      "Larkfield Youth Theatre — Safeguarding Policy",
      "For pupils on the college course, the College's Designated Safeguarding Lead, Dr Iona Pell, is told of any concern the same day.",
    ],
    [
      "Northgate Youth Club — Safeguarding Policy",
      "We hire the sports hall at Northgate Academy. The Academy's DSL is Dr Iona Pell; we tell her of any concern about one of its pupils.",
    ],
  ])
    it(`is the other body's, with no training record needed: ${partner}`, () => {
      for (const document of layouts(title, [OWN, partner]))
        expect(about("Pell")(document), document.format).toEqual([]);
    });

  it("after the policy's own lead's paragraph, the lead named as a Designated Safeguarding Officer", () => {
    for (const document of layouts("Larkfield Students' Union", [
      "Designated Safeguarding Officer (DSO): Ben Tarrant, Head of Membership — 01632 960 101",
      "Deputy DSO: Cara Lind, Activities Coordinator — 01632 960 102",
      "The University's Safeguarding Lead is Dr Iona Pell (Student Wellbeing).",
    ]))
      expect(about("Pell")(document), document.format).toEqual([]);
  });
});

describe("a table listing other organisations beside their leads", () => {
  for (const header of [
    ["Partner school", "School's DSL", "Phone"],
    ["Home school", "Designated Safeguarding Lead", "Phone"],
    ["Feeder school", "DSL", "Phone"],
  ])
    it(`is a list of other bodies' leads: | ${header.join(" | ")} |`, () => {
      for (const document of layouts("Fenbrook Sixth Form College", [
        OWN,
        "Link pupils stay on the roll of their own school, whose lead we tell of any concern the same day.",
        [
          header,
          ["Westmead Academy", "Mrs Hana Okafor", "01632 960 581"],
          ["Orton High School", "Mr Bo Kemp", "01632 960 582"],
        ],
      ])) {
        expect(about("Okafor")(document), document.format).toEqual([]);
        expect(about("Kemp")(document), document.format).toEqual([]);
      }
    });
});

describe("stays as it is", () => {
  const training = "Ben Tarrant runs the summer school. Deputy DSL: Cara Lind (01632 960 102).";
  for (const [what, title, lead] of [
    [
      "the university's own outreach policy",
      "Hollowmere University — Schools Outreach Safeguarding Policy",
      "The University's Safeguarding Lead is Dr Iona Pell (Student Support).",
    ],
    [
      "a school's own policy",
      "Brambleton Primary School — Child Protection Policy",
      "The School's DSL is Dr Iona Pell (01632 960 100).",
    ],
  ])
    it(`${what}: its only lead still needs a training record`, () => {
      for (const document of layouts(title, [lead, training]))
        expect(about("Pell")(document), document.format).toHaveLength(1);
    });

  it("a trust-run service naming a service lead too: the Trust's lead is still its own", () => {
    for (const document of layouts("Fenmoor Community Trust — Holiday Play Service Safeguarding Policy", [
      OWN,
      "The Trust's Safeguarding Lead is Dr Iona Pell (01632 960 100).",
    ]))
      expect(about("Pell")(document), document.format).toHaveLength(1);
  });

  // "Council's" is read as an outside body's word before the role (OUTSIDE, whose prefixes hold "council's", which
  // bodyKey does not make "council"), so in a council's own policy "The Council's Safeguarding Lead is Dr A" names no
  // lead at all, before this change as after it. Reading her as the lead made a corpus parish council's Clerk a named
  // lead whose training, "the Clerk completed … on 24 February 2026", the training reader does not tie to her.
  it.todo(
    "a council-run service's policy titled '… Council …': 'The Council's Safeguarding Lead is Dr A' is its own lead",
  );

  it("a policy that calls the body its own ('our school'), whose title does not name it", () => {
    for (const document of layouts("Oakhanger — Safeguarding Policy", [
      "Everyone who works in our school shares the duty to keep pupils safe.",
      OWN,
      "The School's DSL is Dr Iona Pell (01632 960 100).",
    ]))
      expect(about("Pell")(document), document.format).toHaveLength(1);
  });

  for (const [what, partner] of [
    [
      "an officer the policy gives its own work ('takes … concerns')",
      "The College's Designated Safeguarding Lead, Dr Iona Pell, takes the theatre's concerns during college hours.",
    ],
    [
      "an officer the policy makes responsible for it",
      "The school's DSL, Dr Iona Pell, is responsible for the club as well as the school.",
    ],
    [
      "an officer its staff pass concerns to",
      "The Trust's Safeguarding Lead is Dr Iona Pell. Staff who cannot reach the DSL pass concerns to her.",
    ],
    [
      "a body named in capitals, not disowned",
      "Brambleton Primary School's DSL is Dr Iona Pell (01632 960 120); we tell her of any concern about a pupil.",
    ],
  ])
    it(`${what}: still one of its leads, beside its own`, () => {
      for (const document of layouts("Larkfield Youth Theatre — Safeguarding Policy", [OWN, partner]))
        expect(about("Pell")(document), document.format).toHaveLength(1);
    });

  it("a club whose only named lead is another body's, in the possessive: still read as its lead", () => {
    for (const document of layouts("Fenbrook Juniors Chess Club — Safeguarding Policy", [
      "We meet at Fenbrook Primary. The School's DSL is Dr Iona Pell (01632 960 100).",
      "Our coaches are Ben Tarrant and Cara Lind.",
    ]))
      expect(about("Pell")(document), document.format).toHaveLength(1);
  });

  it("a partner table while the policy names no lead of its own", () => {
    for (const document of layouts("Fenbrook Sixth Form College", [
      "Our coaches are Ben Tarrant and Cara Lind.",
      [
        ["Partner school", "School's DSL", "Phone"],
        ["Westmead Academy", "Mrs Hana Okafor", "01632 960 581"],
      ],
    ]))
      expect(about("Okafor")(document), document.format).toHaveLength(1);
  });
});
