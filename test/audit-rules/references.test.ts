import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import {
  fixture,
  found,
  markdownDocument,
  pdfDocument,
  run,
  wordDocument,
} from "../fixtures/structure/documents.js";

describe("section-reference: references that are not ours", () => {
  it("leaves sections of Acts and other documents, and a heading 'Section 1 – Introduction', alone", () => {
    expect(run(sectionReference, markdownDocument(fixture("references-clean.md")))).toEqual([]);
  });

  it("leaves an Act's section alone when the Act is named in the sentence before", () => {
    const text = `${fixture("references-clean.md")}\nThe Education Act 2002 sets out the governors' duties. In section 13 the governors must also check.\n`;
    expect(run(sectionReference, markdownDocument(text))).toEqual([]);
  });
});

describe("section-reference: references into this policy", () => {
  it("finds a reference to a section about something else, to a missing section, and page numbers on a web page", () => {
    const document = markdownDocument(fixture("references-defects.md"));
    const reported = run(sectionReference, document).sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
    expect(found(reported, document)).toEqual(["(page 4)", "Section 3", "section 8", "see page 12"]);
    expect(reported.map((r) => r.message)).toEqual([
      '"(page 4)" points to a page, but this Markdown policy has no page numbers (it was copied from a printed version) — name the section instead',
      'The policy points to section 3 for "Allegations against staff", but section 3 is "Online safety" ("Allegations against staff" is section 4) — correct the reference',
      'The policy refers to section 8, but no section is numbered 8 (the last is 5, "Record keeping") — correct the number, or name the section instead',
      '"see page 12" points to a page, but this Markdown policy has no page numbers (it was copied from a printed version) — name the section instead',
    ]);
  });

  it("reads a reference wrapped onto the next line, and says where the named section is", () => {
    const text = [
      "1. Purpose",
      "We follow KCSIE and the Children Act 1989 in everything we do here, and the local partnership's",
      "procedures for referrals to children's social care, which every member of staff must read.",
      "2. Concerns about adults",
      "Concerns about an adult are dealt with as in",
      "section 12 (Allegations against staff).",
      "3. Allegations against staff",
      "Tell the head teacher and",
      "Section 1 – Introduction gives the aims.",
    ].join("\n");
    const document = pdfDocument(text);
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["section 12"]);
    expect(reported[0].message).toBe(
      'The policy refers to section 12 ("Allegations against staff"), but no section is numbered 12 — "Allegations against staff" is section 3; correct the number',
    );
  });

  it("reads headings written as bold lines ('**Section 2: Key people**')", () => {
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
      "Records are kept as set out below (see Section 5 for how records are kept, and section 2 above).",
      "",
      "**Section 3: Records**",
      "",
      "Locked away.",
    ].join("\n");
    const document = markdownDocument(text);
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["Section 5"]);
    expect(reported[0].message).toBe(
      'The policy refers to section 5, but no section is numbered 5 (the last is 3, "Records") — correct the number, or name the section instead',
    );
  });

  it("finds a sub-section that is a numbered paragraph, not a heading", () => {
    const text = [
      "# 1. Purpose",
      "",
      "1.1 This policy covers every member of staff.",
      "",
      "1.2 Staff read it every year.",
      "",
      "# 2. Training",
      "",
      "Training is set out in section 1.2; the register is in section 2.4.",
    ].join("\n");
    const document = markdownDocument(text);
    expect(found(run(sectionReference, document), document)).toEqual(["section 2.4"]);
  });

  it("says nothing of page numbers in a Word file, whose pages it cannot count", () => {
    const html = "<h1>1. Purpose</h1><p>The signs are listed in the table (page 4).</p><h1>2. Contacts</h1>";
    expect(run(sectionReference, wordDocument(html))).toEqual([]);
  });

  it("checks a PDF's page references against its pages, when the reader gives them", () => {
    const text =
      "1. Purpose\nThe table (page 2) lists the signs; the contacts are listed at the end (see page 9).\n\f2. Contacts\nPolice 999.\n";
    const document = pdfDocument(text, { pages: true });
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["(see page 9)"]);
    expect(reported[0].message).toBe(
      "The policy refers to page 9, but it has 2 pages — correct the page number, or name the section instead",
    );
    expect(run(sectionReference, pdfDocument(text))).toEqual([]);
  });

  it("leaves a page of another document alone on a web page", () => {
    const text =
      "# 1. Purpose\n\nKCSIE (page 12) lists the types of abuse; see page 4 of the local procedures.\n";
    expect(run(sectionReference, markdownDocument(text))).toEqual([]);
  });
});
