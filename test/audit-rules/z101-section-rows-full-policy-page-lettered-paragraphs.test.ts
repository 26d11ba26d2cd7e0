/**
 * References as the hundred-and-first held-out set writes them (issue 11), in our own words; every name is invented:
 * - a checklist table whose rows run on without full stops: another document named in one row ("the Crew Handbook's
 *   rules (page 3 of the Handbook)") does not make the next row's "the capsize drill in section 7" that document's;
 * - "The full policy's section 8 and its flowchart on page 11 are not repeated here": in a document that goes with a
 *   main or full policy, a page of that policy is not this document's page;
 * - paragraphs coded by their appendix ("C1.", "C2.", "C3." under "Appendix C"): "the ratios in paragraph C4" where
 *   C stops at C3 is a broken reference; "paragraph C2" is right.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const SECTIONS = ["Aims", "Who is responsible", "Checks", "Reporting a concern", "Training"];

function withChecklist(rows: string[]) {
  const md = ["# Larkfield Canoe Club – Safeguarding Policy", ""];
  for (const [i, title] of SECTIONS.entries())
    md.push(`## ${i + 1}. ${title}`, "", `About ${title.toLowerCase()}.`, "");
  md.push("## New paddler checklist", "", "| ✓ | I have … | Initials |", "| --- | --- | --- |");
  for (const row of rows) md.push(`| ☐ | ${row} | |`);
  return markdownDocument(md.join("\n"));
}

function withChecklistWord(rows: string[]) {
  const html = ["<h1>Larkfield Canoe Club – Safeguarding Policy</h1>"];
  for (const [i, title] of SECTIONS.entries())
    html.push(`<h2>${i + 1}. ${title}</h2>`, `<p>About ${title.toLowerCase()}.</p>`);
  html.push("<h2>New paddler checklist</h2>", "<table><tr><td>✓</td><td>I have …</td><td>Initials</td></tr>");
  for (const row of rows) html.push(`<tr><td>☐</td><td>${row}</td><td></td></tr>`);
  html.push("</table>");
  return wordDocument(html.join("\n"));
}

describe("section-reference: a table row is a sentence of its own", () => {
  const rows = [
    "read this policy, including section 4 (Reporting a concern)",
    "read the Crew Handbook's rules for the water (page 3 of the Handbook)",
    "practised the capsize drill in section 7",
  ];
  it("a reference in a row after a row naming another document is still read (md, docx)", () => {
    for (const document of [withChecklist(rows), withChecklistWord(rows)]) {
      const reported = run(sectionReference, document);
      expect(found(reported, document), document.format).toEqual(["section 7"]);
    }
  });
  it("near misses: the other document named in the reference's own row, or the section exists", () => {
    for (const last of [
      "practised the capsize drill in section 7 of the Crew Handbook",
      "read the Crew Handbook, section 7",
      "practised the capsize drill in section 5",
    ]) {
      const document = withChecklist([...rows.slice(0, 2), last]);
      expect(found(run(sectionReference, document), document), last).toEqual([]);
    }
  });
});

function appendices(extra: string, ratios = "C2") {
  return markdownDocument(
    [
      "# Safeguarding Policy: Appendices",
      "",
      `The appendices hold the details that change most often. ${extra}`,
      "",
      "## Appendix A – Contacts",
      "",
      "A1. Police: 999.",
      "A2. Children's services: 01632 960 700.",
      "A3. NSPCC helpline 0808 800 5000.",
      "",
      "## Appendix B – People",
      "",
      "B1. Safeguarding Lead: Rosa Finch.",
      "B2. Deputy: Tom Vane.",
      "",
      "## Appendix C – Ratios",
      "",
      "C1. One adult to four children.",
      "C2. At least two adults at every session.",
      "C3. Quiet room doors stay open.",
      "",
      "## Appendix D – A disclosure",
      "",
      "D1. Listen and do not promise secrecy.",
      "D2. Tell the lead (B1) the same day, or the deputy (B2).",
      `D3. Keep to the ratios in paragraph ${ratios} if you leave the group to do it.`,
      "",
    ].join("\n"),
  );
}

describe("section-reference: pages of the full policy, paragraphs coded by their appendix", () => {
  it("a page of the full or main policy is not this document's page", () => {
    for (const sentence of [
      "The full policy's section 8 (Allegations) and its flowchart on page 11 are not repeated here.",
      "The main policy's flowchart on page 11 is not repeated here.",
    ]) {
      const document = appendices(sentence);
      expect(found(run(sectionReference, document), document), sentence).toEqual([]);
    }
    // This document's own page is still a page reference in a Markdown file — also where the policy calls itself
    // "our full policy" or "the complete policy".
    for (const [sentence, page] of [
      ["Our flowchart on page 11 shows the steps.", "on page 11"],
      ["New starters read the complete policy, and sign the form on page 12.", "on page 12"],
      [
        "Our full safeguarding policy document sets out what to do; the flowchart on page 9 shows the steps.",
        "on page 9",
      ],
    ]) {
      const own = appendices(sentence);
      expect(found(run(sectionReference, own), own), sentence).toEqual([page]);
    }
  });

  it('"paragraph C9" where the appendix\'s paragraphs stop at C3', () => {
    const document = appendices("Nothing more.", "C9");
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["paragraph C9"]);
    expect(reported[0].message).toContain("C3");
  });

  it("near misses: a paragraph that exists, a paper size, another document's paragraph", () => {
    for (const extra of [
      "Nothing more.",
      "Print them on A4 paper and keep them in the grab bag.",
      "Paragraph C9 of Working Together is not repeated here.",
    ]) {
      const document = appendices(extra);
      expect(found(run(sectionReference, document), document), extra).toEqual([]);
    }
  });
});
