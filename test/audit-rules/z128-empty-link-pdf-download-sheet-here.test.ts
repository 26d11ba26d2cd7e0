/**
 * empty-link (held-out set zz128), in our own words; every name is invented. A Word link to "#" over "Download the
 * coach's weekly attendance sheet here" is exported to PDF as words alone, with no link annotation. Nothing is
 * downloaded from paper: a download button's words naming a sheet (a record sheet, a sign-in sheet), ending their
 * sentence with "here", ask for a link as "Download the consent form here" already does. Near misses: the words with
 * an address after them, and a sheet downloaded from somewhere named in the sentence.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, pdfDocument, run } from "../fixtures/structure/documents.js";

const before = "(d) The coach keeps a weekly record of who came and when they were collected.";

describe("empty-link: a PDF's 'Download the … sheet here' with no link behind it", () => {
  it("reports the words", () => {
    const document = pdfDocument(
      [
        before,
        "Download the coach's weekly attendance sheet here.",
        "(e) Records are kept for three years.",
      ].join("\n"),
    );
    expect(found(run(emptyLink, document), document)).toEqual([
      "Download the coach's weekly attendance sheet here",
    ]);
    const inline = pdfDocument(
      [
        "(d) The coach keeps a weekly record of who came, and when they were collected and by whom.",
        "Download the coach's weekly attendance sheet here.",
      ].join(" "),
    );
    expect(found(run(emptyLink, inline), inline)).toEqual([
      "Download the coach's weekly attendance sheet here",
    ]);
  });
  it("stays quiet with an address, or where the sentence says where the sheet is", () => {
    for (const line of [
      "Download the coach's weekly attendance sheet here: www.example.org/attendance-sheet",
      "Download the coach's weekly attendance sheet from the club's shared drive.",
    ]) {
      const document = pdfDocument([before, line, "(e) Records are kept for three years."].join("\n"));
      expect(run(emptyLink, document), line).toEqual([]);
    }
  });
});
