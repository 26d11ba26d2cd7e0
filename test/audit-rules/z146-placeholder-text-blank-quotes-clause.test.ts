/**
 * placeholder-text (in our own words; every name is invented). A blank left in running text, where nothing after it
 * says what goes there ("While I am at a competition, the kennels are looked after by ____________, who has my
 * number"), is quoted with the words of its clause before it — back to the clause's start, six words at most — so the
 * reader can find where to write: "the kennels are looked after by ____________", not "by ____________". A blank that
 * a word after it already places ("the ______ Welfare Officer") is quoted as before.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (sentence: string) => [
  markdownDocument(
    [
      "# Fernhollow Kennels — Safeguarding Policy",
      "",
      "Approved on 2 March 2026. Next review: March 2027.",
      "",
      sentence,
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Fernhollow Kennels — Safeguarding Policy</h1>",
      "<p>Approved on 2 March 2026. Next review: March 2027.</p>",
      `<p>${sentence}</p>`,
    ].join("\n"),
  ),
];

const quoted = (sentence: string) =>
  run(placeholderText, layouts(sentence)[0]).map((r) => /\("([^"]*)"\)/.exec(r.message)?.[1]);

describe("placeholder-text: a blank that ends its clause is quoted with the clause's words before it", () => {
  it.each([
    [
      "While I am at a competition, the kennels are looked after by ____________, who has my number.",
      "the kennels are looked after by ____________",
    ],
    ["Our safeguarding lead is ______.", "Our safeguarding lead is ______"],
    [
      "If nobody else at all can be reached during the school holidays please ring ______.",
      "during the school holidays please ring ______",
    ],
  ])("%s", (sentence, quote) => {
    for (const document of layouts(sentence)) {
      const reported = run(placeholderText, document);
      expect(
        reported.map((r) => r.message),
        document.format,
      ).toEqual([`A blank was left where a name or detail should be ("${quote}") — write it in`]);
      expect(reported[0].excerpt, document.format).toBe(quote);
    }
  });

  it("quotes a blank that a word after it places as before", () => {
    expect(quoted("Any worry is reported to the ______ Welfare Officer on the same day.")).toEqual([
      "the ______ Welfare Officer",
    ]);
  });
});
