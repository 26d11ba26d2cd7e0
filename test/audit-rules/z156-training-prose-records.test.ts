/**
 * training-stale and training-missing (forty-sixth session, hand-written policies), in our own words; every name is
 * invented. As of 1 December 2026.
 * A person's own training record in running prose, three shapes:
 * 1. "Name: Course, date." as a sentence after another in the same paragraph ("Nell completed the DSL course on 3
 *    October 2025. Rosa Quenby: Safeguarding Essentials, 11/11/2021.") is that person's record, as it is on a line of
 *    its own — also when a PDF's page width breaks the line between the first name and the surname.
 * 2. A possessive name's record soft-wrapped over a paragraph's lines ("Kit's last safeguarding" / "course was in May
 *    2023.") is that person's, as it is when the paragraph is one line (a Word file's): the lines are read as one.
 * 3. A refresher, update or renewal named after a course in the same clause, with its own date ("… the DSL course on 3
 *    March 2022 and an online refresher in September 2025") is the most recent record of THAT course.
 * The PDF's text is given twice: with the section's heading as a line right above the paragraph ("Training" / "Nell
 * completed …", which a PDF runs into the sentence under it), and as section-layouts.ts lays it out.
 * Stays as it is: a stale record is still reported (with the newer date when the refresher has lapsed too); a
 * refresher of another named course ("… and a first aid refresher in 2025") renews nothing of the DSL course; a
 * refresher still to come ("is booked on a refresher in January 2027") is no record; a label that is no person's name
 * ("Note: …") gives nobody a record; a course still to come in the possessive ("Kit's next safeguarding" / "course is
 * in May 2027.") is no record.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Policy — Larkhill Bouldering Club";
const ROLES =
  "Our Designated Safeguarding Lead is Nell Farrow (07700 900 318). Our deputies are Kit Adeyemi and Rosa Quenby (07700 900 319).";
const KIT = "Kit Adeyemi completed the deputy DSL course on 4 May 2025.";
const ROSA = "Rosa Quenby completed her safeguarding training on 9 June 2025.";

/**
 * The training paragraph in the three formats: `\n` in it is a Markdown soft wrap, and a space in the Word file; the
 * PDF's text breaks it where `\n` stands (a PDF wraps anywhere) and again at its page width.
 */
function layouts(training: string, others: string[]): SourceDocument[] {
  const md = markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## Who to speak to",
      "",
      ROLES,
      "",
      "## Training",
      "",
      training,
      "",
      ...others.flatMap((o) => [o, ""]),
    ].join("\n"),
  );
  const docx = wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      "<h2>Who to speak to</h2>",
      `<p>${ROLES}</p>`,
      "<h2>Training</h2>",
      `<p>${training.replace(/\n/g, " ")}</p>`,
      ...others.map((o) => `<p>${o}</p>`),
    ].join(""),
  );
  const wrap = (p: string) => p.replace(/(.{60,75}?) /g, "$1\n");
  const pdf = pdfDocument(
    [
      TITLE,
      "Who to speak to",
      wrap(ROLES),
      "Training",
      ...training.split("\n").map(wrap),
      ...others.map(wrap),
    ].join("\n"),
  );
  return [
    md,
    docx,
    pdf,
    ...sectionLayouts(TITLE, "Who to speak to", [ROLES, training.replace(/\n/g, " "), ...others]),
  ];
}

const messages = (document: SourceDocument) => [
  ...run(trainingMissing, document).map((f) => f.message),
  ...run(trainingStale, document).map((f) => f.message),
];
const about = (document: SourceDocument, name: string) => messages(document).filter((m) => m.includes(name));
const where = (document: SourceDocument) => `${document.format}:\n${document.text}`;

