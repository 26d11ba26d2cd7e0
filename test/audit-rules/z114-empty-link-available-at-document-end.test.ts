/**
 * empty-link (held-out set zz114), in our own words; every name is invented. A numbered list of sources at the end of
 * a policy whose last entry stops at "available at", the address never pasted in: the words promise a link the
 * document does not give — the same finding as "available at" before a blank line, now at the very end of the text.
 * An entry that gives its address, on its line or the next, stays quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const sources = (last: string) =>
  [
    "# Fernbrook Youth Theatre – Safeguarding",
    "",
    "Members' photographs are never shared without consent.[1]",
    "",
    "## Sources",
    "",
    "[1] Fernbrook Youth Theatre, Photography Code: https://fernbrook.example.org/photos",
    last,
  ].join("\n");

describe("empty-link: 'available at' ending the document", () => {
  it("reports the words in Markdown, with or without a last line break, and in a PDF's text", () => {
    for (const text of [
      sources("[2] Eastmarsh Safeguarding Partnership, multi-agency handbook, available at"),
      `${sources("[2] Eastmarsh Safeguarding Partnership, multi-agency handbook, available at")}\n`,
    ]) {
      const md = markdownDocument(text);
      expect(found(run(emptyLink, md), md)).toEqual(["available at"]);
    }
    const pdf = pdfDocument(
      sources("[2] Eastmarsh Safeguarding Partnership, multi-agency handbook, available at"),
    );
    expect(found(run(emptyLink, pdf), pdf)).toEqual(["available at"]);
  });
  it("leaves an entry with its address", () => {
    for (const last of [
      "[2] Eastmarsh Safeguarding Partnership, multi-agency handbook, available at https://eastmarsh.example.org/h",
      "[2] Eastmarsh Safeguarding Partnership, multi-agency handbook, available at:\nhttps://eastmarsh.example.org/h",
    ])
      expect(run(emptyLink, markdownDocument(`${sources(last)}\n`)), last).toEqual([]);
  });
});
