/**
 * deputy-missing (held-out set zz164), in our own words; every name is invented. As of 1 December 2026.
 * The pattern: the person who takes concerns in the lead's place while she is away is named after a job that has its
 * own "of …" ("the Principal of the Training Centre, Commodore-elect Idris Marchbank, takes concerns in her place",
 * "our Director of Sailing, Idris Marchbank, deals with concerns in her place"), a title (hyphenated or not) before the
 * name, and the paragraph wrapped anywhere (a soft line break in Markdown, a PDF's lines).
 * Now counts: that name, beside a job "of the …" between commas (before or after the name), is the subject of "takes
 * concerns in her place" and so the lead's deputy — in Markdown, Word and a PDF's text.
 * Stays as it is (deputy still missing): the job with no name ("the Principal of the Training Centre takes concerns in
 * her place"), a name that is the object ("… and passes them to Commodore-elect Idris Marchbank"), the job's holder
 * taking the session (not concerns) in her place, and concerns taken in her place at a meeting (no absence said).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Policy — Gullsway Reservoir Sailing Club";
const HEADING = "3. Who does what";
const LEAD =
  "The Club Welfare Officer, Mrs Bethan Quiller (07700 900 412), is the first point of contact for any worry about a junior sailor, on the water or ashore, and keeps the club's welfare records.";

const layouts = (sentence: string): SourceDocument[] => [
  ...sectionLayouts(TITLE, HEADING, [LEAD, sentence]),
  // The paragraph wrapped in the Markdown source: a soft line break straight after each comma-ended job or title.
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      `## ${HEADING}`,
      "",
      LEAD,
      "",
      sentence.replace(/, (\S+) /, ",\n$1 ").replace(/-elect /, "-elect\n"),
    ].join("\n"),
  ),
];

const missing = (document: SourceDocument) => run(deputyMissing, document).map((f) => f.message);

describe("a named person after a job 'of the …' who takes concerns in the lead's place while she is away", () => {
  for (const sentence of [
    "When the Welfare Officer is away, the Principal of the Training Centre, Commodore-elect Idris Marchbank, takes concerns in her place and passes them on when she returns.",
    "When the Welfare Officer is on leave, the Manager of the Boathouse, Mr Idris Marchbank, handles concerns in her place.",
    "If the Welfare Officer is unavailable, our Director of Sailing, Idris Marchbank, deals with safeguarding concerns in her place.",
    "When the Welfare Officer is away, the Head of Junior Racing, Commodore Idris Marchbank, takes concerns in her place.",
    "Mr Idris Marchbank, the Principal of the Training Centre, takes concerns in her place when she is away.",
  ])
    it(`is her deputy: ${sentence}`, () => {
      for (const document of layouts(sentence)) expect(missing(document), document.format).toEqual([]);
    });
});

describe("no named person taking concerns in the lead's place", () => {
  for (const sentence of [
    "When the Welfare Officer is away, the Principal of the Training Centre takes concerns in her place.",
    "When the Welfare Officer is away, the Principal of the Training Centre takes concerns in her place and passes them to Commodore-elect Idris Marchbank.",
    "When the Welfare Officer is away, the Principal of the Training Centre, Commodore-elect Idris Marchbank, takes the session in her place.",
    "The Principal of the Training Centre, Commodore-elect Idris Marchbank, takes concerns in her place at the AGM.",
  ])
    it(`leaves the deputy missing: ${sentence}`, () => {
      for (const document of layouts(sentence)) expect(missing(document), document.format).toHaveLength(1);
    });
});
