/**
 * training-missing (held-out set zz165, in our own words; every name is invented; as of 1 December 2026).
 * A council service names its lead and deputy (both trained), then a role of its own below them, in the plural, with a
 * table of who holds it: "Each of the four sites has a Safeguarding Champion. Champions are not designated leads: they
 * keep the concern forms and pass concerns to the Designated Safeguarding Lead the same day." over "| Site |
 * Safeguarding Champion | Phone |". "Safeguarding Champion" is a lead's title in other policies (England Boxing's), so
 * every champion in the table was read as a designated lead, and those with no course line of their own were reported
 * as leads with no training: false errors, the policy having said in so many words that they are not leads.
 * Now counts: a sentence whose subject is the role — its last word in the plural ("Champions", "Our Safeguarding
 * Champions", "The site champions") or the role with "A" — that says they are not leads ("are not designated leads",
 * "are not DSLs", "is not a designated safeguarding lead") puts the role outside the policy's leads: its holders are
 * no leads in sentences or in its table (src/audit/text/not-a-lead.ts roleSaidNotLead, read by leads.ts and by the
 * training rule's table-column readers). A cell holding two people "Lowri Pask and Idris Pask (job share)" under a
 * lead's column gives both names whole, and the finding's place is each name.
 * Stays as it is: a policy whose "Safeguarding Champion" is its lead (nothing denies it); a table of designated leads
 * per site (each untrained lead still reported); a denial of some other role ("Volunteers are not designated leads")
 * or of being the only lead ("Champions are not the only leads"); "Deputies are not designated leads" (a deputy stays a
 * deputy); champions said not to be leads but to deputise for the lead ("…; they deputise for the DSL") stay deputies
 * in the reading they had.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { found, run } from "../fixtures/structure/documents.js";
import { type Part, tableSectionLayouts } from "../helpers/table-section-layouts.js";

const TITLE = "Corrastow Borough Council Youth Hubs – Safeguarding Procedure";
const LEADS = [
  "The service's Designated Safeguarding Lead is Ms Odile Marchbank (01632 960711). When she is away, the Deputy Designated Safeguarding Lead, Mr Fergal Ashdown-Pryce, takes her place (01632 960712).",
];
const CHAMPIONS: string[][] = [
  ["Site", "Safeguarding Champion", "Phone"],
  ["Corrastow Central", "Ynyr Bellweather", "01632 960720"],
  ["Mill Street", "Saffron Kettleby", "01632 960721"],
  ["Eastgate", "Lowri Pask and Idris Pask (job share)", "01632 960722"],
  ["Outreach bus", "Caspian Dunmore-Wright", "07700 900720"],
];
const TRAINING = [
  "Ms Odile Marchbank: Designated Safeguarding Lead (Level 3) refresher, 14 May 2025",
  "Mr Fergal Ashdown-Pryce: Designated Safeguarding Lead (Level 3), 2nd February 2026",
  "Champions: Safeguarding in Youth Settings workshop, 9 June 2025 (all four sites)",
  "Ynyr Bellweather also completed Safeguarding Children Level 2 on 12/11/2025",
];

const layouts = (parts: Part[]): SourceDocument[] => tableSectionLayouts(TITLE, "Who does what", parts);

const untrained = (document: SourceDocument) =>
  run(trainingMissing, document)
    .map((f) => f.message)
    .filter((m) => /none for/.test(m));

describe("a role the policy says is not a designated lead", () => {
  for (const denial of [
    "Each of the four sites has a Safeguarding Champion. Champions are not designated leads: they keep the concern forms and pass concerns to the Designated Safeguarding Lead the same day.",
    "Every site has a Safeguarding Champion. Our Safeguarding Champions are not safeguarding leads; they make sure staff know this procedure.",
    "Each site has a Safeguarding Champion, listed below. The site champions are not DSLs and do not make referrals.",
    "A Safeguarding Champion is not a designated safeguarding lead. Each site's champion keeps the concern forms and tells the DSL the same day.",
    "Safeguarding Champions are not designated safeguarding leads. They pass every concern to the Designated Safeguarding Lead.",
  ])
    it(`holds no lead: ${denial.slice(0, 70)}`, () => {
      for (const document of layouts([...LEADS, denial, CHAMPIONS, ...TRAINING]))
        expect(untrained(document), document.format).toEqual([]);
    });

  it("under another role's words: site safeguarding officers who pass concerns on", () => {
    const officers = CHAMPIONS.map((row, i) => (i === 0 ? ["Site", "Safeguarding Officer", "Phone"] : row));
    const denial =
      "Each site has a Safeguarding Officer. Safeguarding Officers are not designated leads: they pass concerns to the Designated Safeguarding Lead.";
    for (const document of layouts([...LEADS, denial, officers, ...TRAINING]))
      expect(untrained(document), document.format).toEqual([]);
  });
});

describe("stays as it is", () => {
  it("a policy whose Safeguarding Champion is its lead: an untrained one is reported", () => {
    const parts: Part[] = [
      "Our Safeguarding Champion is Mrs Ysolde Quarrie (07700 900731); she leads on safeguarding at the club.",
      "Deputy Safeguarding Champion: Mr Aled Brackwater (07700 900732).",
      "Mr Aled Brackwater completed Safeguarding and Protecting Children on 3 March 2025.",
    ];
    for (const document of layouts(parts))
      expect(untrained(document).join("\n"), document.format).toMatch(/Ysolde Quarrie/);
  });

  const sites = CHAMPIONS.map((row, i) =>
    i === 0 ? ["Site", "Designated Safeguarding Lead", "Phone"] : row,
  );
  const siteTraining = [
    "Ynyr Bellweather: Designated Safeguarding Lead (Level 3), 14 May 2025",
    "Saffron Kettleby: Designated Safeguarding Lead (Level 3), 2nd February 2026",
  ];

  it("a table of designated leads per site: those with no course are reported", () => {
    for (const document of layouts([
      "Each site has its own designated safeguarding lead.",
      sites,
      ...siteTraining,
    ])) {
      const messages = untrained(document).join("\n");
      expect(messages, document.format).toMatch(/Caspian Dunmore-Wright/);
      expect(messages, document.format).not.toMatch(/Bellweather|Kettleby/);
    }
  });

  it('a "(job share)" cell of two leads: both names whole, each reported at its own name', () => {
    for (const document of layouts([
      "Each site has its own designated safeguarding lead.",
      sites,
      ...siteTraining,
    ])) {
      const findings = run(trainingMissing, document).filter((f) => /Pask/.test(f.message));
      expect(
        findings.map((f) => /none for (.+?) \(/.exec(f.message)?.[1]),
        document.format,
      ).toEqual(["Lowri Pask", "Idris Pask"]);
      expect(found(findings, document), document.format).toEqual(["Lowri Pask", "Idris Pask"]);
    }
  });

  for (const [what, denial] of [
    [
      "another role denied",
      "Volunteers are not designated leads: they pass concerns to their Safeguarding Champion.",
    ],
    ["not the only leads", "Safeguarding Champions are not the only leads: each site has one."],
    ["deputies denied the lead's role", "Deputies are not designated leads, but hold the same training."],
    [
      "champions said to deputise",
      "Champions are not designated leads; they deputise for the Designated Safeguarding Lead at their site.",
    ],
  ])
    it(`${what}: the champions' table still names leads`, () => {
      for (const document of layouts([...LEADS, denial, CHAMPIONS, ...TRAINING]))
        expect(untrained(document).join("\n"), document.format).toMatch(/Saffron Kettleby/);
    });
});
