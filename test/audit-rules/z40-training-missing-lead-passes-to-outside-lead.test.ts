/**
 * training-missing (review 46), in our own words; every name is invented. A club's own lead hands concerns on to a
 * governing body's lead:
 *   "Our **Club Welfare Officer** is Mrs NAME (phone), the lead for safeguarding at the club. She passes every concern
 *   on to the designated safeguarding lead at Larkshire County FA the same day."
 * She is the club's lead, not a contact under it, so with only her deputy's training listed, hers is missing. Each of
 * three things says so, and each alone is enough: the only other lead named is her deputy; her own sentence names her
 * the lead; the lead she passes concerns to is another body's ("at Larkshire County FA", "of the local authority").
 * Still works: a role whose holders pass concerns to the club's own lead ("to the designated safeguarding lead", "to
 * the DSL at the club"), under a lead named by other words, is a contact owed no record.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const documents = (paragraphs: string[]): SourceDocument[] => [
  markdownDocument(
    [
      "# Wexcombe Wanderers FC",
      "",
      "## Safeguarding Policy",
      "",
      "Approved: 1 September 2026. Next review: September 2027.",
      "",
      "### 2. Who to tell",
      "",
      ...paragraphs.flatMap((p) => [p, ""]),
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Wexcombe Wanderers FC</h1>",
      "<h2>Safeguarding Policy</h2>",
      "<p>Approved: 1 September 2026. Next review: September 2027.</p>",
      "<h3>2. Who to tell</h3>",
      ...paragraphs.map((p) => `<p>${p.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
    ].join(""),
  ),
];

const DEPUTY = "Our **Deputy Club Welfare Officer** is Mr Caspian Orrell-Dane (07700 900 512).";
const OTHER_LEAD =
  "Designated Safeguarding Officer: Mr Lorcan Abbeydale. Mr Lorcan Abbeydale completed the FA Safeguarding Children course on 10/01/2026.";
const DEPUTY_TRAINED = "Mr Caspian Orrell-Dane completed the FA Safeguarding Children course in 05/2025.";
const lead = (claim: string, to: string) =>
  `Our **Club Welfare Officer** is Mrs Philippa Strand (07700 900 511)${claim}. She passes every concern on to ${to} the same day.`;

const messages = (document: SourceDocument) => run(missing, document).map((f) => f.message);

describe("training-missing: a lead who passes concerns on to another body's lead", () => {
  it("the reviewer's case: her training is missing", () => {
    for (const document of documents([
      lead(
        ", the lead for safeguarding at the club",
        "the designated safeguarding lead at Larkshire County FA",
      ),
      DEPUTY,
      DEPUTY_TRAINED,
    ]))
      expect(messages(document), document.format).toEqual([expect.stringContaining("Mrs Philippa Strand")]);
  });

  it("each reason alone is enough", () => {
    const cases = [
      // Only her deputy besides.
      [lead("", "the designated safeguarding lead"), DEPUTY, DEPUTY_TRAINED],
      // Her own sentence names her the lead, another lead named by other words.
      [OTHER_LEAD, lead(", the lead for safeguarding at the club", "the designated safeguarding lead")],
      // Another body's lead, another lead named by other words.
      [OTHER_LEAD, lead("", "the designated safeguarding lead of the local authority")],
      [OTHER_LEAD, lead("", "the DSL at Larkshire County FA")],
    ];
    for (const paragraphs of cases)
      for (const document of documents(paragraphs))
        expect(messages(document), `${document.format}: ${paragraphs.join(" / ")}`).toEqual([
          expect.stringContaining("Mrs Philippa Strand"),
        ]);
  });
});

describe("still works: a contact who passes concerns to the club's own lead", () => {
  it("is owed no training record", () => {
    for (const to of ["the designated safeguarding lead", "the DSL at the club"]) {
      const paragraphs = [
        "Our Designated Safeguarding Lead is Mrs Philippa Strand (07700 900 511). Mrs Philippa Strand completed the FA Safeguarding Children course in 04/2026.",
        DEPUTY,
        DEPUTY_TRAINED,
        `On match days the **Pitchside Safeguarding Contact** is Mr Tobias Wren. He passes every concern on to ${to} the same day.`,
      ];
      for (const document of documents(paragraphs))
        expect(messages(document), `${document.format}: ${to}`).toEqual([]);
    }
  });
});
