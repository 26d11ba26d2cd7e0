/**
 * training-undated (review of the thirty-seventh session, in our own words; every name is invented): "Joel renewed
 * last spring." is an undated training record only when the sentence just before it records training. When that
 * sentence is about a vetting check ("Every helper's enhanced DBS check is renewed every three years.") or about
 * something else altogether, "renewed" is the check's renewal or nothing a reader can place — no training record, so
 * nothing undated. Stays right: the renewal straight after a sentence of training (zz118). As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const documents = (paragraph: string) => [
  markdownDocument(
    [
      "# Kestrel Lane Youth Club Safeguarding Policy",
      "",
      "Designated Safeguarding Lead: Orla Penhallow, 07700 900 611. Deputy: Joel Marchbanks, 07700 900 612.",
      "",
      "## Training and checks",
      "",
      paragraph,
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Kestrel Lane Youth Club Safeguarding Policy</h1>",
      "<p>Designated Safeguarding Lead: Orla Penhallow, 07700 900 611. Deputy: Joel Marchbanks, 07700 900 612.</p>",
      "<h2>Training and checks</h2>",
      `<p>${paragraph}</p>`,
    ].join("\n"),
  ),
];

const records =
  "Orla Penhallow completed her Designated Safeguarding Lead training on 3 March 2026. Joel Marchbanks completed his Designated Safeguarding Lead training on 4 April 2026.";

describe("a vague renewal after a sentence that records no training", () => {
  it.each([
    `${records} Every leader's enhanced DBS check is renewed every three years. Joel Marchbanks renewed last year.`,
    `${records} Each helper's DBS disclosure is renewed through the umbrella body. Joel renewed last spring.`,
    `${records} Our CRB and DBS paperwork goes back to 2009, including the training log. Joel renewed a while ago.`,
    `${records} The club meets in the scout hut on Thursdays. Joel Marchbanks renewed last year.`,
  ])("stays quiet: %s", (paragraph) => {
    for (const document of documents(paragraph))
      expect(run(trainingUndated, document), `${document.format}: ${paragraph}`).toEqual([]);
  });

  it("is still an undated record straight after a sentence of training", () => {
    for (const paragraph of [
      `Orla Penhallow completed her Designated Safeguarding Lead training on 3 March 2026. Joel renewed last spring.`,
      `Orla Penhallow completed her Designated Safeguarding Lead training on 3 March 2026. Ida took the same course and is due again in January 2027. Joel Marchbanks renewed last year.`,
    ])
      for (const document of documents(paragraph)) {
        const undated = run(trainingUndated, document);
        expect(found(undated, document), `${document.format}: ${paragraph}`).toEqual([
          expect.stringContaining("renewed last"),
        ]);
        expect(undated[0].message).toContain("Joel Marchbanks");
      }
  });
});
