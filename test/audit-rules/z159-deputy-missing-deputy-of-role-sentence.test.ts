/**
 * deputy-missing (session 49, held-out cricket club policy), in our own words; every name is invented. As of 1
 * December 2026.
 * A club names its lead by a bold role with "Name: …" on the next line ("**Club Safeguarding Officer**" / "Name: Mr
 * Idris Fenwick-Hale"), and a second officer the same way ("**Girls' Section Welfare Officer**" / "Name: Mrs Priya
 * Lomax"), then says in running text that the second officer is the deputy of the lead's own title: "When Idris is
 * away, Priya takes any concern in his place and acts as deputy Club Safeguarding Officer for the whole club" (or "is
 * also our deputy Club Safeguarding Officer", "is the deputy Club Safeguarding Officer"). The one other person the
 * sentence names (by a first name, or in full) holds the deputy's role: the policy names a deputy — no warning.
 * Stays as it is: a sentence that only sends concerns to the deputy ("tell the deputy Club Safeguarding Officer"); a
 * deputy of a title that is not the lead's ("acts as deputy Fixtures Secretary"); a sentence that names nobody but the
 * lead ("When Idris is away, a committee member acts as deputy …"), in a PDF's joined text too.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Children Policy — Ashgrove Lane Cricket Club";
const CARDS = [
  "**Club Safeguarding Officer**\nName: Mr Idris Fenwick-Hale\nMobile: 07700 900 731",
  "**Girls' Section Welfare Officer**\nName: Mrs Priya Lomax\nMobile: 07700 900 744",
  "**Fixtures Secretary**\nName: Mr Tom Ashe-Burrell\nMobile: 07700 900 745",
];
const LABELS = [
  "Club Safeguarding Officer: Mr Idris Fenwick-Hale (07700 900 731)",
  "Girls' Section Welfare Officer: Mrs Priya Lomax (07700 900 744)",
  "Fixtures Secretary: Mr Tom Ashe-Burrell (07700 900 745)",
];

const warnings = (document: SourceDocument) => run(deputyMissing, document).map((f) => f.message);
const layouts = (roles: string[], sentence: string) =>
  sectionLayouts(TITLE, "Who to talk to", [...roles, sentence]);

describe("a named officer described as the deputy of the lead's own title", () => {
  for (const [roles, sentence] of [
    [
      CARDS,
      "Priya looks after the girls' squads. When Idris is away on holiday or unavailable on a match day, Priya takes any concern about a junior in his place and acts as deputy Club Safeguarding Officer for the whole club.",
    ],
    [CARDS, "Priya is also our deputy Club Safeguarding Officer."],
    [LABELS, "When Idris is away, Priya acts as deputy Club Safeguarding Officer for the whole club."],
    [LABELS, "Mrs Priya Lomax is the deputy Club Safeguarding Officer."],
    [LABELS, "Priya Lomax serves as deputy Club Safeguarding Officer when Idris is on leave."],
  ] as const)
    it(`is the deputy: ${sentence}`, () => {
      for (const document of layouts([...roles], sentence))
        expect(warnings(document), document.format).toEqual([]);
    });
});

describe("stays as it is", () => {
  for (const sentence of [
    "If Idris is away, Priya will tell the deputy Club Safeguarding Officer.",
    "When Idris is away, Priya acts as deputy Fixtures Secretary.",
    "When Idris is away, a committee member acts as deputy Club Safeguarding Officer.",
  ])
    it(`still warns: ${sentence}`, () => {
      for (const document of layouts(CARDS, sentence))
        expect(warnings(document), document.format).toHaveLength(1);
    });
});
