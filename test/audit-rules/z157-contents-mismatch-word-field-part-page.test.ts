/**
 * contents-mismatch (held-out set zz155, a county music service), in our own words; every name is invented. As of
 * 1 December 2026. Word's contents field with no "Contents" title, read as plain paragraphs whose tab before the page
 * number is a space: "1. Who we are 1" … "6. Training 3", then "Appendix A – Incident record form 4" and "Appendix
 * B – Trip consent and medical form 4". The last word of a part's title is "form", and "form 4" was read as a form's
 * number, not a page: the entry had no page, so the list ended before the appendices and an appendix listed with no
 * heading went unreported in the Word file (its Markdown, with dot leaders, was reported).
 * What now counts: a part whose label numbers it ("Appendix B –") and whose title has words before the numbered word
 * takes the bare number after it as its page, when every entry before it gives a page — the list reaches the
 * appendices, and one with no heading is reported.
 * Stays as it is: an appendix that is there (no finding); "Appendix C – Form 4" (the title is only "Form 4"); a list
 * whose entries give no pages ("Appendix B – Trip consent form 4" is its title as typed).
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const SECTIONS = [
  "Who we are",
  "Who to contact",
  "Recognising abuse",
  "Responding to a concern",
  "Trips and residentials",
  "Training",
];
const PAGES = [1, 1, 2, 2, 3, 3];

/** Word's contents field as mammoth gives it (a tab before each page), then the body with numbered headings. */
function wordPolicy(
  appendixEntries: string[],
  appendixHeadings: string[],
  pages = true,
): ReturnType<typeof wordDocument> {
  const entries = SECTIONS.map((t, i) => `<p>${i + 1}. ${t}${pages ? `\t${PAGES[i]}` : ""}</p>`);
  const body = SECTIONS.map((t, i) => `<h1>${i + 1}. ${t}</h1><p>What we do about ${t.toLowerCase()}.</p>`);
  const appendices = appendixHeadings.map((h) => `<h1>${h}</h1><p>Name, date and signature.</p>`);
  return wordDocument(
    [
      "<h1>Safeguarding Policy: Brackenford Youth Choir</h1>",
      "<p>This policy covers our choirs, our Saturday school and our summer residential course.</p>",
      ...entries,
      ...appendixEntries.map((e) => `<p>${e}</p>`),
      ...body,
      ...appendices,
    ].join(""),
  );
}

const reported = (document: ReturnType<typeof wordDocument>) =>
  found(run(contentsMismatch, document), document);

describe("a Word contents field's appendix entry ending in '… form' and its page", () => {
  for (const [entries, missing] of [
    [["Appendix A – Incident record form\t4", "Appendix B – Trip consent and medical form\t4"], "Appendix B"],
    [["Appendix A – Incident record form\t4", "Appendix B – Residential consent form\t5"], "Appendix B"],
    [["Appendix 1 – Incident record form\t4", "Appendix 2 – Photography consent form\t4"], "Appendix 2"],
    [["Annex A: Incident record form\t4", "Annex B: Medical information form\t5"], "Annex B"],
    [
      [
        "Appendix A – Incident record form\t4",
        "Appendix B – Late collection log\t4",
        "Appendix C – Lost child record form\t5",
      ],
      "Appendix C",
    ],
  ] as const)
    it(`reports the appendix listed with no heading: ${entries.at(-1)}`, () => {
      const headings = entries.filter((e) => !e.startsWith(missing)).map((e) => e.replace(/\t\d+$/, ""));
      const document = wordPolicy([...entries], headings);
      const messages = run(contentsMismatch, document).map((f) => f.message);
      expect(messages, entries.join(" | ")).toHaveLength(1);
      expect(messages[0]).toMatch(/no heading in the policy is called that/);
      expect(reported(document)[0]).toContain(missing);
    });

  it("as its Markdown with dot leaders is reported (unchanged)", () => {
    const list = SECTIONS.map((t, i) => `${i + 1}. ${t} .......... ${PAGES[i]}`);
    const body = SECTIONS.map((t, i) => `## ${i + 1}. ${t}\n\nWhat we do about ${t.toLowerCase()}.`);
    const document = markdownDocument(
      [
        "# Safeguarding Policy: Brackenford Youth Choir",
        "",
        ...list.flatMap((l) => [l, ""]),
        "Appendix A – Incident record form .......... 4",
        "",
        "Appendix B – Trip consent and medical form .......... 4",
        "",
        ...body.flatMap((b) => [b, ""]),
        "## Appendix A – Incident record form",
        "",
        "Name, date and signature.",
        "",
      ].join("\n"),
    );
    expect(reported(document)).toEqual(["Appendix B – Trip consent and medical form .......... 4"]);
  });
});

describe("stays as it is", () => {
  it("every appendix the field lists is there: no finding", () => {
    const entries = ["Appendix A – Incident record form\t4", "Appendix B – Trip consent and medical form\t4"];
    const document = wordPolicy(entries, [
      "Appendix A – Incident record form",
      "Appendix B – Trip consent and medical form",
    ]);
    expect(run(contentsMismatch, document)).toEqual([]);
  });

  it("a part titled only 'Form 4' keeps its number", () => {
    const entries = ["Appendix A – Incident record form\t4", "Appendix C – Form 4"];
    const document = wordPolicy(entries, ["Appendix A – Incident record form", "Appendix C – Form 4"]);
    expect(run(contentsMismatch, document)).toEqual([]);
  });

  it("a field with no page numbers: the entries are titles as typed", () => {
    const entries = ["Appendix A – Incident record form", "Appendix B – Trip consent form 4"];
    const document = wordPolicy(
      entries,
      ["Appendix A – Incident record form", "Appendix B – Trip consent form 4"],
      false,
    );
    expect(run(contentsMismatch, document)).toEqual([]);
  });
});
