/**
 * placeholder-text (in our own words; every name is invented). A template's "Insert date" or "insert name" left as a
 * field's whole value — after the field's label and its colon ("Signed off by the trustees: Insert date", "Deputy
 * lead: insert name"), or alone in a table's cell — is the template's instruction never acted on, whatever its case.
 * The same words telling someone what to do ("Date: insert date of the incident" on a form, "Leaders insert the date
 * on the sheet") are left alone, as is such a field on a form to fill in by hand.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Pinecrest Robotics Camp — Safeguarding Policy";

const layouts = (lines: string[]) => [
  markdownDocument([`# ${TITLE}`, "", ...lines.flatMap((l) => [l, ""])].join("\n")),
  wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      ...lines.map((l) => (l.startsWith("## ") ? `<h2>${l.slice(3)}</h2>` : `<p>${l}</p>`)),
    ].join("\n"),
  ),
];

const reported = (lines: string[]) =>
  layouts(lines).map((d) => [d.format, found(run(placeholderText, d), d)] as const);

describe("placeholder-text: 'Insert date' as a field's whole value", () => {
  it.each([
    ["Signed off by the trustees: Insert date", "Insert date"],
    ["Signed off by the trustees: insert date.", "insert date"],
    ["Deputy camp lead: insert name", "insert name"],
    ["Next review: Insert month", "Insert month"],
  ])("reports %s", (line, words) => {
    for (const [format, found] of reported(["## About this policy", line, "Reviewed every year."]))
      expect(found, format).toEqual([words]);
  });

  it("reports it alone in a table's cell", () => {
    const document = markdownDocument(
      [`# ${TITLE}`, "", "| Version | Approved |", "| --- | --- |", "| 2 | insert date |", ""].join("\n"),
    );
    expect(found(run(placeholderText, document), document)).toEqual(["insert date"]);
  });

  it("stays quiet for an instruction whose words go on", () => {
    for (const [format, found] of reported([
      "## How leaders record a worry",
      "Leaders insert the date and their name on the sheet.",
      "Time: insert date of the incident and the time it happened",
    ]))
      expect(found, format).toEqual([]);
  });

  it("stays quiet for the field on a form to fill in by hand", () => {
    for (const [format, found] of reported([
      "## Appendix 1 – Concern form",
      "Child's name: ______",
      "Date seen: insert date",
      "Signed: ______",
    ]))
      expect(found, format).toEqual([]);
  });
});
