/**
 * contents-mismatch and section-reference (the held-out set zz71), in our own words; every name is invented.
 * A contents list whose numbered entries are followed by its appendices ("Appendix A – Incident form", unnumbered,
 * as Word's contents field and hand-typed lists write them), where the policy carries Appendix A and B as headings
 * but has no Appendix C: the entry for Appendix C is an entry with no heading, and "(Appendix C)" in the text points
 * to an appendix the policy does not have — a contents line is no appendix. Where the policy carries none of its
 * appendices (all kept as separate documents), or the entry says it is kept apart, both stay quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { findContents } from "../../src/audit/text/headings.js";
import { splitLines } from "../../src/audit/text/lines.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const SECTIONS = ["About the club", "Who to tell", "Away days", "Photographs"];
const APPENDICES = ["Incident form", "Kit checks", "Photo consent form"];
const PHOTOS =
  "Parents say yes or no to photographs on the consent form (Appendix C) when their child joins.";

interface Options {
  /** How many of the appendices the policy carries as headings at its end. */
  carried?: number;
  /** Words added to the last appendix's contents entry. */
  note?: string;
}

function markdown({ carried = 2, note = "" }: Options = {}): string {
  return [
    "# Brackenford Orienteering Juniors – Safeguarding Policy",
    "",
    "## Contents",
    "",
    ...SECTIONS.map((t, i) => `${i + 1}. ${t}`),
    "",
    ...APPENDICES.map((t, i) => `Appendix ${"ABC"[i]} – ${t}${i === 2 ? note : ""}`),
    "",
    ...SECTIONS.flatMap((t, i) => [
      `## ${i + 1}. ${t}`,
      "",
      i === 3 ? PHOTOS : `How we handle ${t.toLowerCase()}.`,
      "",
    ]),
    ...APPENDICES.slice(0, carried).flatMap((t, i) => [
      `## Appendix ${"ABC"[i]} – ${t}`,
      "",
      "Name: ……… Date: ………",
      "",
    ]),
  ].join("\n");
}

const findings = (document: ReturnType<typeof markdownDocument>) => ({
  contents: found(run(contentsMismatch, document), document),
  references: found(run(sectionReference, document), document),
});

describe("a contents list's appendix lines after its numbered entries", () => {
  it("are part of the list", () => {
    const contents = findContents(splitLines(markdown()));
    expect(contents?.entries.map((e) => e.title)).toEqual([
      ...SECTIONS,
      ...APPENDICES.map((t, i) => `Appendix ${"ABC"[i]} – ${t}`),
    ]);
  });
});

describe("an appendix the contents lists and the policy does not carry", () => {
  it("is reported by both rules (Markdown)", () => {
    expect(findings(markdownDocument(markdown()))).toEqual({
      contents: ["Appendix C – Photo consent form"],
      references: ["Appendix C"],
    });
  });

  it("is reported in a Word file", () => {
    const html = markdown()
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) =>
        l.startsWith("## ")
          ? `<h2>${l.slice(3)}</h2>`
          : l.startsWith("# ")
            ? `<h1>${l.slice(2)}</h1>`
            : `<p>${l}</p>`,
      )
      .join("\n");
    expect(findings(wordDocument(html))).toEqual({
      contents: ["Appendix C – Photo consent form"],
      references: ["Appendix C"],
    });
  });

  it("is reported in a PDF's text, entries with dot leaders and no page numbers", () => {
    const text = markdown()
      .replace(/^#+ /gm, "")
      .replace(/^((?:\d\. |Appendix [ABC] – ).+)$/gm, (line, _m, offset: number, all: string) =>
        offset < all.indexOf("1. About the club\n\nHow") ? `${line}......................` : line,
      )
      .replace(/\n\n/g, "\n");
    const pdf = pdfDocument(text);
    expect(findings(pdf)).toEqual({
      contents: ["Appendix C – Photo consent form......................"],
      references: ["Appendix C"],
    });
  });

  it("near miss: the policy carries every appendix it lists", () => {
    expect(findings(markdownDocument(markdown({ carried: 3 })))).toEqual({ contents: [], references: [] });
  });

  it("near miss: the policy carries none of them (separate documents)", () => {
    expect(findings(markdownDocument(markdown({ carried: 0 })))).toEqual({ contents: [], references: [] });
  });

  it("near miss: the entry says the appendix is kept apart", () => {
    expect(findings(markdownDocument(markdown({ note: " (separate document)" })))).toEqual({
      contents: [],
      references: [],
    });
  });
});

describe("an appendix kept on the website (review of zz71's fix)", () => {
  const text = [
    "# Hollowmere Otters Swimming Club – Safeguarding Policy",
    "",
    "## Contents",
    "",
    "1. Our commitment",
    "2. Photographs",
    "Appendix 1 – Incident report form",
    "Appendix 2 – Body map",
    "Appendix 3 – Photography consent form (on the club website)",
    "",
    "## 1. Our commitment",
    "",
    "We keep swimmers safe.",
    "",
    "## 2. Photographs",
    "",
    "Parents give consent on the consent form (Appendix 3), which is on the club website.",
    "",
    "## Appendix 1 – Incident report form",
    "",
    "Name: ______",
    "",
    "## Appendix 2 – Body map",
    "",
    "(diagram)",
    "",
  ].join("\n");

  it("is neither a contents mismatch nor a wrong reference", () => {
    const document = markdownDocument(text);
    expect(found(run(contentsMismatch, document), document)).toEqual([]);
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });
});
