/**
 * section-reference: a direction in brackets after a section's number ("section 2 (see below)", "(above)",
 * "(overleaf)") says where the section is, not what it is called — never read as a title the section should have.
 * Found auditing a hand-written policy as a new user would (2026-12-06). Near miss: a real title in brackets that is
 * not the section's is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

function policy(sentence: string) {
  return markdownDocument(
    [
      "# Little Wrens Pre-school – Safeguarding Policy",
      "",
      "## 1. Who to tell",
      "",
      `Our lead is Ama Boateng, Manager. ${sentence}`,
      "",
      "## 2. Checks",
      "",
      "Every member of staff has an enhanced DBS check.",
      "",
      "## 3. Toileting and nappy changing",
      "",
      "Two adults are present.",
      "",
    ].join("\n"),
  );
}

describe("section-reference: a direction in brackets after the number", () => {
  it("reads no title from '(see below)', '(below)', '(see overleaf)'", () => {
    for (const sentence of [
      "Staff checks are in section 2 (see below).",
      "Staff checks are in section 2 (below).",
      "Staff checks are in section 2 (see overleaf).",
    ]) {
      const document = policy(sentence);
      expect(found(run(sectionReference, document), document), sentence).toEqual([]);
    }
  });
  it("near miss: a title in brackets that is another section's is still reported", () => {
    const document = policy("Staff checks are in section 2 (Toileting and nappy changing).");
    const reported = found(run(sectionReference, document), document);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain("section 2");
  });
});
