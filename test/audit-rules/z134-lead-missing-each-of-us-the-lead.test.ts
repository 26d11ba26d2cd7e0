/**
 * lead-missing and deputy-missing (held-out set zz134), in our own words; every name is invented. Two childminders
 * who share a home write "Each of us is the designated safeguarding lead for the children on her own register" and
 * name themselves at the head of a table under it ("| | Ann Lee | Tom Ure |") or on the lines just under it: each is
 * a named lead, and the two cover for each other, so neither the lead nor a deputy is missing. The same sentence with
 * no names under it still names nobody, and "each of us is trained as a designated safeguarding lead" holds no role.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const EACH =
  "Each of us is the designated safeguarding lead (DSL) for the children on her own register. When one of us is away the other is the designated safeguarding lead for every child that day.";

const policy = (sentence: string, under: string[]) =>
  [
    "# Safeguarding Policy",
    "",
    "We are two registered childminders who work together from one home.",
    "",
    "## 2. Our designated safeguarding leads",
    "",
    sentence,
    "",
    ...under,
    "",
    "## 3. Recognising abuse",
    "",
    "We listen to the child and write down what they said.",
  ].join("\n");

const table = [
  "| | Marta Kowalczyk | Eilidh Brannagh-Roe |",
  "|---|---|---|",
  "| Phone | 07700 900 101 | 07700 900 102 |",
];
const lines = ["- Marta Kowalczyk – 07700 900 101", "- Eilidh Brannagh-Roe – 07700 900 102"];

describe("lead-missing/deputy-missing: 'each of us is the designated safeguarding lead'", () => {
  it("reads the two people at the head of the table under it as the leads, who need no deputy", () => {
    const md = markdownDocument(policy(EACH, table));
    expect(run(leadMissing, md)).toEqual([]);
    expect(run(deputyMissing, md)).toEqual([]);
  });
  it("reads them in a Word table, names in bold", () => {
    const html = `<h1>Safeguarding Policy</h1><p>We are two registered childminders who work together from one home.</p><h2>2. Our designated safeguarding leads</h2><p>${EACH}</p><table><tr><td><p></p></td><td><p><strong>Marta Kowalczyk</strong></p></td><td><p><strong>Eilidh Brannagh-Roe</strong></p></td></tr><tr><td><p>Phone</p></td><td><p>07700 900 101</p></td><td><p>07700 900 102</p></td></tr></table><h2>3. Recognising abuse</h2><p>We listen to the child.</p>`;
    const docx = wordDocument(html);
    expect(run(leadMissing, docx)).toEqual([]);
    expect(run(deputyMissing, docx)).toEqual([]);
  });
  it("reads the two people listed just under it", () => {
    const md = markdownDocument(policy(EACH, lines));
    expect(run(leadMissing, md)).toEqual([]);
    expect(run(deputyMissing, md)).toEqual([]);
  });
  it("stays a missing lead when nobody is named under it", () => {
    const md = markdownDocument(policy(EACH, ["We keep our phones on during the day."]));
    expect(found(run(leadMissing, md), md).length).toBeGreaterThan(0);
  });
  it("does not read a course ('trained as a designated safeguarding lead') as the role", () => {
    const md = markdownDocument(
      policy("Each of us is trained as a designated safeguarding lead. The DSL decides what to do.", table),
    );
    expect(found(run(leadMissing, md), md).length).toBeGreaterThan(0);
  });
  it("does not take three names at the head of a table for the two of us", () => {
    const md = markdownDocument(
      policy(EACH, [
        "| | Marta Kowalczyk | Eilidh Brannagh-Roe | Owen Pritchard-Lyle |",
        "|---|---|---|---|",
        "| Phone | 07700 900 101 | 07700 900 102 | 07700 900 103 |",
      ]),
    );
    expect(found(run(leadMissing, md), md).length).toBeGreaterThan(0);
  });
});
