import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { findContents, splitLines } from "../../src/audit/text/find.js";
import {
  fixture,
  found,
  markdownDocument,
  pdfDocument,
  run,
  wordDocument,
} from "../fixtures/structure/documents.js";

describe("contents lists read as one list", () => {
  it("reads a nested list split by an empty bullet, with dot leaders, as one list", () => {
    const contents = findContents(splitLines(fixture("contents-clean.md")));
    expect(contents?.entries.map((e) => [e.number, e.title, e.page])).toEqual([
      ["1", "Why we have this policy", 2],
      ["1.1", "Who it covers", 2],
      ["2", "Roles & responsibilities", 3],
      ["3", "Spotting the signs of harm", 4],
      [undefined, "Neglect", 4],
      [undefined, "Emotional harm", 5],
      ["4", "What to do if you are worried", 6],
      [undefined, "Appendix 1 – Referral flowchart (separate document)", undefined],
    ]);
  });

  it("reads a Word contents field (links to _Toc bookmarks, a tab before the page number)", () => {
    const document = wordDocument(fixture("contents-word-toc.html"));
    const contents = findContents(splitLines(document.text));
    expect(contents?.entries.map((e) => [e.number, e.title, e.page])).toEqual([
      ["1", "Purpose of the policy", 3 - 1],
      ["2", "Keeping records", 3],
      ["3", "Online safety", 3],
      ["4", "Contact numbers", 5],
    ]);
  });

  it("reads a Word contents field that kept no title", () => {
    const html = fixture("contents-word-toc.html")
      .replace("<p><strong>Contents</strong></p>", "")
      .replace(/<a href="#_Toc\d+">([^<]*)<\/a>/g, "$1");
    const contents = findContents(splitLines(wordDocument(html).text));
    expect(contents?.entries.map((e) => e.title)).toEqual([
      "Purpose of the policy",
      "Keeping records",
      "Online safety",
      "Contact numbers",
    ]);
  });

  it("reads a PDF's contents across a page break (running header and footer between)", () => {
    const contents = findContents(splitLines(fixture("contents-pdf.txt")));
    expect(contents?.entries.map((e) => e.number)).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  it("keeps a bare trailing number in the title when the list has no page numbers", () => {
    const text = "Contents\n\n- Introduction\n- Part 2\n- Appendix 3\n\n# Introduction\n";
    expect(findContents(splitLines(text))?.entries.map((e) => [e.title, e.page])).toEqual([
      ["Introduction", undefined],
      ["Part 2", undefined],
      ["Appendix 3", undefined],
    ]);
  });
});

describe("contents-mismatch on real layouts", () => {
  it("says nothing about case, punctuation, & and 'and', '1.' and '1', nesting, or a separate appendix", () => {
    expect(run(contentsMismatch, markdownDocument(fixture("contents-clean.md")))).toEqual([]);
    expect(run(contentsMismatch, wordDocument(fixture("contents-word-toc.html")))).toEqual([]);
  });

  it("finds an entry with no heading, a renumbered section and pages out of order", () => {
    const document = markdownDocument(fixture("contents-defects.md"));
    const reported = run(contentsMismatch, document).sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
    expect(found(reported, document)).toEqual([
      "4. Recruiting volunteers ........ 4",
      "4. Recruiting volunteers ........ 4",
      "12. Contacts ........ 9",
    ]);
    expect(reported.map((r) => r.message)).toEqual([
      'The contents list puts "4. Recruiting volunteers" on page 4, after "3. Recording a concern" on page 5 — the page numbers are out of order; update the contents list (in Word, right-click it and choose Update Field)',
      'The contents list has "4. Recruiting volunteers", but section 4 is "Safer recruitment" and no heading is called "Recruiting volunteers" — update the contents list, or rename the heading to match',
      'The contents list numbers "Contacts" as 12, but the heading is numbered 11 — update the contents list',
    ]);
  });

  it("reports two sections with one number once, where the contents list already shows the slip", () => {
    const text = fixture("contents-defects.md");
    // Without the contents list, the two sections numbered 11 are the finding.
    const body = markdownDocument(text.slice(text.indexOf("## 1. About")));
    const reported = run(contentsMismatch, body);
    expect(found(reported, body)).toEqual(["## 11. Useful websites"]);
    expect(reported[0].message).toBe(
      'Two sections are numbered 11: "11. Contacts" and "11. Useful websites" — renumber the headings, then update the contents list and any "see section" references',
    );
  });

  it("finds a section missing from the list between listed ones, and an entry with no heading at all", () => {
    const text = fixture("contents-defects.md")
      .replace("4. Recruiting volunteers ........ 4\n", "")
      .replace("## 11. Useful websites", "")
      .replace("12. Contacts ........ 9", "11. Contacts ........ 9\n12. Equal opportunities ........ 10");
    const document = markdownDocument(text);
    const reported = run(contentsMismatch, document);
    expect(reported.map((r) => r.message)).toEqual([
      'The contents list has "12. Equal opportunities", but no heading in the policy is called that — update the contents list, or rename the heading to match',
      'Section "4. Safer recruitment" is missing from the contents list — update the contents list',
    ]);
  });

  it("finds the same defects in a Word contents field", () => {
    const html = fixture("contents-word-toc.html")
      .replace("4. Contact numbers\t5", "5. Contact numbers\t2")
      .replace("2. Keeping records\t3", "2. Keeping notes\t3");
    const document = wordDocument(html);
    const reported = run(contentsMismatch, document);
    expect(found(reported, document)).toEqual([
      "[5. Contact numbers 2](#_Toc90004)",
      "[5. Contact numbers 2](#_Toc90004)",
      "[2. Keeping notes 3](#_Toc90002)",
    ]);
    expect(reported[1].message).toBe(
      'The contents list numbers "Contact numbers" as 5, but the heading is numbered 4 — update the contents list',
    );
  });

  it("finds a renumbered section and pages out of order in a PDF's text", () => {
    const document = pdfDocument(fixture("contents-pdf.txt"));
    const reported = run(contentsMismatch, document);
    expect(found(reported, document)).toEqual([
      "6. Useful contacts ................................. 5",
      "6. Useful contacts ................................. 5",
    ]);
    expect(reported[1].message).toBe(
      'The contents list numbers "Useful contacts" as 6, but the heading is numbered 7 — update the contents list',
    );
  });

  it("says nothing of a PDF whose contents match", () => {
    const text = fixture("contents-pdf.txt")
      .replace(
        "6. Useful contacts ................................. 5",
        "6. Useful contacts ................................. 8",
      )
      .replace("7. Useful contacts", "6. Useful contacts");
    expect(run(contentsMismatch, pdfDocument(text))).toEqual([]);
  });

  it("finds two sections numbered 11 in a PDF's text, but not a numbered list's items", () => {
    const text = [
      "1. Purpose",
      "Why we have this policy.",
      "2. Reporting",
      "Tell the DSL and",
      "1. Listen",
      "2. Write it down",
      "3. Pass it on",
      "3. Records",
      "Records are kept locked.",
      "4. Training",
      "Everyone is trained.",
      "5. Online safety",
      "Filters are checked.",
      "5. Visitors",
      "Visitors sign in.",
      "6. Review",
      "Every year.",
    ].join("\n");
    const document = pdfDocument(text);
    const reported = run(contentsMismatch, document);
    expect(found(reported, document)).toEqual(["5. Visitors"]);
    expect(reported[0].message).toBe(
      'Two sections are numbered 5: "5. Online safety" and "5. Visitors" — renumber the headings, then update the contents list and any "see section" references',
    );
  });

  it("does not call bold numbered steps under bold 'Section' headings duplicates", () => {
    const text = [
      "# Thornbury Special School",
      "",
      "**Section 1: Purpose**",
      "",
      "Why we keep this policy.",
      "",
      "**Section 2: Key people**",
      "",
      "**1. Listen**",
      "",
      "**2. Write it down**",
      "",
      "**Section 3: Records**",
      "",
      "Locked away.",
    ].join("\n");
    expect(run(contentsMismatch, markdownDocument(text))).toEqual([]);
  });

  it("reads '01.' and '1' as one number", () => {
    const text = "# Policy\n\nContents\n\n- 01. Purpose\n- 02. Scope\n\n## 1 Purpose\n\n## 2. Scope\n";
    expect(run(contentsMismatch, markdownDocument(text))).toEqual([]);
  });

  it("does not call sub-sections numbered again under each part duplicates", () => {
    const text =
      "# Policy\n\n## Part A\n\n### 1. Scope\n\n### 2. Aims\n\n## Part B\n\n### 1. Forms\n\n### 2. Records\n";
    expect(run(contentsMismatch, markdownDocument(text))).toEqual([]);
  });
});
