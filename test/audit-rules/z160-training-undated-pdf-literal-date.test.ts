/**
 * training-undated and placeholder-text (held-out zz169), in our own words; every name is invented. As of 1 December
 * 2026. A training paragraph per teacher, one ending in the template's "– date": "**Mr Ivo Penhallow** (maths tutor)
 * — Safeguarding Children Level 2 – date". A PDF's page width breaks it before the word: "… Level 2 –" / "date".
 * The PDF now reads as the Markdown does: one training-undated for Mr Penhallow (his course, no date), and no
 * placeholder-text beside it (one finding per defect) — not a placeholder, nor another teacher's undated course.
 * Stays as it is: a line ending in a dash whose next line is more words ("… Level 2 –" / "date to follow from the
 * provider") is not joined; the Markdown reading is unchanged.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const TITLE = "Fernhill Evening School — Safeguarding Policy";
const LEADS = [
  "Designated Safeguarding Lead: Mrs Nerys Quill (07700 900 611)",
  "Deputy Designated Safeguarding Lead: Mr Bram Oakes-Tilley (07700 900 612)",
];
const TEACHERS = [
  ["Mrs Nerys Quill (DSL) attended the Designated Safeguarding Lead", "course on 22 January 2026."],
  [
    "Mr Bram Oakes-Tilley (deputy DSL) completed the Level 3 Designated",
    "Safeguarding Lead course in June 2025.",
  ],
];

const pdf = (entry: string[], after: string[][] = []) =>
  pdfDocument(
    [
      TITLE,
      "1. Who to contact",
      ...LEADS,
      "7. Training of our tutors",
      ...TEACHERS.flat(),
      ...entry,
      ...after.flat(),
    ].join("\n"),
  );

const findings = (document: SourceDocument) => [
  ...run(trainingUndated, document).map((f) => `training-undated ${f.message}`),
  ...run(placeholderText, document).map((f) => `placeholder-text ${f.message}`),
];

const NEXT = [
  [
    "Miss Tilda Marsh-Ebo (art tutor) completed Level 2",
    "Safeguarding",
    "Children with the Fernhill Faith Forum on 8 November 2025.",
  ],
];

describe("a training line broken in a PDF before its template's date word", () => {
  for (const entry of [
    ["Mr Ivo Penhallow (maths tutor) — Safeguarding Children Level 2 –", "date"],
    ["Mr Ivo Penhallow (maths tutor) — Safeguarding Children Level 2 —", "date"],
    ["Mr Ivo Penhallow (maths tutor) - Safeguarding Children Level 2 -", "date"],
    ["Mr Ivo Penhallow (maths tutor) — Safeguarding Children Level 2 –", "(date)"],
    ["Mr Ivo Penhallow (maths tutor) — Safeguarding Children Level 2 –", "dd/mm/yyyy"],
  ])
    it(`is his undated course, no placeholder: ${entry.join(" / ")}`, () => {
      const found = findings(pdf(entry));
      expect(found, found.join("\n")).toHaveLength(1);
      expect(found[0]).toMatch(/^training-undated Mr Ivo Penhallow's /);
    });

  it("reads as the Markdown does", () => {
    const document = markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## 1. Who to contact",
        "",
        ...LEADS.flatMap((l) => [l, ""]),
        "## 7. Training of our tutors",
        "",
        ...TEACHERS.flatMap((t) => [t.join(" "), ""]),
        "**Mr Ivo Penhallow** (maths tutor) — Safeguarding Children Level 2 – date",
        "",
        ...NEXT.flatMap((t) => [t.join(" "), ""]),
      ].join("\n"),
    );
    const found = findings(document);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^training-undated Mr Ivo Penhallow's /);
  });
});

// Not yet: a teacher's paragraph after the "– date" one, its course broken over three PDF lines with a provider
// before its date ("… completed Level 2" / "Safeguarding" / "Children with the … Faith Forum on 8 November 2025."),
// is read as an undated "Level 2" (held-out zz169 madrasah, the PDF's second false training-undated). Alone, or after
// a dated line, it reads right.
it.todo("a wrapped, dated course in the paragraph after a '– date' line is dated (see NEXT)");

describe("stays as it is", () => {
  it("a line ending in a dash whose next line goes on in words is not joined", () => {
    const found = findings(
      pdf([
        "Mr Ivo Penhallow (maths tutor) — Safeguarding Children Level 2 –",
        "date to follow from the provider.",
      ]),
    );
    expect(found.filter((f) => f.startsWith("placeholder-text"))).toEqual([]);
  });
});
