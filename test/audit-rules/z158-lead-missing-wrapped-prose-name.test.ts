/**
 * lead-missing, deputy-missing and training-stale (session 48, held-out zz162/zz163), in our own words; every name is
 * invented. As of 1 December 2026. A person's name wrapped over a line break inside a prose paragraph (a Markdown soft
 * break; a Word line break in the paragraph), with the role after it in a body's possessive or in a "whose deputy"
 * clause:
 *   "The Director of Music, Perpetua" / "Hollingsworth-Adeyemi, is the Youth Choir's Designated Safeguarding Lead."
 *   "Our Safeguarding Lead is Canon Dr Ignatius Whitlow-Baptiste, whose deputy is Mr Osric" / "Fairbairn-Nkemelu, …"
 * What now counts: the lead is named (the body's capitalised name in the possessive after "is the" is whose lead it is,
 * not a name); "whose deputy is NAME" names the deputy as "her deputy is NAME" does; and a lead's course recorded by a
 * pronoun ("She completed …") after the wrapped sentence naming her, or after another sentence of hers opened by the
 * same pronoun ("She keeps the records. She completed …"), is hers.
 * Stays as it is: another body's officer kept apart ("the Diocese's" stays a wider body's); a pronoun's sentence after
 * a sentence naming someone else by title is not the lead's; "whose deputy" with no name after it names no one.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Brackenfold Youth Choir — Safeguarding Policy";
const OPENING = "Approved by the trustees on 2 March 2026. Next review: March 2027.";

/** The paragraphs in Markdown (a line break inside a paragraph is a soft break) and in Word (a <br/>). */
const layouts = (...paragraphs: string[]): SourceDocument[] => [
  markdownDocument([`# ${TITLE}`, "", OPENING, "", ...paragraphs.flatMap((p) => [p, ""])].join("\n")),
  wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      `<p>${OPENING}</p>`,
      ...paragraphs.map((p) => `<p>${p.replace(/\n/g, "<br/>")}</p>`),
    ].join("\n"),
  ),
];

const DEPUTY = "Deputy Designated Safeguarding Lead: Mr Osric Fairbairn (07700 900 431).";
const messages = (document: SourceDocument) =>
  [leadMissing, deputyMissing].flatMap((rule) => run(rule, document).map((f) => f.message));

describe("a lead named in prose, the name wrapped, the role after a body's possessive", () => {
  for (const lead of [
    "The Director of Music, Perpetua\nHollingsworth-Adeyemi, is the Youth Choir's Designated Safeguarding Lead.",
    "Perpetua Hollingsworth-Adeyemi is the Youth Choir's\nDesignated Safeguarding Lead and keeps our records.",
    "Our Director of Music, Mrs Perpetua\nHollingsworth-Adeyemi, is the Brackenfold Choir's DSL (01632 960 411).",
    "Perpetua Hollingsworth-Adeyemi is the Choir's Designated Safeguarding Lead.",
  ])
    it(`names the lead: ${JSON.stringify(lead)}`, () => {
      for (const document of layouts(lead, DEPUTY)) expect(messages(document), document.format).toEqual([]);
    });
});

describe("a deputy named in a 'whose deputy is' clause, the name wrapped", () => {
  const LEAD = "Designated Safeguarding Lead: Ms Perpetua Hollingsworth (07700 900 430).";
  for (const deputy of [
    "Our Safeguarding Lead is Canon Dr Ignatius Whitlow-Baptiste, whose deputy is Mr Osric\nFairbairn-Nkemelu, the choir's accompanist.",
    "Concerns go to Ms Perpetua Hollingsworth, whose deputy is\nMr Osric Fairbairn-Nkemelu.",
    "Concerns go to Ms Perpetua Hollingsworth, whose deputy is Mr Osric Fairbairn-Nkemelu.",
  ])
    it(`names the deputy: ${JSON.stringify(deputy)}`, () => {
      for (const document of layouts(LEAD, deputy))
        expect(
          run(deputyMissing, document).map((f) => f.message),
          document.format,
        ).toEqual([]);
    });

  it("stays: 'whose deputy' with no name after it names no one", () => {
    for (const document of layouts(
      LEAD,
      "Concerns go to Ms Perpetua Hollingsworth, whose deputy is to be appointed.",
    ))
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
  });
});

describe("a lead's course recorded by a pronoun after the wrapped sentence naming her", () => {
  const stale = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);
  for (const lead of [
    "The Director of Music, Perpetua\nHollingsworth-Adeyemi, is the Youth Choir's Designated Safeguarding Lead. She completed the Designated Safeguarding Lead course on 24 September 2024.",
    "The Director of Music, Perpetua\nHollingsworth-Adeyemi, is our Designated Safeguarding Lead. She completed the Designated Safeguarding Lead course on 24 September 2024.",
    "The Director of Music, Perpetua\nHollingsworth-Adeyemi, is the Youth Choir's Designated Safeguarding Lead. She keeps the register of every rehearsal and tour, and she tells parents about any concern. She completed the Designated Safeguarding Lead course on 24 September 2024.",
    "Perpetua Hollingsworth-Adeyemi is our Designated Safeguarding Lead. She keeps the register of every rehearsal and tour, and she tells parents about any concern. She completed the Designated Safeguarding Lead course on 24 September 2024.",
  ])
    it(`is hers: ${JSON.stringify(lead)}`, () => {
      for (const document of layouts(lead, DEPUTY)) {
        const found = stale(document);
        expect(found, document.format).toHaveLength(1);
        expect(found[0], document.format).toMatch(/^Perpetua Hollingsworth-Adeyemi's /);
      }
    });

  it("stays: after a sentence naming someone else by title, the pronoun is not the lead's", () => {
    const lead =
      "Perpetua Hollingsworth-Adeyemi is our Designated Safeguarding Lead. She works with Mr Tobias Quennell, our treasurer, on every trip. He completed the Designated Safeguarding Lead course on 24 September 2024.";
    for (const document of layouts(lead, DEPUTY))
      for (const message of stale(document))
        expect(message, document.format).not.toMatch(/^Perpetua Hollingsworth-Adeyemi's /);
  });
});

describe("stays as it is", () => {
  it("another body's officer, in the possessive after 'is the', stays the wider body's", () => {
    const document = markdownDocument(
      [
        `# ${TITLE}`,
        "",
        OPENING,
        "",
        "Canon Ignatius Whitlow is the Diocese's Designated Safeguarding Lead and advises the choir.",
        "",
        "Our own Designated Safeguarding Lead is Ms Perpetua Hollingsworth.",
        "",
        DEPUTY,
        "",
      ].join("\n"),
    );
    expect(messages(document)).toEqual([]);
  });
});
