/**
 * deputy-missing (forty-second session, snippets found by hand), in our own words; every name is invented. The lead's
 * absence said with the reader as the one who tries ("If you cannot reach her, please contact the Vicar, the Revd
 * Canon Hugo Partridge", "If you can't get hold of her", "If she cannot be reached") or by the lead's first name ("If
 * Ravi cannot be reached, contact Imogen, who acts as deputy for safeguarding matters") names the one to go to as the
 * deputy; a first name is the person the policy names in full elsewhere ("Mrs Imogen Drabble" in the table of
 * roles). Near misses: an office outside the setting ("the Local Authority Designated Officer, Mrs Sarah Jones", "the
 * NSPCC"), nobody absent who is a lead ("If you cannot reach the office, leave a message"), and a first name the
 * policy names no one by in full — no deputy, reported as before.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const parish = (absence: string): SourceDocument[] => {
  const lead = `Our Parish Safeguarding Officer is Mrs Delphine Warrender (tel. 01632 960 118, email pso@stcuthberts.example.org). ${absence}`;
  const training = "The Parish Safeguarding Officer completed the Leadership pathway in May 2025.";
  return [
    markdownDocument(
      [
        "# St Cuthbert's, Lower Ashby – Safeguarding Policy",
        "",
        "## Our Parish Safeguarding Officer",
        "",
        lead,
        "",
        "## Training",
        "",
        training,
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>St Cuthbert's, Lower Ashby – Safeguarding Policy</h1>",
        "<h2>Our Parish Safeguarding Officer</h2>",
        `<p>${lead}</p>`,
        "<h2>Training</h2>",
        `<p>${training}</p>`,
      ].join("\n"),
    ),
    pdfDocument(
      [
        "St Cuthbert's, Lower Ashby – Safeguarding Policy",
        "Our Parish Safeguarding Officer",
        lead,
        "Training",
        training,
      ].join("\n"),
    ),
  ];
};

const VICAR = "please contact the Vicar, the Revd Canon Hugo Partridge (01632 960 119).";

describe("deputy-missing: the lead out of reach, the one to contact named after their office", () => {
  for (const absence of [
    `If you cannot reach her, ${VICAR}`,
    `If you can't get hold of her, ${VICAR}`,
    `If you are unable to reach her, ${VICAR}`,
    `If she cannot be reached, ${VICAR}`,
  ])
    it(`takes the Vicar for the deputy: "${absence.slice(0, 40)}…"`, () => {
      for (const document of parish(absence))
        expect(run(deputyMissing, document), document.format).toEqual([]);
    });

  for (const absence of [
    "If you cannot reach her, please contact the Local Authority Designated Officer, Mrs Sarah Jones (01632 960 200).",
    "If you cannot reach her, please contact the NSPCC on 0808 800 5000.",
    "If you cannot reach the office, leave a message and we will call you back.",
  ])
    it(`stays quiet about no deputy: "${absence.slice(0, 50)}…"`, () => {
      for (const document of parish(absence))
        expect(run(deputyMissing, document), document.format).toHaveLength(1);
    });
});

const group = (absence: string, volunteer = "Mrs Imogen Drabble"): string =>
  [
    "# 5th Lower Ashby Scout Group – Safeguarding Policy",
    "",
    "## Who is responsible",
    "",
    "| Role | Name | Contact |",
    "| --- | --- | --- |",
    `| Group Lead Volunteer | ${volunteer} | 07700 900 331 |`,
    "| Group Safeguarding Lead | Mr Ravi Stoddart-Hume | 07700 900 332 |",
    "",
    absence,
    "",
    "## Training",
    "",
    "- Ravi Stoddart-Hume: Safeguarding (Module 3) 14/03/2025",
    "",
  ].join("\n");

const ASKS = "If Ravi cannot be reached, contact Imogen, who acts as deputy for safeguarding matters.";

describe("deputy-missing: the lead out of reach while the deputy is still to be named", () => {
  it("reads the one to contact as cover, not the deputy, after 'Deputy …: TBC'", () => {
    const text = group(
      "**Deputy Group Safeguarding Lead:** TBC\n\nUntil a deputy is appointed, if Ravi cannot be reached, contact the Group Lead Volunteer, Mrs Imogen Drabble.",
    );
    const found = run(deputyMissing, markdownDocument(text));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("TBC");
  });
});

describe("deputy-missing: the lead out of reach by first name, the deputy by first name", () => {
  it("takes Imogen, named in full in the table, for the deputy", () => {
    const document = markdownDocument(group(ASKS));
    expect(run(deputyMissing, document)).toEqual([]);
    const deputies = findLeadMentions(group(ASKS)).filter((m) => m.role === "deputy");
    expect(deputies.map((m) => m.name)).toContain("Imogen Drabble");
    expect(deputies.map((m) => m.name)).not.toContain("Imogen");
  });

  it("stays quiet about no one when nobody is named Imogen in full", () => {
    const document = markdownDocument(group(ASKS, "Mrs Beatrix Lomas"));
    expect(run(deputyMissing, document)).toHaveLength(1);
  });
});
