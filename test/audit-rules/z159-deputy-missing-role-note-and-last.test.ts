/**
 * deputy-missing and training-missing (held-out zz166 and zz167), in our own words; every name is invented. As of 1
 * December 2026.
 * (1) A college lays its team out like a definition list: a bold role line, then the holder's name and contacts on
 * the lines under it — "**Deputy Designated Safeguarding Lead (16–19)**" / "Mr Name, Head of Student Services" /
 * "01632 …". The role's bracketed note (an age range, a site, a phase) closes the role's line as written; the name
 * opening the next line is the role's holder all the same, as it is under a role line with no note. In Markdown
 * (indented lines), Word (line breaks in one paragraph) and a PDF's text (no bold).
 * (2) A centre's contact list, one person an item: "- Name – Job – Deputy Safeguarding Lead (07700 …)". The job
 * between the two dashes ("Head Instructor", "Session Supervisor") is no name: the name before it holds the role
 * last on the item, as "Name – Deputy Safeguarding Lead" does.
 * Stays as it is: a deputy's role line with its note and "TBC" under it is still missing; an item with a job and the
 * role but no name ("- Head Instructor – Deputy Safeguarding Lead") names nobody; "Name – Centre Manager –
 * responsible for this policy, not a safeguarding contact" is no deputy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Brackenfield Sixth Form College – Safeguarding Policy";
const LEAD_TRAINING =
  "Ms Rosalind Threlkeld completed Designated Safeguarding Lead training on 4 March 2026.";

/** A team of role blocks: each a role line, then its holder's lines under it. */
const blockLayouts = (blocks: [string, ...string[]][]): SourceDocument[] => {
  const intro = "Any member of the team below can take a concern.";
  return [
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## The safeguarding team",
        "",
        intro,
        "",
        ...blocks.flatMap(([role, ...under]) => [`**${role}**`, ...under.map((u) => `   ${u}`), ""]),
        "## Training",
        "",
        LEAD_TRAINING,
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        "<h2>The safeguarding team</h2>",
        `<p>${intro}</p>`,
        ...blocks.map(([role, ...under]) => `<p><strong>${role}</strong><br />${under.join("<br />")}</p>`),
        "<h2>Training</h2>",
        `<p>${LEAD_TRAINING}</p>`,
      ].join("\n"),
    ),
    pdfDocument(
      [TITLE, "The safeguarding team", intro, ...blocks.flat(), "Training", LEAD_TRAINING].join("\n"),
    ),
  ];
};

const LEAD: [string, ...string[]] = [
  "Designated Safeguarding Lead",
  "Ms Rosalind Threlkeld, Vice Principal (Students)",
  "01632 960 511 · r.threlkeld@example.org",
];

const deputyBlock = (note: string, holder: string): [string, ...string[]] => [
  `Deputy Designated Safeguarding Lead ${note}`,
  holder,
  "01632 960 512 · office@example.org",
];

describe("a deputy's role line with a bracketed note, the holder on the line under it", () => {
  for (const [note, holder] of [
    ["(16–19)", "Mr Cormac Ellingworth, Head of Student Services"],
    ["(14–16 programme)", "Mrs Tamsin Oyelaran-Pike, Programme Manager"],
    ["(Northgate campus)", "Mr Cormac Ellingworth"],
    ["(Sixth Form)", "Dr Cormac Ellingworth, Director of Sixth Form"],
    ["(evenings and weekends)", "Mr Cormac Ellingworth, Duty Manager"],
  ])
    it(`names the holder: ${note} / ${holder}`, () => {
      const name = holder.split(",")[0];
      for (const document of blockLayouts([LEAD, deputyBlock(note, holder)])) {
        expect(run(deputyMissing, document), document.format).toEqual([]);
        // The deputy is read as the holder: their training is missing (the lead's is recorded).
        expect(found(run(trainingMissing, document), document), document.format).toEqual([name]);
      }
    });

  it("stays missing when the line under the role says TBC", () => {
    for (const document of blockLayouts([LEAD, deputyBlock("(16–19)", "TBC")]))
      expect(run(deputyMissing, document).length, document.format).toBe(1);
  });
});

const CENTRE = "Ridgeback Climbing Wall – Children's Sessions Safeguarding Policy";
const AFTER_LIST = "If Ffion is not on site, speak to the deputy safeguarding lead.";
const CENTRE_TRAINING = "Ffion Gately completed Safeguarding Lead training on 2 February 2026.";

const listLayouts = (items: string[]): SourceDocument[] => [
  markdownDocument(
    [
      `# ${CENTRE}`,
      "",
      "## Who to contact",
      "",
      ...items.map((i) => `- ${i}`),
      "",
      AFTER_LIST,
      "",
      "## Training",
      "",
      CENTRE_TRAINING,
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      `<h1>${CENTRE}</h1>`,
      "<h2>Who to contact</h2>",
      `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`,
      `<p>${AFTER_LIST}</p>`,
      "<h2>Training</h2>",
      `<p>${CENTRE_TRAINING}</p>`,
    ].join("\n"),
  ),
];

const LEAD_ITEM = "Ffion Gately – Duty Manager – Safeguarding Lead (07700 900481)";

describe("a contact list's item 'Name – Job – Deputy Safeguarding Lead (phone)'", () => {
  for (const item of [
    "Tobias Rendlesham-Kerr – Head Instructor – Deputy Safeguarding Lead (07700 900482)",
    "Tobias Rendlesham-Kerr – Session Supervisor – Deputy Safeguarding Lead (07700 900482)",
    "Tobias Rendlesham-Kerr – Senior Instructor – Deputy Safeguarding Lead, 07700 900482",
    "Tobias Rendlesham-Kerr — Head Instructor — Deputy Safeguarding Lead",
  ])
    it(`names the holder: ${item}`, () => {
      for (const document of listLayouts([LEAD_ITEM, item])) {
        expect(run(deputyMissing, document), document.format).toEqual([]);
        expect(found(run(trainingMissing, document), document), document.format).toEqual([
          "Tobias Rendlesham-Kerr",
        ]);
      }
    });

  for (const [what, item] of [
    ["a job and the role but no name", "Head Instructor – Deputy Safeguarding Lead (07700 900482)"],
    ["the role left TBC", "TBC – Head Instructor – Deputy Safeguarding Lead"],
  ])
    it(`stays missing: ${what}`, () => {
      for (const document of listLayouts([LEAD_ITEM, item]))
        expect(run(deputyMissing, document).length, document.format).toBe(1);
    });

  it("stays missing: a manager who is not a safeguarding contact is no deputy", () => {
    const item = "Elspeth Varley – Centre Manager – responsible for this policy, not a safeguarding contact";
    for (const document of listLayouts([LEAD_ITEM, item])) {
      expect(run(deputyMissing, document).length, document.format).toBe(1);
      expect(found(run(trainingMissing, document), document), document.format).toEqual([]);
    }
  });
});
