/**
 * training-undated (held-out set zz118, in our own words; every name is invented): in a paragraph of people's
 * training, "Joel renewed last spring." says a named person renewed their training but gives no date a reader can
 * count from — "last spring", "last year", "last term", "a while ago" — so the record is undated. Near misses: a
 * relative time with its date in a bracket ("eighteen months ago (March 2025)") is dated; a renewal in a paragraph
 * that is not about training ("the hall's lease") and a subject that is no person the policy names say nothing of
 * anyone's training. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const documents = (paragraph: string) => [
  markdownDocument(
    [
      "# St Brannock's Church – Junior Choir",
      "",
      "| Parish details | |",
      "|---|---|",
      "| Parish Safeguarding Officer | Rhoswen Applegarth · 07700 900 511 |",
      "| Choir leader | Joel Marchbanks · 07700 900 512 |",
      "",
      "## Training",
      "",
      paragraph,
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>St Brannock's Church – Junior Choir</h1>",
      "<table><tr><td><p>Parish details</p></td><td><p></p></td></tr>",
      "<tr><td><p>Parish Safeguarding Officer</p></td><td><p>Rhoswen Applegarth · 07700 900 511</p></td></tr>",
      "<tr><td><p>Choir leader</p></td><td><p>Joel Marchbanks · 07700 900 512</p></td></tr></table>",
      "<h2>Training</h2>",
      `<p>${paragraph}</p>`,
    ].join("\n"),
  ),
];

const lead = "Rhoswen completed the diocese's Safeguarding Leadership course in April 2025.";

describe("a named person who renewed at a time that is no date", () => {
  it.each([
    "Joel renewed last spring.",
    "Joel refreshed last year.",
    "Joel renewed a while ago.",
    "Joel Marchbanks renewed last term.",
  ])("is an undated record: %s", (sentence) => {
    for (const document of documents(
      `${lead} ${sentence} Other helpers complete the Basic course every three years.`,
    )) {
      const undated = run(trainingUndated, document);
      expect(found(undated, document), document.format).toEqual([
        expect.stringContaining(sentence.slice(0, -1)),
      ]);
      expect(undated[0].message).toContain("Joel Marchbanks");
    }
  });

  it("is an undated record when the renewed course is named: 'renewed his … training last spring'", () => {
    for (const document of documents(`${lead} Joel renewed his Basic safeguarding training last spring.`)) {
      const undated = run(trainingUndated, document);
      expect(found(undated, document), document.format).toEqual([
        expect.stringContaining("training last spring"),
      ]);
      expect(undated[0].message).toContain("Joel Marchbanks");
    }
  });

  it("stays quiet for a dated relative time, a paragraph not about training, or no person", () => {
    for (const paragraph of [
      `${lead} Joel renewed eighteen months ago (March 2025).`,
      `${lead} Joel renewed last spring, on 4 May 2025.`,
      "The choir rehearses in the church hall. Joel renewed last spring.",
      `${lead} The hall's lease renewed last year.`,
      `${lead} Everyone renewed last year.`,
      `${lead} Joel renewed his Basic safeguarding training in May 2025.`,
    ])
      for (const document of documents(paragraph))
        expect(run(trainingUndated, document), `${document.format}: ${paragraph}`).toEqual([]);
  });
});
