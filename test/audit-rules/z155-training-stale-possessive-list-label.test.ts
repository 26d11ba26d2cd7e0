/**
 * training-stale and training-missing (session 45, held-out zz151), in our own words; every name is invented. As of
 * 1 December 2026.
 * Pattern: a line that only labels the list under it as one person's, their name in the possessive — "Niamh's FA
 * qualifications:", "Mr Idris Penhallow's safeguarding certificates:", "Bram's training:" — gives the list to that
 * person: a lead named in full, or the one person named in full with that first name. Before, the list went to
 * whoever the line above named ("… Welfare Officer (adult teams only, not part of this policy): Harriet Osei"), so
 * Harriet had a false training-stale and Niamh a false training-missing, and Niamh's lapsed course went unreported.
 * A role the policy puts outside itself in its own bracket ("(adult teams only, not part of this policy)") is no lead
 * whose training the policy must list.
 * Stays as it is: a first name two named people share gives the list to neither (nor to the person above); a label
 * naming someone the policy does not name gives it to nobody; a current course under the label is no finding; a
 * label with the course on its own line ("Niamh's training: FA Safeguarding Children – March 2023") reads as before.
 * Markdown and Word only (see layouts).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Ashcombe Vale Girls' Football Club — Junior Section Safeguarding Policy";

/**
 * The section in Markdown and Word (a list under a paragraph). Not a PDF's text: there the lead reader runs the name
 * at a line's end into the label on the next line ("Harriet Osei Niamh's"), a lead reading of its own.
 */
function layouts(before: string[], label: string, items: string[], after: string[] = []): SourceDocument[] {
  return [
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## Club Welfare Officer",
        "",
        ...before.flatMap((p) => [p, ""]),
        label,
        ...items.map((i) => `- ${i}`),
        "",
        ...after.flatMap((p) => [p, ""]),
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        "<h2>Club Welfare Officer</h2>",
        ...before.map((p) => `<p>${p.replace(/\n/g, "<br>")}</p>`),
        `<p>${label}</p>`,
        `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`,
        ...after.map((p) => `<p>${p}</p>`),
      ].join(""),
    ),
  ];
}

const LEADS = [
  "Club Welfare Officer (Junior Section)\nName: Niamh Castellano-Reid\nMobile: 07700 900 731",
  "Deputy Welfare Officer: Bram Ellery, 07700 900 732",
  "Women's section Welfare Officer (adult teams only, not part of this policy): Harriet Osei",
];
const NIAMH = [
  "FA Safeguarding Children: March 2023",
  "FA Welfare Officer Workshop: 14 October 2025",
  "FA Introduction to Coaching Football: 02/09/2019",
];
const BRAM = ["Bram's FA qualifications:", "- FA Safeguarding Children: 6 May 2025"];

const stale = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);
const missing = (document: SourceDocument) => run(trainingMissing, document).map((f) => f.message);

describe("a possessive label over a list gives the list to the person it names", () => {
  for (const label of [
    "Niamh's FA qualifications:",
    "Niamh's qualifications:",
    "Niamh Castellano-Reid's FA certificates:",
    "Niamh's safeguarding courses:",
    "Niamh's training:",
  ])
    it(label, () => {
      for (const document of layouts(LEADS, label, NIAMH, BRAM)) {
        const messages = stale(document);
        expect(messages, document.format).toHaveLength(1);
        expect(messages[0], document.format).toMatch(/^Niamh Castellano-Reid's most recent .*March 2023/);
        expect(missing(document), document.format).toEqual([]);
      }
    });

  it("a lead named with a title, called by title and full name in the label", () => {
    const leads = [
      "Club Welfare Officer: Mr Idris Penhallow (07700 900 741)",
      "Deputy Welfare Officer: Mrs Carys Fenwick (07700 900 742)",
      "Mrs Carys Fenwick's safeguarding certificates:\n- FA Safeguarding Children: 11 January 2026",
    ];
    for (const document of layouts(leads, "Mr Idris Penhallow's safeguarding certificates:", [
      "FA Safeguarding Children: 19 February 2023",
    ])) {
      const messages = stale(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/^Mr Idris Penhallow's most recent .*19 February 2023/);
      expect(missing(document), document.format).toEqual([]);
    }
  });
});

describe("stays as it is", () => {
  it("a first name two named people share: the list is neither's, nor the person's above", () => {
    const leads = [
      "Club Welfare Officer: Sam Whitlock-Barnes (07700 900 751)",
      "Deputy Welfare Officer: Sam Okonjo (07700 900 752)",
      "Women's section Welfare Officer (adult teams only, not part of this policy): Harriet Osei",
    ];
    for (const document of layouts(leads, "Sam's FA qualifications:", [
      "FA Safeguarding Children: March 2023",
    ])) {
      for (const message of stale(document)) expect(message, document.format).not.toMatch(/Sam|Harriet/);
    }
  });

  it("a label naming nobody the policy names: not the person's above", () => {
    for (const document of layouts(LEADS, "Grainne's FA qualifications:", NIAMH, BRAM))
      for (const message of stale(document)) expect(message, document.format).not.toMatch(/Harriet/);
  });

  it("a current course under the label: no finding", () => {
    for (const document of layouts(
      LEADS,
      "Niamh's FA qualifications:",
      ["FA Safeguarding Children: 3 March 2025"],
      BRAM,
    )) {
      expect(stale(document), document.format).toEqual([]);
      expect(missing(document), document.format).toEqual([]);
    }
  });

  it("the course on the label's own line reads as before", () => {
    for (const document of layouts(
      LEADS,
      "Niamh's training: FA Safeguarding Children – March 2023",
      [],
      BRAM,
    )) {
      const messages = stale(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/^Niamh Castellano-Reid's most recent/);
    }
  });

  it("an adult section's officer whom the policy does not put outside itself is still asked for", () => {
    const leads = [
      "Club Welfare Officer: Niamh Castellano-Reid (07700 900 731)",
      "Deputy Welfare Officer: Harriet Osei (07700 900 733)",
    ];
    for (const document of layouts(leads, "Niamh's FA qualifications:", [
      "FA Safeguarding Children: 3 March 2025",
    ])) {
      const messages = missing(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/Harriet Osei/);
    }
  });
});
