/**
 * contents-mismatch on two contents lists from the held-out sets zz80 and zz81, in our own words; every name is
 * invented:
 * - a one-line contents bar under the title, "**Contents:** 1 Welcome | 2 Who to tell | … | 7 Phone numbers", whose
 *   last entry is numbered 7 where its heading is 6: reported at the entry; a bar that agrees is quiet, and a line of
 *   words split by bars that is not a numbered list of sections is not a contents list;
 * - a bilingual contents list that repeats one entry ("4. Cofnodi / Recording" twice) where heading 5 is another
 *   section: reported once, at the repeated entry, not at the heading the list seems to leave out.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLES = [
  "Welcome",
  "Who to tell",
  "Spotting worries",
  "Match days",
  "Checks and training",
  "Phone numbers",
];

function bar(numbers: number[]): string {
  return numbers.map((n, i) => `${n} ${TITLES[i]}`).join(" | ");
}

function barMarkdown(line: string): string {
  return [
    "# Millbrook Junior Darts – Safeguarding Policy",
    "",
    line,
    "",
    ...TITLES.flatMap((t, i) => [`## ${i + 1}. ${t}`, "", "Coaches read this part.", ""]),
  ].join("\n");
}

function barWord(line: string): string {
  return [
    "<h1>Millbrook Junior Darts – Safeguarding Policy</h1>",
    `<p>${line.replace(/\*\*(.+?)\*\*/, "<strong>$1</strong>")}</p>`,
    ...TITLES.flatMap((t, i) => [`<h2>${i + 1}. ${t}</h2>`, "<p>Coaches read this part.</p>"]),
  ].join("\n");
}

describe("contents-mismatch: a one-line contents bar", () => {
  it("reports the entry numbered unlike its heading", () => {
    const line = `**Contents:** ${bar([1, 2, 3, 4, 5, 7])}`;
    for (const document of [markdownDocument(barMarkdown(line)), wordDocument(barWord(line))]) {
      const reports = run(contentsMismatch, document);
      expect(found(reports, document), document.format).toEqual(["7 Phone numbers"]);
    }
  });

  it("stays quiet where the bar agrees with the headings", () => {
    const line = `**Contents:** ${bar([1, 2, 3, 4, 5, 6])}`;
    for (const document of [markdownDocument(barMarkdown(line)), wordDocument(barWord(line))])
      expect(found(run(contentsMismatch, document), document), document.format).toEqual([]);
  });

  it("does not read an unnumbered line split by bars as a contents list", () => {
    const line = "**Contents:** darts | flights | a chalk board | 7 spare scorecards";
    const document = markdownDocument(barMarkdown(line));
    expect(found(run(contentsMismatch, document), document)).toEqual([]);
  });
});

const BILINGUAL = [
  "Cyflwyniad / Introduction",
  "Pwy yw pwy / Who's who",
  "Ymateb / Responding",
  "Cofnodi / Recording",
  "Honiadau / Allegations about adults",
  "Cysylltiadau / Contacts",
];

function bilingual(entries: string[], layout: "md" | "docx" | "pdf") {
  const heads = BILINGUAL.map((t, i) => `${i + 1}. ${t}`);
  if (layout === "docx")
    return wordDocument(
      [
        "<h1>Polisi / Policy</h1>",
        "<h2>Cynnwys / Contents</h2>",
        ...entries.map((e) => `<p>${e}</p>`),
        ...heads.flatMap((h) => [`<h2>${h}</h2>`, "<p>Darllenwch hwn. Read this part.</p>"]),
      ].join("\n"),
    );
  if (layout === "pdf")
    return pdfDocument(
      [
        "Polisi / Policy",
        "Cynnwys / Contents",
        ...entries,
        ...heads.flatMap((h) => [h, "Read this part."]),
      ].join("\n"),
    );
  return markdownDocument(
    [
      "# Polisi / Policy",
      "",
      "## Cynnwys / Contents",
      "",
      ...entries,
      "",
      ...heads.flatMap((h) => [`## ${h}`, "", "Darllenwch hwn. Read this part.", ""]),
    ].join("\n"),
  );
}

describe("contents-mismatch: a bilingual contents list that repeats an entry", () => {
  const repeated = BILINGUAL.map((t, i) => `${i + 1}. ${i === 4 ? BILINGUAL[3] : t}`);

  it("reports the repeated entry, not the heading it stands for", () => {
    for (const layout of ["md", "docx", "pdf"] as const) {
      const document = bilingual(repeated, layout);
      const reports = run(contentsMismatch, document);
      expect(found(reports, document), layout).toEqual(["5. Cofnodi / Recording"]);
      expect(reports[0].message, layout).toContain("Allegations about adults");
    }
  });

  it("stays quiet where each entry has its heading, in either language or both", () => {
    const entries = BILINGUAL.map((t, i) => `${i + 1}. ${i === 4 ? "Allegations about adults" : t}`);
    for (const layout of ["md", "docx", "pdf"] as const) {
      const document = bilingual(entries, layout);
      expect(found(run(contentsMismatch, document), document), layout).toEqual([]);
    }
  });
});