describe("1. 'Name: Course, date.' as a sentence after another in the paragraph", () => {
  for (const training of [
    "Nell completed the DSL course on 3 October 2025. Rosa Quenby: Safeguarding Essentials, 11/11/2021.",
    "Nell completed the DSL course on 3 October 2025. Rosa\nQuenby: Safeguarding Essentials, 11/11/2021.",
    "Nell Farrow holds the DSL course (3 October 2025). Rosa Quenby: Safeguarding Essentials, 11/11/2021.",
    "Nell completed the DSL course on 3 October 2025. Rosa Quenby: Safeguarding Children Awareness, 11 November 2021.",
  ])
    it(`is Rosa Quenby's own stale record, none missing: ${training}`, () => {
      for (const document of layouts(training, [KIT])) {
        const rosa = about(document, "Quenby");
        expect(rosa, where(document)).toHaveLength(1);
        expect(rosa[0], where(document)).toMatch(/^Rosa Quenby's most recent .*11 November 2021/);
        expect(
          messages(document).filter((m) => /^Quenby/.test(m)),
          where(document),
        ).toEqual([]);
      }
    });

  it("a current record of hers: nothing at all about her", () => {
    for (const document of layouts(
      "Nell completed the DSL course on 3 October 2025. Rosa Quenby: Safeguarding Essentials, 14/05/2025.",
      [KIT],
    ))
      expect(about(document, "Quenby"), where(document)).toEqual([]);
  });

  it("stays: a label that is no person ('Note: …') is nobody's record, and Rosa's record is missing", () => {
    for (const document of layouts(
      "Nell completed the DSL course on 3 October 2025. Note: Safeguarding Essentials, 11/11/2021.",
      [KIT],
    )) {
      expect(about(document, "Note"), where(document)).toEqual([]);
      expect(about(document, "Quenby"), where(document)).toEqual([
        expect.stringMatching(
          /^The policy lists safeguarding training for other people, but none for Rosa Quenby/,
        ),
      ]);
    }
  });
});

describe("2. a possessive name's record soft-wrapped over a paragraph's lines", () => {
  for (const training of [
    "Nell completed the DSL course on 3 October 2025. Kit's last safeguarding\ncourse was in May 2023.",
    "Nell completed the DSL course on 3 October 2025. Kit's last\nsafeguarding course was in May 2023.",
    "Nell completed the DSL course on 3 October 2025. Kit Adeyemi's safeguarding course was\nin May 2023.",
    "Everyone renews their training every three years. Kit's last safeguarding\ncourse was in May 2023.",
  ])
    it(`is Kit Adeyemi's stale record, none missing, none unnamed: ${JSON.stringify(training)}`, () => {
      for (const document of layouts(training, [ROSA])) {
        const kit = about(document, "Kit Adeyemi");
        expect(kit, where(document)).toHaveLength(1);
        expect(kit[0], where(document)).toMatch(/^Kit Adeyemi's most recent safeguarding course is May 2023/);
        expect(
          messages(document).filter((m) => m.startsWith("The training on this line")),
          where(document),
        ).toEqual([]);
      }
    });

  it("a current record of his: nothing at all about him", () => {
    for (const document of layouts(
      "Nell completed the DSL course on 3 October 2025. Kit's last safeguarding\ncourse was in May 2025.",
      [ROSA],
    ))
      expect(about(document, "Kit"), where(document)).toEqual([]);
  });

  it("stays: a course still to come in the possessive is no record of his (his record is missing)", () => {
    for (const document of layouts(
      "Nell completed the DSL course on 3 October 2025. Kit's next safeguarding\ncourse is in May 2027.",
      [ROSA],
    ))
      expect(about(document, "Kit"), where(document)).toEqual([
        expect.stringMatching(
          /^The policy lists safeguarding training for other people, but none for Kit Adeyemi/,
        ),
      ]);
  });
});

describe("3. a refresher named after a course in the same clause, with its own date", () => {
  const nell = (document: SourceDocument) => about(document, "Farrow");
  // `WHEN`: the refresher's date — current (September 2025), or lapsed too (September 2024, past its two years).
  for (const training of [
    "Nell completed the DSL course on 3 March 2022 and an online refresher in WHEN.",
    "Nell completed the DSL course on 3 March 2022 and a refresher in WHEN.",
    "Nell Farrow did the Designated Safeguarding Lead course in March 2022, and an update in WHEN.",
    "Nell completed the DSL course on 3 March 2022 and a face-to-face renewal\nin WHEN.",
    "Nell completed the DSL course on 3 March 2022 and did a half-day refresher in WHEN.",
  ]) {
    it(`is her most recent DSL course, still valid: ${JSON.stringify(training)}`, () => {
      for (const document of layouts(training.replace("WHEN", "September 2025"), [KIT, ROSA]))
        expect(nell(document), where(document)).toEqual([]);
    });
    it(`is her most recent DSL course, lapsed too: ${JSON.stringify(training)}`, () => {
      for (const document of layouts(training.replace("WHEN", "September 2024"), [KIT, ROSA]))
        expect(nell(document), where(document)).toEqual([
          expect.stringMatching(
            /^Nell Farrow's most recent .* is September 2024 — it lapsed at the end of September 2026/,
          ),
        ]);
    });
  }

  it("stays: a refresher that has lapsed too is reported, with its date", () => {
    for (const document of layouts(
      "Nell completed the DSL course on 3 March 2022 and an online refresher in September 2024.",
      [KIT, ROSA],
    )) {
      const found = nell(document);
      expect(found, where(document)).toHaveLength(1);
      expect(found[0], where(document)).toMatch(/September 2024/);
    }
  });

  for (const [what, training] of [
    [
      "a refresher of another named course",
      "Nell completed the DSL course on 3 March 2022 and a first aid refresher in 2025.",
    ],
    [
      "a refresher still to come",
      "Nell completed the DSL course on 3 March 2022 and is booked on a refresher in January 2027.",
    ],
  ])
    it(`stays: ${what}: her March 2022 DSL course is still her most recent`, () => {
      for (const document of layouts(training, [KIT, ROSA])) {
        const found = nell(document);
        expect(found, where(document)).toHaveLength(1);
        expect(found[0], where(document)).toMatch(
          /^Nell Farrow's most recent DSL course is dated 3 March 2022/,
        );
      }
    });
});
