/**
 * deputy-missing (held-out set zz143), in our own words; every name is invented. A company running holiday clubs at
 * several venues names its lead by a senior title ("Our **Head of Safeguarding** is Ms … She is the designated
 * safeguarding lead for the company"), then "At each venue a Venue Safeguarding Lead (normally the club manager) is the
 * first person staff and parents go to, and acts for the Head of Safeguarding on site." over "| Venue | Venue
 * Safeguarding Lead | Phone |". By the policy's words the column holds the lead's deputies, as "Each hub has a X who
 * deputises for the DSL at that site" (z142) does: all named, none is missing; a venue whose lead is "TBC" has none
 * (reported at its row, as z137 reports a site's deputy written "TBC"). The sentence opens "At each venue a X", the
 * role in brackets is followed by a clause of its own before "and acts for", and the lead's title is "Head of
 * Safeguarding" rather than a DSL's. Near misses: the same sentence without "acts for …" names no deputy (reported as
 * before); a table whose venue leads are all to be confirmed names none either; a trust's Head of Safeguarding is not
 * the setting's lead.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const HEADER = ["Venue", "Venue Safeguarding Lead", "Phone"];
const LEAD =
  "Our **Head of Safeguarding** is Ms Bettina Oyelowo-Crane, 07700 900 610. She is the designated safeguarding lead for the company and for every club.";

const layouts = (sentence: string, rows: string[][], lead = LEAD): SourceDocument[] => {
  const intro = [lead, sentence];
  const table = [HEADER, ...rows];
  return [
    markdownDocument(
      [
        "# Skylark Holiday Clubs – Safeguarding Policy",
        "",
        "## 1. Our safeguarding lead",
        "",
        ...intro.flatMap((l) => [l, ""]),
        `| ${HEADER.join(" | ")} |`,
        `|${HEADER.map(() => "---").join("|")}|`,
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
        "## 2. If you are worried",
        "",
        "Tell the Venue Safeguarding Lead straight away.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Skylark Holiday Clubs – Safeguarding Policy</h1>",
        "<h2>1. Our safeguarding lead</h2>",
        ...intro.map((l) => `<p>${l.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")}</p>`),
        `<table>${table.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`).join("")}</table>`,
        "<h2>2. If you are worried</h2>",
        "<p>Tell the Venue Safeguarding Lead straight away.</p>",
      ].join("\n"),
    ),
  ];
};

const SENTENCES = [
  "At each venue a Venue Safeguarding Lead (normally the club manager) is the first person staff and parents go to, and acts for the Head of Safeguarding on site.",
  "At every venue, a Venue Safeguarding Lead deputises for the Head of Safeguarding while the club is running.",
  "At each venue the Venue Safeguarding Lead (usually a senior coach) opens the register each morning and stands in for the designated safeguarding lead on site.",
];
const venues = (last: string) => [
  ["Brookside Primary School", "Ms Ottoline Varga", "07700 900 611"],
  ["Heronsgate Academy", "Mr Jasper Lindqvist-Obi", "07700 900 612"],
  ["Copperfield Sports Hall", last, "07700 900 613"],
];

describe("deputy-missing: 'at each venue a X (…) … acts for the <lead> on site' over a table of X", () => {
  it.each(SENTENCES)("stays quiet when every venue's lead is named: %s", (sentence) => {
    for (const document of layouts(sentence, venues("Mrs Delphine Achebe-Ross")))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
  it.each(SENTENCES)("reports the venue whose lead is TBC, at its row: %s", (sentence) => {
    for (const document of layouts(sentence, venues("TBC"))) {
      const reported = found(run(deputyMissing, document), document);
      expect(reported, document.format).toHaveLength(1);
      expect(reported[0], document.format).toContain("Copperfield Sports Hall");
    }
  });
  it("reads the same sentence over a list in a PDF's text", () => {
    const document = pdfDocument(
      [
        "Skylark Holiday Clubs – Safeguarding Policy",
        LEAD.replace(/\*\*/g, ""),
        "At each venue a Venue Safeguarding Lead (normally the club manager) acts for the Head of Safeguarding on site:",
        "- Brookside Primary School: Ms Ottoline Varga – 07700 900 611",
        "- Heronsgate Academy: Mr Jasper Lindqvist-Obi – 07700 900 612",
        "Tell the Venue Safeguarding Lead straight away.",
        "",
      ].join("\n"),
    );
    expect(found(run(deputyMissing, document), document)).toEqual([]);
  });
  it("still reports no deputy where the venue's lead is not said to act for the lead", () => {
    const sentence =
      "At each venue a Venue Safeguarding Lead (normally the club manager) is the first person staff and parents go to.";
    for (const document of layouts(sentence, venues("TBC")))
      expect(run(deputyMissing, document).length, document.format).toBe(1);
  });
  it("still reports a table whose venue leads are all to be confirmed", () => {
    const rows = [
      ["Brookside Primary School", "TBC", "07700 900 611"],
      ["Heronsgate Academy", "TBC", "07700 900 612"],
      ["Copperfield Sports Hall", "Vacant", "07700 900 613"],
    ];
    for (const document of layouts(SENTENCES[0], rows))
      expect(run(deputyMissing, document).length, document.format).toBeGreaterThan(0);
  });
  it("does not take a trust's Head of Safeguarding for the lead the venue leads act for", () => {
    const sentence =
      "At each venue a Venue Safeguarding Lead (normally the club manager) is the first person staff and parents go to, and acts for the Trust's Head of Safeguarding on site.";
    for (const document of layouts(sentence, venues("TBC")))
      expect(found(run(deputyMissing, document), document).join(" "), document.format).not.toContain(
        "Copperfield Sports Hall",
      );
  });
});
