/**
 * A policy whose roles table (or "Role: Name" lines) names the holder of each job, and whose prose then says which
 * job stands in for the lead: "When the Safeguarding Manager is on leave …, the **Operations Director** deputises for
 * her in every safeguarding matter". The job is given a person's name elsewhere in the policy, so that person is the
 * named deputy (issue 11, held-out set zz123, in our own words; every name is invented). Near misses: a job said not
 * to deputise ("does not deputise", "never deputises"), a job said to deputise that no line names, a job covering for
 * someone who is not the lead, and "her" with no lead's role in its sentence still leave the policy without a named
 * deputy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const deputies = (document: SourceDocument) => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === "deputy" && !m.team)
      .flatMap((m) => m.names ?? []),
  ),
];

const ROWS = [
  ["Finance Manager", "Lotte Brennan", "01632 960 210"],
  ["Safeguarding Manager", "Priya Castellano", "01632 960 211"],
  ["Operations Director", "Hamish Oduya", "01632 960 212"],
];

const PROSE = [
  "The Safeguarding Manager is the charity's lead for safeguarding. She receives every concern raised by staff and keeps the safeguarding log.",
  "When the Safeguarding Manager is on leave, off sick or cannot be reached within the hour, the **Operations Director** deputises for her in every safeguarding matter: he takes the referral decision and records it.",
  "The **Finance Manager** is told of every referral. She does not deputise for the Safeguarding Manager.",
];

function markdown(prose: string[], rows = ROWS): string {
  return [
    "# Larkspur Family Support – Safeguarding Policy",
    "",
    "## 1. Who does what",
    "",
    "| Role | Name | Contact |",
    "|---|---|---|",
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
    ...prose.flatMap((p) => [p, ""]),
    "## 2. Reporting a concern",
    "",
    "Tell the Safeguarding Manager the same day.",
    "",
  ].join("\n");
}

function html(prose: string[], rows = ROWS): string {
  const bold = (p: string) => p.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  return [
    "<h1>Larkspur Family Support – Safeguarding Policy</h1>",
    "<h2>1. Who does what</h2>",
    "<table><tr><td><p><strong>Role</strong></p></td><td><p><strong>Name</strong></p></td><td><p><strong>Contact</strong></p></td></tr>",
    ...rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`),
    "</table>",
    ...prose.map((p) => `<p>${bold(p)}</p>`),
    "<h2>2. Reporting a concern</h2>",
    "<p>Tell the Safeguarding Manager the same day.</p>",
  ].join("");
}

/** The PDF's text: the table's rows flattened into lines, its paragraphs wrapped. */
function pdf(prose: string[], rows = ROWS): string {
  const wrap = (p: string) => p.replace(/\*\*/g, "").replace(/(.{60,80}?) /g, "$1\n");
  return [
    "Larkspur Family Support – Safeguarding Policy",
    "1. Who does what",
    "Role Name Contact",
    ...rows.map((r) => `${r[0]} ${r[1]} ${r[2]} ·\n${r[1].split(" ")[0].toLowerCase()}@larkspur.example.org`),
    ...prose.map(wrap),
    "2. Reporting a concern",
    "Tell the Safeguarding Manager the same day.",
    "",
  ].join("\n");
}

const LAYOUTS = {
  md: (prose: string[], rows = ROWS) => markdownDocument(markdown(prose, rows)),
  docx: (prose: string[], rows = ROWS) => wordDocument(html(prose, rows)),
  pdf: (prose: string[], rows = ROWS) => pdfDocument(pdf(prose, rows)),
};

describe("a job the roles table names, said to deputise for the lead", () => {
  for (const [layout, document] of Object.entries(LAYOUTS))
    it(`names its holder the deputy (${layout})`, () => {
      const doc = document(PROSE);
      expect(deputies(doc)).toEqual(["Hamish Oduya"]);
      expect(run(deputyMissing, doc)).toEqual([]);
    });

  it.each([
    "If the Safeguarding Manager is away, the Operations Director stands in for her.",
    "The Operations Director covers for the Safeguarding Manager when she is on leave.",
    "The Operations Director deputises for the Safeguarding Manager in every safeguarding matter.",
    "While the Safeguarding Manager is on holiday our Operations Director also deputises for her.",
  ])("reads other wordings: %s", (sentence) => {
    const doc = LAYOUTS.md([PROSE[0], sentence]);
    expect(deputies(doc)).toEqual(["Hamish Oduya"]);
    expect(run(deputyMissing, doc)).toEqual([]);
  });

  it('names the holder given on a "Role: Name" line', () => {
    const text = [
      "# Larkspur Family Support – Safeguarding Policy",
      "",
      "Safeguarding Manager: Priya Castellano",
      "Operations Director: Hamish Oduya",
      "",
      PROSE[0],
      "",
      PROSE[1],
      "",
    ].join("\n");
    const doc = markdownDocument(text);
    expect(deputies(doc)).toEqual(["Hamish Oduya"]);
    expect(run(deputyMissing, doc)).toEqual([]);
  });
});

describe("stays quiet about a deputy where the words name none", () => {
  it.each([
    "The Operations Director does not deputise for the Safeguarding Manager.",
    "The Operations Director never deputises for her when the Safeguarding Manager is away.",
    "The Operations Director covers for the Finance Manager when she is on leave.",
    "The Operations Director deputises for her at weekends.",
  ])("%s", (sentence) => {
    for (const [layout, document] of Object.entries(LAYOUTS)) {
      const doc = document([PROSE[0], sentence]);
      expect(deputies(doc), layout).toEqual([]);
      expect(run(deputyMissing, doc), layout).toHaveLength(1);
    }
  });

  it("a job said to deputise that no line names", () => {
    for (const [layout, document] of Object.entries(LAYOUTS)) {
      const doc = document(PROSE, ROWS.slice(0, 2));
      expect(deputies(doc), layout).toEqual([]);
      expect(run(deputyMissing, doc), layout).toHaveLength(1);
    }
  });
});

describe("the lead's role after a denial that someone deputises for it", () => {
  it.each([
    "The Finance Manager does not deputise for the Safeguarding Manager.",
    "The Finance Manager never deputises for the Safeguarding Manager.",
    "The Finance Manager doesn't stand in for the Safeguarding Manager.",
  ])("is the lead's, not a deputy's: %s", (sentence) => {
    for (const [layout, document] of Object.entries(LAYOUTS)) {
      const doc = document([PROSE[0], sentence]);
      const roles = analyse(doc).leads.filter((m) => m.label === "Safeguarding Manager");
      expect(
        roles.map((m) => m.role),
        layout,
      ).not.toContain("deputy");
      const reported = run(deputyMissing, doc);
      expect(reported, layout).toHaveLength(1);
      expect(reported[0].message, layout).toMatch(/does not name a deputy/);
    }
  });

  it("still reads a deputy's role after an affirmative one", () => {
    const doc = LAYOUTS.md(
      [PROSE[0], "Deputising for the Safeguarding Manager: Lotte Brennan."],
      ROWS.slice(1),
    );
    expect(deputies(doc)).toEqual(["Lotte Brennan"]);
  });
});
