/**
 * Struck-through words are removed words to a careful reader, as a tracked deletion's are — for every rule, not only
 * the lead and training readers (z104-leads-struck-through-former-lead.test.ts). A policy updated by striking the old
 * words through ("~~CRB~~ DBS", "~~[insert name]~~ Ms Bea Moss", Word's strikethrough) has no outdated reference or
 * placeholder in the struck words; the same words not struck through are still reported. Names are invented.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const lines = [
  "Designated Safeguarding Lead: ~~[insert name]~~ Ms Bea Moss, 07700 900123.",
  "All volunteers hold an enhanced DBS check (~~CRB~~) and we follow ~~Keeping Children Safe in Education 2019~~ Keeping Children Safe in Education 2025.",
  "~~Next review: March 2024~~ Next review: March 2027",
];

const markdown = (body: string[]) =>
  ["# Larkfield Chess Club – Safeguarding Policy", "", ...body.flatMap((line) => [line, ""])].join("\n");
const word = (body: string[]) =>
  [
    "<h1>Larkfield Chess Club – Safeguarding Policy</h1>",
    ...body.map((line) => `<p>${line.replace(/~~(.*?)~~/g, "<s>$1</s>")}</p>`),
  ].join("\n");

const struck: Array<[string, SourceDocument]> = [
  ["md", markdownDocument(markdown(lines))],
  ["docx", wordDocument(word(lines))],
];
const unstruck = lines.map((line) => line.replaceAll("~~", ""));
const plain: Array<[string, SourceDocument]> = [
  ["md", markdownDocument(markdown(unstruck))],
  ["docx", wordDocument(word(unstruck))],
];

describe("struck-through words are read by no rule", () => {
  for (const [format, document] of struck) {
    it(`${format}: no outdated reference, placeholder or past review date in the struck words`, () => {
      expect(run(outdatedReference, document)).toEqual([]);
      expect(run(placeholderText, document)).toEqual([]);
      expect(run(reviewOverdue, document)).toEqual([]);
    });
  }

  it("md: struck words wrapped over a line break are paired as Markdown pairs them; '~~ ' with a space opens none", () => {
    const document = markdownDocument(
      markdown([
        "Our Welfare Officer used to be ~~Mr Alan Jones (07700 900123), who stood down in\nJuly 2026~~ but is now Ms Beth Carter. Volunteers no longer need ~~CRB~~ checks.",
        "Ages ~~ 5 to 16 and ~~ under: we follow Keeping Children Safe in Education 2019.",
      ]),
    );
    expect(found(run(outdatedReference, document), document)).toEqual([
      "Keeping Children Safe in Education 2019",
    ]);
  });

  for (const [format, document] of plain) {
    it(`${format}: the same words not struck through are reported`, () => {
      expect(found(run(outdatedReference, document), document)).toEqual([
        "CRB",
        "Keeping Children Safe in Education 2019",
      ]);
      expect(found(run(placeholderText, document), document)).toEqual(["[insert name]"]);
    });
  }
});
