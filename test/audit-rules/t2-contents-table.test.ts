/**
 * A contents list laid out as a table (../shared/REAL-WORLD-TEXT.md "Contents lists"): a heading row with a
 * "Contents" cell ("| Part | Contents |", "| No. | Contents | Page |"), a table right under a "Contents" line,
 * a Word table whose cells hold "1. Purpose" and a page number. Read as one list, checked against the headings
 * like any other; only real disagreements reported. In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { findContents } from "../../src/audit/text/headings.js";
import { splitLines } from "../../src/audit/text/lines.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const BODY = [
  "## 1. Who we are",
  "",
  "Harbour Lights Youth Theatre runs drama for young people aged 9 to 18.",
  "",
  "## 2. Our welfare team",
  "",
  "Welfare Officer: Mrs Colette Aubrey",
  "",
  "## 3. Rehearsals and shows",
  "",
  "Two checked adults are backstage at every show (see section 2 for who they are).",
  "",
  "## 4. Review",
  "",
  "This policy is reviewed every year by the trustees.",
  "",
].join("\n");

const entriesOf = (markdown: string) =>
  findContents(splitLines(markdown))?.entries.map((e) => [e.number, e.title, e.page]);

describe("contents lists laid out as a table", () => {
  it("reads a two-column table headed 'Part | Contents'", () => {
    const text = [
      "# Harbour Lights Youth Theatre",
      "",
      "| Part | Contents |",
      "|---|---|",
      "| 1 | Who we are |",
      "| 2 | Our welfare team |",
      "| 3 | Rehearsals and shows |",
      "| 4 | Review |",
      "",
      BODY,
    ].join("\n");
    expect(entriesOf(text)).toEqual([
      ["1", "Who we are", undefined],
      ["2", "Our welfare team", undefined],
      ["3", "Rehearsals and shows", undefined],
      ["4", "Review", undefined],
    ]);
    expect(run(contentsMismatch, markdownDocument(text))).toEqual([]);
    expect(run(sectionReference, markdownDocument(text))).toEqual([]);
  });

  it("reports a table entry numbered differently from its heading, and one with no heading", () => {
    const text = [
      "# Harbour Lights Youth Theatre",
      "",
      "| No. | Contents | Page |",
      "|---|---|---|",
      "| 1 | Who we are | 1 |",
      "| 2 | Our welfare team | 1 |",
      "| 4 | Rehearsals and shows | 2 |",
      "| 5 | Trips away | 2 |",
      "",
      BODY,
    ].join("\n");
    expect(entriesOf(text)?.[2]).toEqual(["4", "Rehearsals and shows", 2]);
    const document = markdownDocument(text);
    const reported = run(contentsMismatch, document);
    expect(found(reported, document)).toEqual(["| 4 | Rehearsals and shows | 2 |", "| 5 | Trips away | 2 |"]);
    expect(reported.map((r) => r.message)).toEqual([
      'The contents list numbers "Rehearsals and shows" as 4, but the heading is numbered 3 — update the contents list',
      'The contents list has "5. Trips away", but no heading in the policy is called that — update the contents list, or rename the heading to match',
    ]);
  });

  it("reads a table under a 'Contents' line, page numbers out of order included", () => {
    const text = [
      "# Harbour Lights Youth Theatre",
      "",
      "**Contents**",
      "",
      "| 1. Who we are | 2 |",
      "| 2. Our welfare team | 3 |",
      "| 3. Rehearsals and shows | 5 |",
      "| 4. Review | 4 |",
      "",
      BODY,
    ].join("\n");
    expect(entriesOf(text)).toEqual([
      ["1", "Who we are", 2],
      ["2", "Our welfare team", 3],
      ["3", "Rehearsals and shows", 5],
      ["4", "Review", 4],
    ]);
    const document = markdownDocument(text);
    expect(found(run(contentsMismatch, document), document)).toEqual(["| 4. Review | 4 |"]);
  });

  it("reads a Word table headed 'Contents' and 'Page'", () => {
    const html = [
      "<h1>Harbour Lights Youth Theatre</h1>",
      "<table><tr><td><p><strong>Contents</strong></p></td><td><p><strong>Page</strong></p></td></tr>",
      "<tr><td><p>1. Who we are</p></td><td><p>1</p></td></tr>",
      "<tr><td><p>2. Our welfare team</p></td><td><p>1</p></td></tr>",
      "<tr><td><p>3. Rehearsals and shows</p></td><td><p>2</p></td></tr>",
      "<tr><td><p>4. Child protection</p></td><td><p>2</p></td></tr></table>",
      "<h2>1. Who we are</h2><p>We run drama for young people.</p>",
      "<h2>2. Our welfare team</h2><p>Welfare Officer: Mrs Colette Aubrey</p>",
      "<h2>3. Rehearsals and shows</h2><p>Two checked adults are backstage.</p>",
      "<h2>4. Review</h2><p>Reviewed every year.</p>",
    ].join("");
    const document = wordDocument(html);
    expect(findContents(splitLines(document.text))?.entries.map((e) => [e.number, e.title, e.page])).toEqual([
      ["1", "Who we are", 1],
      ["2", "Our welfare team", 1],
      ["3", "Rehearsals and shows", 2],
      ["4", "Child protection", 2],
    ]);
    const reported = run(contentsMismatch, document);
    expect(reported.map((r) => r.message)).toEqual([
      'The contents list has "4. Child protection", but section 4 is "Review" and no heading is called "Child protection" — update the contents list, or rename the heading to match',
    ]);
  });

  it("a table of people or dates is not a contents list", () => {
    const text = [
      "| Role | Name | Page |",
      "|---|---|---|",
      "| Welfare Officer | Mrs Colette Aubrey | 1 |",
      "| Chair | Mr Otto Lind | 2 |",
      "",
      BODY,
    ].join("\n");
    expect(findContents(splitLines(text))).toBeUndefined();
  });
});
