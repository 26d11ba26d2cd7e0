/**
 * deputy-missing: a named person who deputises for the lead "for Early Years sessions" or "in the school holidays",
 * in our own words; every name is invented.
 *
 * "Mr Rhys Calloway deputises for the Welfare Officer for Early Years sessions when she is away" and "Nadia Orsini,
 * Senior Librarian, who deputises for the Welfare Officer in the school holidays": a phase or a time of this setting
 * after the lead's role is no other setting, so the person named is the deputy (review 53 taught this to "She
 * deputises for …"; the readers of a named person kept the older test and warned "never says who it is").
 * So too this setting's own clubs and sessions ("at Holiday Club", "at Forest School sessions", review 54).
 * Near miss: "… deputises for the Welfare Officer of Vale Primary" (a place's name) is another setting's lead, and
 * "… at our sister nursery" or "at Vale Holiday Club" too — the deputy is still missing.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

/** The paragraphs as Markdown and as Word's HTML. */
const layouts = (paragraphs: string[]): SourceDocument[] => [
  markdownDocument(
    [
      "# Larkhill Tennis Club – Safeguarding Policy",
      "",
      "## Who to go to",
      "",
      ...paragraphs.flatMap((p) => [p, ""]),
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Larkhill Tennis Club – Safeguarding Policy</h1>",
      "<h2>Who to go to</h2>",
      ...paragraphs.map((p) => `<p>${p}</p>`),
    ].join("\n"),
  ),
];

const policy = (deputy: string) =>
  layouts([
    "Welfare Officer: Mrs Judith Penhallow (07700 900331)",
    deputy,
    "Mrs Judith Penhallow completed Safeguarding and Protecting Children on 12 May 2025.",
  ]);

describe("deputy-missing: a named person deputising for the lead in a phase or time of this setting", () => {
  it.each([
    "Mr Rhys Calloway deputises for the Welfare Officer for Early Years sessions when she is away (07700 900332).",
    "Mr Rhys Calloway covers for the Welfare Officer in the school holidays (07700 900332).",
    "Mr Rhys Calloway deputises for the Welfare Officer at Holiday Club and whenever she is away.",
    "Mr Rhys Calloway deputises for the Welfare Officer at Forest School sessions.",
    "She is supported by Mr Rhys Calloway. He deputises for the Welfare Officer at Breakfast Club.",
    "If she cannot be reached, ask Nadia Orsini, Head Coach, who deputises for the Welfare Officer in the school holidays.",
  ])("%s names the deputy", async (deputy) => {
    for (const document of policy(deputy)) {
      expect(found(await run(deputyMissing, document), document)).toEqual([]);
    }
  });

  it.each([
    "Mr Rhys Calloway deputises for the Welfare Officer of Vale Primary when she is away.",
    "Mr Rhys Calloway covers for the Welfare Officer at our sister club on Saturdays.",
    "Mr Rhys Calloway deputises for the Welfare Officer at Vale Holiday Club.",
  ])("%s is another setting's lead: the deputy is still missing", async (deputy) => {
    for (const document of policy(deputy)) {
      expect(found(await run(deputyMissing, document), document)).toHaveLength(1);
    }
  });
});
