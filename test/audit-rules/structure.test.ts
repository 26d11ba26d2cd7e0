import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-11-28";

const GOOD_MD = `# Child Protection Policy

## Contents

1. Purpose ..... 2
2. Who is responsible ..... 3
3. Definitions ..... 4
4. Allegations against staff ..... 6

## 1. Purpose

Allegations are dealt with as set out in section 4. Under section 47 of the Children Act 1989 the council
must make enquiries; section 17 of the Children Act 1989 covers children in need. Section 11 duties apply.

## 2. Who is responsible

### 2.1 Training

See section 2.1 above.

## 3. Definitions

## 4. Allegations against staff

Phone the LADO (see section 1).
`;

/** The same policy as a PDF's text: no Markdown, page numbers after the contents entries. */
const GOOD_TXT = `Child Protection Policy
Contents
1. Purpose 2
2. Who is responsible 3
3. Definitions 4
4. Allegations against staff 6
1. Purpose
Allegations are dealt with as set out in section 4.
2. Who is responsible
3. Definitions
4. Allegations against staff
Phone the LADO.
`;

describe("contents-mismatch", () => {
  it("finds entries that do not match the headings, and duplicate numbers", () => {
    const text = `## Contents

- 1. Purpose
- 2. Who is responsible
- 3. Definitions
- 4. Recording concerns

## 1. Purpose

## 2. Definitions

## 3. Who is responsible

## 4. Allegations against staff

## 4. Safer recruitment
`;
    const found = checkText(contentsMismatch, text, { asOf });
    expect(found.map((f) => f.message)).toEqual([
      'The contents list numbers "Who is responsible" as 2, but the heading is numbered 3 (the list has sections 2 and 3 the other way round) — update the contents list',
      'The contents list numbers "Definitions" as 3, but the heading is numbered 2 (the list has sections 2 and 3 the other way round) — update the contents list',
      'The contents list has "4. Recording concerns", but section 4 is "Allegations against staff" and no heading is called "Recording concerns" — update the contents list, or rename the heading to match',
      'Two sections are numbered 4: "4. Allegations against staff" and "4. Safer recruitment" — renumber the headings, then update the contents list and any "see section" references',
    ]);
    expect(excerpts(found, text)[2]).toBe("- 4. Recording concerns");
  });

  it("reads a plain-text contents list with page numbers", () => {
    const text = GOOD_TXT.replace("3. Definitions 4\n", "3. Definitions and terms 4\n");
    const found = checkText(contentsMismatch, text, { asOf, format: "pdf" });
    expect(excerpts(found, text)).toEqual(["3. Definitions and terms 4"]);
  });

  it("accepts matching contents in Markdown, Word-style links and plain text", () => {
    expect(checkText(contentsMismatch, GOOD_MD, { asOf })).toEqual([]);
    expect(checkText(contentsMismatch, GOOD_TXT, { asOf, format: "pdf" })).toEqual([]);
    const linked = `**Contents**

[1. Purpose](#_Toc1)

[2. Who is responsible](#_Toc2)

# 1. Purpose

# 2. Who is responsible
`;
    expect(checkText(contentsMismatch, linked, { asOf, format: "docx" })).toEqual([]);
    expect(checkText(contentsMismatch, "# Policy\n\n## Purpose\n\n## Scope\n", { asOf })).toEqual([]);
  });
});

describe("section-reference", () => {
  it("finds references to sections that do not exist or are about something else", () => {
    const text = `${GOOD_MD}\nSee section 7 for the contacts, and section 2.4 for training.\nAllegations: see section 3 (Allegations against staff).\n`;
    const found = checkText(sectionReference, text, { asOf });
    expect(excerpts(found, text)).toEqual([
      "section 7",
      "section 2.4",
      "section 3 (Allegations against staff)",
    ]);
    expect(found[0].message).toBe(
      'The policy refers to section 7, but no section is numbered 7 (the last is 4, "Allegations against staff") — correct the number, or name the section instead',
    );
    expect(found[2].message).toBe(
      'The policy says section 3 is "Allegations against staff", but section 3 is "Definitions" ("Allegations against staff" is section 4) — correct the reference',
    );
  });

  it("leaves correct references and sections of Acts alone", () => {
    expect(checkText(sectionReference, GOOD_MD, { asOf })).toEqual([]);
    expect(checkText(sectionReference, GOOD_TXT, { asOf, format: "pdf" })).toEqual([]);
    // No numbered headings: nothing to check against.
    expect(checkText(sectionReference, "# Policy\n\nSee section 9.\n", { asOf })).toEqual([]);
  });
});
