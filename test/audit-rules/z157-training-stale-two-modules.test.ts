/**
 * training-stale (session 47, a hand-written parish policy), in our own words; every name is invented. As of 1
 * December 2026.
 * A church's policy that names the national learning pathway records its officers' modules in prose, each module named
 * alone: "Mr Ewan Castleford completed Foundations in 2021 and Leadership in October 2022." — two records in one
 * sentence — after "Mrs Hilda Rowntree completed Leadership in April 2024." The pathway's modules are one pathway per
 * person, its highest level judged (training-stale's convention): Mr Castleford's Leadership, October 2022, lapsed at
 * the end of October 2025 (three years); Mrs Rowntree's April 2024 is current, and she is not left without training.
 * The same in Word's one-line paragraphs and wrapped over lines, the sentences in either order.
 * Stays as it is: "Leadership" or "Foundations" alone in a policy that is not a church's naming a pathway (a nursery's
 * "completed Leadership in 2021" is a leadership qualification, not safeguarding training).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const OFFICERS = [
  "### Our Parish Safeguarding Officers",
  "",
  "- **Netherby Cross:** Mrs Hilda Rowntree — tel. 01632 960 511",
  "- **Little Aldwick:** Mr Ewan Castleford — tel. 01632 960 512",
  "",
];
const RULE =
  "The officers and the Rector complete the Basic Awareness and Foundations modules of the national learning pathway, and the officers also the Leadership module, renewing each every three years.";

const markdown = (title: string, records: string) =>
  markdownDocument([`# ${title}`, "", ...OFFICERS, "### Training", "", RULE, "", records, ""].join("\n"));
const word = (title: string, records: string) =>
  wordDocument(
    [
      `<h1>${title}</h1>`,
      "<h3>Our Parish Safeguarding Officers</h3>",
      "<ul><li><strong>Netherby Cross:</strong> Mrs Hilda Rowntree — tel. 01632 960 511</li>",
      "<li><strong>Little Aldwick:</strong> Mr Ewan Castleford — tel. 01632 960 512</li></ul>",
      "<h3>Training</h3>",
      `<p>${RULE}</p>`,
      `<p>${records.replace(/\n/g, " ")}</p>`,
    ].join(""),
  );

const CHURCH = "Parish of Netherby Cross with Little Aldwick — Safeguarding Policy";
const messages = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);

describe("a church's pathway modules named alone, two in one sentence", () => {
  // TODO(session 47): a fix in training.ts (pathway modules named alone are courses held in a church's pathway
  // policy; /tmp/f156g/training-pathway-modules.patch) makes these pass but changes z143's chapel record (read by
  // name at 3 years instead of "on this line" at 2), which needs review first.
  for (const records of [
    "Hilda Rowntree completed Leadership in April 2024. Ewan Castleford completed Foundations in 2021 and Leadership in October 2022.",
    "Hilda Rowntree completed Leadership in April 2024. Ewan Castleford completed Foundations in 2021 and Leadership in\nOctober 2022. The Rector completed Leadership in January 2025.",
    "Hilda Rowntree completed Leadership in April 2024.\nEwan Castleford completed Foundations in 2021 and Leadership in October 2022.",
    "Ewan Castleford completed Foundations in 2021 and Leadership in October 2022. Hilda Rowntree completed Leadership in April 2024.",
    "Hilda Rowntree completed the Leadership module in April 2024. Ewan Castleford completed Foundations on 3 May 2021 and Leadership on 14 October 2022.",
  ])
    it.todo(`his Leadership has lapsed, hers is current: ${records.replace(/\n/g, " / ")}`, () => {
      for (const document of [markdown(CHURCH, records), word(CHURCH, records)]) {
        const found = messages(document);
        expect(found, document.format).toHaveLength(1);
        expect(found[0], document.format).toMatch(/Ewan Castleford's most recent Leadership.* October 2022/);
        expect(run(trainingMissing, document), document.format).toEqual([]);
      }
    });
});

describe("stays as it is", () => {
  it("'Leadership' alone in a policy that is not a church's naming a pathway is no safeguarding course", () => {
    const records =
      "Hilda Rowntree completed Leadership in April 2024. Ewan Castleford completed Foundations in 2021 and Leadership in October 2022.";
    const nursery = markdownDocument(
      [
        "# Netherby Cross Day Nursery — Safeguarding Policy",
        "",
        ...OFFICERS,
        "### Training",
        "",
        "Our officers renew their safeguarding training every two years.",
        "",
        records,
        "",
      ].join("\n"),
    );
    expect(messages(nursery)).toEqual([]);
  });
});
