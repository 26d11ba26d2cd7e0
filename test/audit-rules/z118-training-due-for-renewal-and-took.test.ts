/**
 * Training told in sentences (held-out set zz118, in our own words; every name is invented). A deputy's course known
 * by when it falls due again — "Oskar's DSL refresher is due for renewal in February 2027", "Oskar took the deputy
 * version of the same course and is due for renewal in February 2027" — is the deputy's training, not a gap: the
 * date after "due for renewal in" is when it lapses, never the day it was done. "took the … course" records a course
 * as "completed" does. Near misses: a deputy who only "took the deputy role" and is booked on a course, or is only
 * booked, has no training recorded; a renewal date already passed is a lapsed course; "took his refresher online"
 * with no date in the sentence is no undated record (the certificate pasted below it may date it). As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const paragraph = (deputy: string) =>
  `Marisol completed the county's Designated Safeguarding Lead course in June 2025. ${deputy} Ines completed the Deputy DSL course on 2025-09-02.`;

const documents = (deputy: string) => [
  markdownDocument(
    [
      "# Lantern Street Youth Theatre – Safeguarding Policy",
      "",
      "## 2. Who's who",
      "",
      "**Designated Safeguarding Lead:** Marisol Quayle, Centre Manager – 07700 900 131",
      "",
      "**Deputy DSLs:** Oskar Brandvold, Studio Manager – 07700 900 132; Ines Farrow-Lee, Holiday Coordinator – 07700 900 133",
      "",
      "## 3. Training",
      "",
      paragraph(deputy),
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Lantern Street Youth Theatre – Safeguarding Policy</h1>",
      "<h2>2. Who's who</h2>",
      "<p><strong>Designated Safeguarding Lead:</strong> Marisol Quayle, Centre Manager – 07700 900 131</p>",
      "<p><strong>Deputy DSLs:</strong> Oskar Brandvold, Studio Manager – 07700 900 132; Ines Farrow-Lee, Holiday Coordinator – 07700 900 133</p>",
      "<h2>3. Training</h2>",
      `<p>${paragraph(deputy)}</p>`,
    ].join("\n"),
  ),
];

describe("a deputy's course known by its renewal date, or by 'took'", () => {
  const TRAINED = [
    "Oskar's DSL refresher is due for renewal in February 2027; he last took it in February 2025 and is booked on the 10 February 2027 course.",
    "Oskar's DSL refresher is due for renewal in February 2027.",
    "Oskar took the deputy version of the same course and is due for renewal in February 2027.",
    "Oskar completed the deputy version of the same course and is due for renewal in February 2027.",
    "Oskar took the Deputy DSL course in February 2025.",
    "Oskar took the lead course in February 2025.",
  ];
  it.each(TRAINED)("is the deputy's training, current and dated: %s", (deputy) => {
    for (const document of documents(deputy)) {
      expect(run(trainingMissing, document), document.format).toEqual([]);
      expect(run(trainingStale, document), document.format).toEqual([]);
      expect(run(trainingUndated, document), document.format).toEqual([]);
    }
  });

  it("reads a renewal date already passed as a lapsed course, not as the day it was done", () => {
    for (const document of documents(
      "Oskar took the deputy version of the same course and is due for renewal in March 2026.",
    )) {
      const stale = run(trainingStale, document);
      expect(found(stale, document), document.format).toHaveLength(1);
      expect(stale[0].message).toContain("Oskar Brandvold");
      expect(stale[0].message).toContain("March 2026");
      expect(run(trainingMissing, document), document.format).toEqual([]);
    }
  });

  it("stays quiet about training for a deputy who only took the role or is only booked", () => {
    for (const deputy of [
      "Oskar took the deputy role in February 2025 and is booked on the DSL course in February 2027.",
      "Oskar took the deputy safeguarding post in February 2025 and is booked on the DSL course in February 2027.",
      "Oskar is booked on the DSL course in February 2027.",
    ])
      for (const document of documents(deputy)) {
        const missing = run(trainingMissing, document);
        expect(missing, `${document.format}: ${deputy}`).toHaveLength(1);
        expect(missing[0].message).toContain("Oskar Brandvold");
      }
  });

  it("takes no undated record from 'took' with no date: the lines below may date the course", () => {
    for (const document of documents(
      "Oskar took his DSL refresher online with a national provider; the certificate email is pasted below.",
    ))
      expect(run(trainingUndated, document), document.format).toEqual([]);
  });
});
