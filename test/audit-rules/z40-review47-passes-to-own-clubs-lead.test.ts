/**
 * training-missing (review 47), in our own words; every name is invented. In a club's own policy ("Marlowfield
 * Colts FC Safeguarding Policy"), a contact who "passes every concern straight on to the Designated Safeguarding Lead
 * at Marlowfield Colts FC" passes it to the club's own lead: the body the lead belongs to is the setting the title
 * names, not another body, so the contact is owed no training record. Near miss: the same contact passing concerns to
 * the lead "at Larkshire County FA" passes them to another body's lead, so is the club's lead, and her training is
 * missing. Also: passing-roles.ts keeps its answers per document, so two documents audited in turn give the same
 * findings as each alone.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Marlowfield Colts FC Safeguarding Policy";

const documents = (paragraphs: string[]): SourceDocument[] => [
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "Approved: 1 September 2026. Next review: September 2027.",
      "",
      "## 2. Who to tell",
      "",
      ...paragraphs.flatMap((p) => [p, ""]),
    ].join("\n"),
  ),
  wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      "<p>Approved: 1 September 2026. Next review: September 2027.</p>",
      "<h2>2. Who to tell</h2>",
      ...paragraphs.map((p) => `<p>${p.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
    ].join(""),
  ),
  pdfDocument(
    [
      TITLE,
      "",
      "Approved: 1 September 2026. Next review: September 2027.",
      "",
      "2. Who to tell",
      "",
      ...paragraphs.flatMap((p) => [p.replace(/\*\*/g, ""), ""]),
    ].join("\n"),
  ),
];

const OWN_LEAD =
  "Designated Safeguarding Officer: Mr Lorcan Abbeydale. Mr Lorcan Abbeydale completed the FA Safeguarding Children course on 10/01/2026.";
const contact = (to: string) =>
  `On match days the **Pitchside Safeguarding Contact** is Mrs Philippa Strand (07700 900 511). She passes every concern straight on to ${to} the same day.`;

const messages = (document: SourceDocument) => run(missing, document).map((f) => f.message);

describe("training-missing: a contact who passes concerns to the lead of the club the title names", () => {
  it("is owed no training record", () => {
    for (const to of [
      "the Designated Safeguarding Lead at Marlowfield Colts FC",
      "the designated safeguarding lead of Marlowfield Colts FC",
      "the DSL at Marlowfield Colts",
    ])
      for (const document of documents([OWN_LEAD, contact(to)]))
        expect(messages(document), `${document.format}: ${to}`).toEqual([]);
  });

  it("still reports her training missing when the lead is another body's (near miss)", () => {
    for (const to of [
      "the Designated Safeguarding Lead at Larkshire County FA",
      "the designated safeguarding lead of Marlowfield Rovers FC",
    ])
      for (const document of documents([OWN_LEAD, contact(to)]))
        expect(messages(document), `${document.format}: ${to}`).toEqual([
          expect.stringContaining("Mrs Philippa Strand"),
        ]);
  });
});

describe("passing-roles: answers kept per document", () => {
  it("two documents audited in turn give the same findings as each alone", () => {
    const [own] = documents([OWN_LEAD, contact("the Designated Safeguarding Lead at Marlowfield Colts FC")]);
    const [other] = documents([OWN_LEAD, contact("the Designated Safeguarding Lead at Larkshire County FA")]);
    const alone = [messages(own), messages(other)];
    const inTurn = [messages(other), messages(own), messages(other), messages(own)];
    expect(inTurn).toEqual([alone[1], alone[0], alone[1], alone[0]]);
    // The same text twice, read as two documents: the second gives what the first did.
    const again = documents([OWN_LEAD, contact("the DSL at Larkshire County FA")]);
    expect(messages(again[0])).toEqual(messages(again[1]));
  });
});
