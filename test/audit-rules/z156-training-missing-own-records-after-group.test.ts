/**
 * training-missing (review 55), in our own words; every name is invented. As of 1 December 2026.
 * A policy lists other people's training and says of its lead, in a sentence that first mentions a group as the
 * object of what the lead does, that the lead's own training is kept somewhere else: "Mrs Ottoline Fairbrass is our
 * Designated Safeguarding Lead. She supervises the two deputy DSLs each half term, and her training records are held
 * by the diocese's HR team." The possessive is the holder's own — "her"/"his" for a named woman or man (a group's is
 * "their"), and "their" for a holder called "they" when the clause's subject is the holder ("They meet the deputy
 * DSLs …, and their training records are held by …") — so her training is not missing from this policy. The same
 * possessive no longer makes the group's training "held elsewhere": named deputies without training stay reported.
 * Stays as it is: a group that is the clause's subject owns "their" ("The deputies attend termly updates and their
 * training is recorded by the diocese's HR team", "Deputies are trained …; their training dates are recorded in …"),
 * and so does the group a woman or man supervises ("She supervises the deputies and their training is recorded by …")
 * or a "They …" after a sentence about a group — the lead is still asked for hers; a place in this policy ("… held in the table below") or no place ("… kept
 * securely") is no record elsewhere.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Kestrel Lane Primary School – Child Protection Policy";
const TRAINING = "Wilfred Carraway (School Business Manager): Safeguarding Level 1, 02/2026";

/** The people's section (its paragraphs), then a training list naming someone else, in md, Word and a PDF's wraps. */
const layouts = (paragraphs: string[]): SourceDocument[] => [
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## 1. Who is responsible",
      "",
      ...paragraphs.flatMap((p) => [p, ""]),
      "## 2. Training",
      "",
      `- ${TRAINING}`,
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      "<h2>1. Who is responsible</h2>",
      ...paragraphs.map((p) => `<p>${p}</p>`),
      "<h2>2. Training</h2>",
      `<ul><li>${TRAINING}</li></ul>`,
    ].join("\n"),
  ),
  pdfDocument(
    [
      TITLE,
      "1. Who is responsible",
      ...paragraphs.map((p) => p.replace(/(.{60,75}?) /g, "$1\n")),
      "2. Training",
      `• ${TRAINING}`,
      "",
    ].join("\n"),
  ),
];

const reported = (paragraphs: string[]) =>
  layouts(paragraphs).map((document) => ({
    format: document.format,
    text: run(trainingMissing, document)
      .map((r) => r.message)
      .join(" "),
  }));

describe("the lead's own possessive after a group mentioned as an object", () => {
  it.each([
    [
      "Fairbrass",
      "Mrs Ottoline Fairbrass is our Designated Safeguarding Lead. She supervises the two deputy DSLs each half term, and her training records are held by the diocese's HR team.",
    ],
    [
      "Abernethy",
      "Mr Lucan Abernethy is our Designated Safeguarding Lead, who trains the deputies each term; his training certificates are kept by the trust's HR team.",
    ],
    [
      "Achterberg",
      "Rowan Achterberg is our Designated Safeguarding Lead. They meet the deputy DSLs every half term, and their training records are held by the trust's HR team.",
    ],
    [
      "Achterberg",
      "Rowan Achterberg leads safeguarding and meets the deputy DSLs every half term, and their training records are held by the trust's HR team.",
    ],
    [
      "Pennycuick",
      "Our Designated Safeguarding Lead is Ms Isolde Pennycuick. She briefs all staff and the deputies at the start of each term; her training is recorded on the diocese's central register.",
    ],
    [
      "Okonjo-Hale",
      "Our Designated Safeguarding Lead is Mrs Bettina Okonjo-Hale, who line-manages the deputies and the pastoral staff, and her training dates are recorded in the trust's HR system.",
    ],
  ])("does not report %s: %s", (name, sentence) => {
    for (const { format, text } of reported([sentence])) expect(text, format).not.toContain(name);
  });

  it("leaves the named deputies without training reported", () => {
    for (const { format, text } of reported([
      "Mrs Ottoline Fairbrass is our Designated Safeguarding Lead. She supervises the deputy DSLs each half term, and her training records are held by the diocese's HR team.",
      "Our Deputy Designated Safeguarding Leads are Mr Caspian Threlkeld and Ms Henrietta Pellow.",
    ])) {
      expect(text, format).not.toContain("Fairbrass");
      for (const name of ["Threlkeld", "Pellow"]) expect(text, format).toContain(name);
    }
  });
});

describe("stays as it is: the lead still reported", () => {
  it.each([
    [
      "Fairbrass",
      "Mrs Ottoline Fairbrass is our Designated Safeguarding Lead. The deputies attend termly updates and their training is recorded by the diocese's HR team.",
    ],
    [
      "Fairbrass",
      "Mrs Ottoline Fairbrass is our Designated Safeguarding Lead. Deputies are trained to the same level; their training dates are recorded in each school's local annex.",
    ],
    [
      "Achterberg",
      "Rowan Achterberg is our Designated Safeguarding Lead. The deputy DSLs meet every half term, and their training records are held by the trust's HR team.",
    ],
    [
      "Achterberg",
      "Rowan Achterberg is our Designated Safeguarding Lead. They meet the deputy DSLs every half term, and their training records are held in the table below.",
    ],
    [
      "Achterberg",
      "Rowan Achterberg is our Designated Safeguarding Lead. The deputies are trained to Level 3. They meet the deputy DSLs of the other schools each term, and their training records are held by the trust's HR team.",
    ],
    [
      "Fairbrass",
      "Mrs Ottoline Fairbrass is our Designated Safeguarding Lead. She supervises the deputies and their training is recorded by the diocese's HR team.",
    ],
    [
      "Fairbrass",
      "Mrs Ottoline Fairbrass, our Designated Safeguarding Lead, supervises the deputy DSLs each half term, and their training records are held by the diocese's HR team.",
    ],
    [
      "Fairbrass",
      "Mrs Ottoline Fairbrass is our Designated Safeguarding Lead. She supervises the two deputy DSLs each half term, and her training records are kept securely.",
    ],
    [
      "Abernethy",
      "Mr Lucan Abernethy is our Designated Safeguarding Lead, who trains the deputies each term; her training certificates are kept by the trust's HR team.",
    ],
  ])("reports %s: %s", (name, sentence) => {
    for (const { format, text } of reported([sentence])) expect(text, format).toContain(name);
  });
});
