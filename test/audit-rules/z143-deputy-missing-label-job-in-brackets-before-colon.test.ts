/**
 * deputy-missing (review of session 43), in our own words; every name is invented. A youth trust's key people are
 * written as bold labels with the holder's job in brackets before the colon: "**Safeguarding Lead (Deputy Director):**
 * Ms Name, phone" and "**Deputy Safeguarding Lead (Detached Work Manager):** Mr Name, phone". The bracket says which job
 * holds the role; the holder is the name after the colon, as "Deputy DSL (Northside hub) – Mr Name" is read. The
 * deputy was reported missing, since only a lower-case bracket was passed over. Near misses: a bracket holding the
 * holder's own name ("Safeguarding Lead (Ms Name)") keeps that reading; "Deputy" in the lead's job ("Deputy
 * Director") does not make the lead a deputy; a bracket naming a body ("(Board)") is another body's role, its name
 * not read; a deputy's label whose holder is left "vacant" still names no deputy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const LEAD = "Ms Oriel Fanshawe-Bright";
const DEPUTY = "Mr Tobin Greatorex";

const layouts = (lead: string, deputy: string): SourceDocument[] => {
  const bold = (l: string) => l.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  const body = [lead, deputy];
  return [
    markdownDocument(
      [
        "# Brackenfold Youth Trust – Safeguarding Policy",
        "",
        "## Key people",
        "",
        ...body.flatMap((l) => [l, ""]),
        "## If you are worried",
        "",
        "Speak to the safeguarding lead the same day.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Brackenfold Youth Trust – Safeguarding Policy</h1>",
        "<h2>Key people</h2>",
        ...body.map((l) => `<p>${bold(l)}</p>`),
        "<h2>If you are worried</h2>",
        "<p>Speak to the safeguarding lead the same day.</p>",
      ].join("\n"),
    ),
    pdfDocument(
      [
        "Brackenfold Youth Trust – Safeguarding Policy",
        "Key people",
        ...body.map((l) => l.replace(/\*\*/g, "")),
        "If you are worried",
        "Speak to the safeguarding lead the same day.",
        "",
      ].join("\n"),
    ),
  ];
};

const LEAD_LINE = `**Safeguarding Lead (Deputy Director):** ${LEAD}, 01632 960418`;
const DEPUTY_LINES = [
  `**Deputy Safeguarding Lead (Detached Work Manager):** ${DEPUTY}, 01632 960419`,
  `**Deputy Safeguarding Lead (Senior Youth Worker)** – ${DEPUTY}, 01632 960419`,
];

describe("deputy-missing: a label with the holder's job in brackets before the colon, then the holder", () => {
  it.each(DEPUTY_LINES)("reads the deputy after the bracket and stays quiet: %s", (deputy) => {
    for (const document of layouts(LEAD_LINE, deputy)) {
      expect(run(deputyMissing, document), document.format).toEqual([]);
      expect(run(leadMissing, document), document.format).toEqual([]);
    }
  });

  it("reads the lead as the lead and the deputy as the deputy, not the lead's job's 'Deputy'", () => {
    const text = ["## Key people", "", LEAD_LINE, "", DEPUTY_LINES[0], ""].join("\n");
    const named = findLeadMentions(text).filter((m) => m.name);
    expect(named.filter((m) => m.role === "dsl").map((m) => m.name)).toEqual([LEAD]);
    expect(named.filter((m) => m.role === "deputy").map((m) => m.name)).toEqual([DEPUTY]);
  });

  it("keeps a bracket that holds the holder's own name", () => {
    const text = ["## Key people", "", `**Safeguarding Lead (${LEAD}):** 01632 960418`, ""].join("\n");
    const named = findLeadMentions(text).filter((m) => m.name);
    expect(named.map((m) => [m.role, m.name])).toEqual([["dsl", LEAD]]);
  });

  it("reads no holder after a bracket that names another body, not a job", () => {
    const text = [
      "## Structure",
      "",
      "- Senior Safeguarding Lead (Board): Mrs Winifred Alcott, Director",
      "",
    ].join("\n");
    expect(findLeadMentions(text).filter((m) => m.name)).toEqual([]);
  });

  it("still reports a deputy whose label is left vacant", () => {
    const deputy = "**Deputy Safeguarding Lead (Detached Work Manager):** vacant";
    for (const document of layouts(LEAD_LINE, deputy))
      expect(run(deputyMissing, document).length, document.format).toBe(1);
  });
});
