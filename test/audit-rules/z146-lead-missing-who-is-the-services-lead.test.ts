/**
 * lead-missing and deputy-missing (in our own words; every name is invented). A museum's learning service names its
 * lead in running text after a verb and the person's job between commas: "Questions go to Ottilie Brandt-Okafor,
 * Learning Manager, who is the service's safeguarding lead (01632 …)", and its deputy the same way: "In her absence,
 * concerns go to Wendell Ashby-Kaur, Senior Curator (Families), who deputises for her (01632 …)". Both are named.
 * Near misses that stay unnamed: someone who reports to the lead ("…, Front of House Supervisor, who reports to the
 * safeguarding lead") is not the lead; someone who deputises for another job ("…, who deputises for the Front of
 * House Supervisor") is not the safeguarding deputy.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const museum = (...sentences: string[]) => {
  const paragraphs = [
    "Approved by the trustees on 2 March 2026. Next review: March 2027.",
    sentences.join(" "),
    "Every front of house volunteer tells the safeguarding lead about a worry on the same day.",
  ];
  return [
    markdownDocument(
      ["# Saltmarsh Museum — Safeguarding Children", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n"),
    ),
    wordDocument(
      ["<h1>Saltmarsh Museum — Safeguarding Children</h1>", ...paragraphs.map((p) => `<p>${p}</p>`)].join(
        "\n",
      ),
    ),
  ];
};

const LEAD = [
  "Questions go to Ottilie Brandt-Okafor, Learning Manager, who is the service's safeguarding lead (01632 960111, ottilie@saltmarsh.example.org).",
  "Worries go to Ottilie Brandt-Okafor, Learning Manager, who is the museum's designated safeguarding lead.",
  "Please talk to Ottilie Brandt-Okafor, Learning Manager, who is our DSL (01632 960111).",
];
const DEPUTY = [
  "In her absence, concerns go to Wendell Ashby-Kaur, Senior Curator (Families), who deputises for her (01632 960112).",
  "When she is away, concerns go to Wendell Ashby-Kaur, Senior Curator, who deputises for the safeguarding lead.",
];

describe("lead-missing / deputy-missing: '<verb> to NAME, Job, who is the service's safeguarding lead'", () => {
  for (const lead of LEAD)
    it(`names the lead: "${lead.slice(0, 70)}…"`, () => {
      for (const document of museum(lead, DEPUTY[0]))
        expect(run(leadMissing, document), document.format).toEqual([]);
    });

  for (const deputy of DEPUTY)
    it(`names the deputy: "${deputy.slice(0, 70)}…"`, () => {
      for (const document of museum(LEAD[0], deputy))
        expect(run(deputyMissing, document), document.format).toEqual([]);
    });

  it("stays quiet for someone who reports to the lead, or deputises for another job", () => {
    const reports =
      "Questions about opening hours go to Amy Lowe, Front of House Supervisor, who reports to the safeguarding lead.";
    expect(findLeadMentions(reports).filter((m) => m.name)).toEqual([]);
    for (const document of museum(
      LEAD[0],
      "Questions about opening hours go to Amy Lowe, Visitor Assistant, who deputises for the Front of House Supervisor.",
    ))
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
  });
});
