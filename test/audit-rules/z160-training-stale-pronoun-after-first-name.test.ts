/**
 * training-stale (held-out zz167), in our own words; every name is invented. As of 1 December 2026.
 * A club names its lead and deputy in prose, then under a heading of its own ("## 7. Staff training") gives each
 * one's course in a paragraph that opens with their first name and goes on with a pronoun: "Rosa-Lee took on the lead
 * role when the club opened in 2019. She completed her designated safeguarding lead course … in May 2024".
 * Now counts: a heading ends no sentence, so the paragraph's first sentence under it is read whole (it was taken for
 * the end of a sentence the heading began, and cut off): "She" stands for the lead the sentence before opens with,
 * and her course of May 2024 has lapsed (24 months) — one finding, hers, in Markdown (hard-wrapped or not) and Word.
 * Stays as it is: the deputy's "Kofi joined in 2021. He completed the same lead practitioner course on 17 January
 * 2025" is his and current (no finding, and it does not hide hers); the host school's DSL named in the policy gets no
 * training finding; a "She" after a sentence that names two women names nobody; a sentence a PDF's line wraps onto
 * the next line is still read as one.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Larkhill Out of School Club — Safeguarding and Child Protection Policy";
const LEAD =
  "Our lead is the club manager, Rosa-Lee Fenwick (07700 900461). She is on site at every session except Fridays.";
const DEPUTY =
  "Her deputy is Kofi Ashdown-Pryce, our senior playworker (07700 900462), who runs the Friday sessions and the holiday club.";
const HOST =
  "The school's own Designated Safeguarding Lead is the deputy headteacher, Mr Tobias Quennell-Marsh. He is not the club's lead, but we agree with him how information is shared.";
const KOFI =
  "Kofi joined in 2021. He completed the same lead practitioner course on 17 January 2025, and he is booked onto the Prevent awareness session on 11 February 2027.";

/** The policy in Markdown and Word: the lead's section, the host school's, then the training section. */
function layouts(training: string[], heading = "7. Staff training"): SourceDocument[] {
  const sections: Array<[string, string[]]> = [
    ["2. Our designated safeguarding lead", [LEAD, DEPUTY]],
    ["3. Working with the host school", [HOST]],
    [heading, training],
  ];
  const md = [`# ${TITLE}`, ""];
  const html = [`<h1>${TITLE}</h1>`];
  for (const [title, paragraphs] of sections) {
    md.push(`## ${title}`, "", ...paragraphs.flatMap((p) => [p, ""]));
    html.push(`<h2>${title}</h2>`, ...paragraphs.map((p) => `<p>${p}</p>`));
  }
  return [markdownDocument(md.join("\n")), wordDocument(html.join(""))];
}

/** The same paragraphs hard-wrapped at some seventy letters, as a Markdown file is often written. */
const wrapped = (paragraph: string) => paragraph.replace(/(.{60,75}?) /g, "$1\n");

const stale = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);

describe("a paragraph under a heading, opened by the lead's first name, then her pronoun", () => {
  for (const training of [
    "Rosa-Lee took on the lead role when the club opened in 2019. She completed her designated safeguarding lead course with Ashby's early years team in May 2024, and she attends the termly DSL network meetings.",
    "Rosa-Lee has run the club since it opened in 2018. She completed her designated safeguarding lead course in May 2024.",
    "Rosa-Lee became our lead in 2019. She completed her DSL refresher with the county in May 2024.",
    "Rosa-Lee took on the lead role when the club opened. She completed her designated safeguarding lead course in May 2024.",
  ])
    for (const paragraphs of [
      [training, KOFI],
      [wrapped(training), wrapped(KOFI)],
    ])
      it(`is her lapsed course: ${paragraphs[0]}`, () => {
        for (const document of layouts(paragraphs)) {
          const messages = stale(document);
          expect(messages, document.format).toHaveLength(1);
          expect(messages[0], document.format).toMatch(/^Rosa-Lee Fenwick's most recent .*May 2024/);
        }
      });

  it("under a heading with no number", () => {
    const training =
      "Rosa-Lee took on the lead role when the club opened in 2019. She completed her designated safeguarding lead course in May 2024.";
    for (const document of layouts([training, KOFI], "Training")) {
      const messages = stale(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/^Rosa-Lee Fenwick's most recent .*May 2024/);
    }
  });
});

describe("stays as it is", () => {
  it("the deputy's current course, and the host school's lead: no finding", () => {
    const training =
      "Rosa-Lee took on the lead role when the club opened in 2019. She completed her designated safeguarding lead course in March 2026.";
    for (const paragraphs of [
      [training, KOFI],
      [wrapped(training), wrapped(KOFI)],
    ])
      for (const document of layouts(paragraphs)) expect(stale(document), document.format).toEqual([]);
  });

  it("a pronoun after a sentence that names two women", () => {
    const training =
      "Rosa-Lee and Bethany opened the club in 2019. She completed her designated safeguarding lead course in May 2024.";
    for (const document of layouts([training, KOFI]))
      expect(
        stale(document).filter((m) => m.startsWith("Rosa-Lee Fenwick's")),
        document.format,
      ).toEqual([]);
  });

  it("a sentence a PDF's line wraps onto the next line is read as one", () => {
    const document = markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## 2. Our designated safeguarding lead",
        "",
        LEAD,
        "",
        "## 7. Staff training",
        "",
        "Rosa-Lee completed her designated safeguarding lead course in",
        "May 2024. She attends the termly DSL network meetings.",
        "",
      ].join("\n"),
    );
    const messages = stale(document);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Rosa-Lee Fenwick's most recent .*May 2024/);
  });
});
