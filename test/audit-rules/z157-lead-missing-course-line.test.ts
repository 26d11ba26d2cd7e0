/**
 * lead-missing and training-missing (forty-seventh session, held-out after-school club), in our own words; every name
 * is invented. As of 1 December 2026.
 * A club leaves a placeholder where its lead's name should be ("Club Manager and Designated Safeguarding Lead: [name
 * of new manager to be added]") and names its deputy; its training section lists each person's courses on the lines
 * under their name, one "Course (provider), date" a line: "Mrs Odile Framwell" / "Early Years Designated Safeguarding
 * Lead (Kelbrook SCP), 12/05/2025". A role's words that open a line and run on only to a provider in brackets and a
 * date are a course's title, not the role with its holder above it: nobody is named as the lead (lead-missing, at the
 * placeholder), and the deputy's course is her training (no training-missing for her). In Markdown (the paragraph's
 * lines read as one), Word and a PDF's text.
 * Stays as it is: "Name, Designated Safeguarding Lead, 01632 …" (with or without a job in brackets) and "Designated
 * Safeguarding Lead: Name (since <date>)" still name the lead.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TOP = [
  "Club Manager and Designated Safeguarding Lead: [name of new manager to be added]",
  "Deputy Designated Safeguarding Lead: Mrs Odile Framwell (Senior Playworker)",
  "Club phone: 07700 900 431",
];
const STAFF = ["Tobias Wrenfield, Playworker", "Safeguarding Children Level 2 (Kelbrook SCP), 03/03/2025"];

/** The policy in Markdown (each person's lines one paragraph), Word (a paragraph a line) and a PDF's text. */
const layouts = (record: string[]): SourceDocument[] => {
  const blocks = [TOP, record, STAFF];
  const intro =
    "All staff renew their safeguarding training every three years; the DSL and deputy every two.";
  return [
    markdownDocument(
      [
        "# Kelbrook Kids' Club Safeguarding Policy",
        "",
        "## Who to talk to",
        "",
        TOP.join("\n"),
        "",
        "## Training",
        "",
        intro,
        "",
        ...blocks.slice(1).flatMap((b) => [b.join("\n"), ""]),
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Kelbrook Kids' Club Safeguarding Policy</h1>",
        "<h2>Who to talk to</h2>",
        ...TOP.map((l) => `<p>${l}</p>`),
        "<h2>Training</h2>",
        `<p>${intro}</p>`,
        ...blocks.slice(1).flatMap((b) => b.map((l) => `<p>${l}</p>`)),
      ].join(""),
    ),
    pdfDocument(
      [
        "Kelbrook Kids' Club Safeguarding Policy",
        "Who to talk to",
        ...TOP,
        "Training",
        intro,
        ...blocks.slice(1).flat(),
      ].join("\n"),
    ),
  ];
};

const leadFindings = (document: SourceDocument) => run(leadMissing, document).map((f) => f.message);
const framwell = (document: SourceDocument) =>
  run(trainingMissing, document)
    .map((f) => f.message)
    .filter((m) => m.includes("Framwell"));

describe("a course's title that opens with the lead's role, under a person's name", () => {
  for (const course of [
    "Early Years Designated Safeguarding Lead (Kelbrook SCP), 12/05/2025",
    "Designated Safeguarding Lead (Kelbrook SCP), 12/05/2025",
    "Designated Safeguarding Lead – 12 May 2025",
    "- Advanced Designated Safeguarding Lead (NSPCC Learning), May 2025",
    "Designated Safeguarding Lead, 05/2025",
  ])
    it(`names nobody as the lead and is the deputy's training: ${course}`, () => {
      for (const document of layouts(["Mrs Odile Framwell", course, "Paediatric First Aid, 10/2024"])) {
        const found = leadFindings(document);
        expect(found, document.format).toHaveLength(1);
        expect(found[0], document.format).toMatch(/name of new manager to be added/);
        expect(framwell(document), document.format).toEqual([]);
      }
    });
});

describe("stays as it is", () => {
  for (const record of [
    ["Designated Safeguarding Lead: Mr Lyle Carraway (since 12/05/2025)"],
    ["Mr Lyle Carraway, Designated Safeguarding Lead (Club Manager), 01632 960 432"],
    ["Mr Lyle Carraway, Designated Safeguarding Lead, 01632 960 432"],
  ])
    it(`a person's block naming the lead: ${record.join(" / ")}`, () => {
      for (const document of layouts(record)) expect(leadFindings(document), document.format).toEqual([]);
    });
});
