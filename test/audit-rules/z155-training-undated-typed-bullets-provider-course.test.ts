/**
 * training-undated and placeholder-text (session 45, held-out zz152), in our own words; every name is invented. As
 * of 1 December 2026.
 * Pattern: a training record written as names on their own lines, each followed by courses on lines that open with
 * a typed bullet ("· ", "• ", "◦ ", "‣ ", "– "; not a Markdown list, so the lines are one paragraph with line breaks),
 * one of them a safeguarding provider's course known by its name and a leftover "– date": "Ewan Tregarthen" / "·
 * Thirtyone:eight Foundation – date". The course is the person's undated record (training-undated near the name), not
 * also a placeholder, and they are not missing training. A colon inside the provider's name is no label's.
 * Stays as it is: a course in another subject ("· Team Teach – date") is no safeguarding record, so its "– date" is
 * the placeholder it was; a provider's membership ("· Thirtyone:eight membership – date") likewise; the same line with
 * no person's name above it is nobody's record.
 * The headings are numbered: a PDF's text shows a heading as a plain line, read as one only with its number.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Holiday Club Safeguarding Arrangements — Penwithick Road Chapel";
const INTRO = [
  "Our Holiday Club Safeguarding Lead is Mrs Lowenna Pascoe (07700 900 761). If she is leading the stage session,",
  "Mr Ewan Tregarthen, the Registration Desk Leader, acts as her deputy.",
];

/** Each block a paragraph of lines: Markdown lines, a Word paragraph with line breaks, a PDF's lines. */
function layouts(blocks: string[][]): SourceDocument[] {
  return [
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## 1. Who to talk to",
        "",
        INTRO.join("\n"),
        "",
        "## 2. Training",
        "",
        "Training record for the leaders this year:",
        "",
        ...blocks.flatMap((b) => [b.join("\n"), ""]),
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        "<h2>1. Who to talk to</h2>",
        `<p>${INTRO.join(" ")}</p>`,
        "<h2>2. Training</h2>",
        "<p>Training record for the leaders this year:</p>",
        ...blocks.map((b) => `<p>${b.join("<br>")}</p>`),
      ].join(""),
    ),
    pdfDocument(
      [
        TITLE,
        "1. Who to talk to",
        ...INTRO,
        "2. Training",
        "Training record for the leaders this year:",
        ...blocks.flat(),
      ].join("\n"),
    ),
  ];
}

const LOWENNA = ["Lowenna Pascoe", "· Thirtyone:eight Leading Safeguarding course: 16 March 2025"];
const OTHER = ["Kit Angove (Young Helpers Leader)", "· Thirtyone:eight Foundation: 12 April 2025"];

const undated = (document: SourceDocument) => run(trainingUndated, document).map((f) => f.message);
const placeholders = (document: SourceDocument) =>
  run(placeholderText, document)
    .map((f) => f.message)
    .filter((m) => /– date|date/.test(m));
const missing = (document: SourceDocument) => run(trainingMissing, document).map((f) => f.message);

describe("a typed bullet's provider course with its date left to fill in is the person's undated record", () => {
  for (const bullet of ["·", "•", "◦", "‣", "–"])
    it(`"${bullet} Thirtyone:eight Foundation – date" under the deputy's name`, () => {
      const ewan = ["Ewan Tregarthen", `${bullet} Thirtyone:eight Foundation – date`];
      for (const document of layouts([LOWENNA, ewan, OTHER])) {
        const messages = undated(document);
        expect(messages, document.format).toHaveLength(1);
        expect(messages[0], document.format).toMatch(/^Ewan Tregarthen's Thirtyone:eight Foundation/);
        expect(placeholders(document), document.format).toEqual([]);
        expect(missing(document), document.format).toEqual([]);
      }
    });

  it("another provider's course, written with its date to be added", () => {
    const ewan = ["Ewan Tregarthen", "· Educare Foundation – date"];
    for (const document of layouts([LOWENNA, ewan, OTHER])) {
      expect(undated(document), document.format).toHaveLength(1);
      expect(placeholders(document), document.format).toEqual([]);
    }
  });
});

describe("stays as it is", () => {
  for (const [what, course] of [
    ["a course in another subject", "· Team Teach – date"],
    ["a provider's membership", "· Thirtyone:eight membership – date"],
  ])
    it(`${what}: the placeholder it was, and no undated record`, () => {
      for (const document of layouts([LOWENNA, ["Ewan Tregarthen", course], OTHER])) {
        expect(undated(document), document.format).toEqual([]);
        expect(placeholders(document), document.format).toHaveLength(1);
      }
    });

  it("no person's name above the line: nobody's record", () => {
    for (const document of layouts([LOWENNA, OTHER, ["Also:", "· Thirtyone:eight Foundation – date"]]))
      for (const message of undated(document))
        expect(message, document.format).not.toMatch(/Ewan|Lowenna|Kit/);
  });
});
