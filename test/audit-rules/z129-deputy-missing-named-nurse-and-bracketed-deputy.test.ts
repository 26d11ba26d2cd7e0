/**
 * deputy-missing (held-out set zz129), in our own words; every name is invented. Two layouts that name the deputy:
 *
 * - A health service whose own safeguarding lead is said to be a trust's "Named Nurse (or Named Doctor, Named
 *   Midwife) for Safeguarding Children": the "Deputy Named Nurse for Safeguarding Children, NAME" is its deputy. A
 *   school that only mentions a trust's deputy named nurse as an adviser, or leaves the deputy's post vacant, still
 *   has no deputy.
 * - A faith setting's contact cards: "**Safeguarding Lead (Imam NAME)**" with a line of contact details, then
 *   "**Deputy (Sister NAME)**": a bare "Deputy" label with a bracketed title and name, just under the named lead, is
 *   the deputy. "Deputy Head (Mr NAME)" is a job, "Deputy (vacant)" names nobody, and a "Deputy (Mr NAME)" far from
 *   any lead (a staff list) is no safeguarding deputy.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const bold = (p: string) => p.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
const md = (title: string, paragraphs: string[]) =>
  markdownDocument([`# ${title}`, "", ...paragraphs.flatMap((p) => [p, ""])].join("\n"));
const word = (title: string, paragraphs: string[]) =>
  wordDocument(
    [`<h1>${title}</h1>`, ...paragraphs.map((p) => `<p>${bold(p).replace(/\n/g, "<br />")}</p>`)].join(""),
  );
const both = (title: string, paragraphs: string[]) => [md(title, paragraphs), word(title, paragraphs)];

const CLINIC = "Larchmont Children's Outpatients – Safeguarding Procedure";

describe("deputy-missing: a deputy named nurse where the named nurse is the service's lead", () => {
  it("stays quiet for the Deputy Named Nurse after the Named Nurse as the lead (Markdown and Word)", () => {
    const paragraphs = [
      "The clinic's safeguarding lead is the Trust's **Named Nurse for Safeguarding Children, Odile Marchbank** (ext. 5120, 01632 960 720). Every concern goes to her the same day.",
      "When the Named Nurse is away, her deputy is the **Deputy Named Nurse for Safeguarding Children, Corin Ashdale-Vance** (ext. 5121).",
      "The clinic's play leader is not a deputy for the Named Nurse.",
    ];
    for (const doc of both(CLINIC, paragraphs)) expect(run(deputyMissing, doc)).toEqual([]);
  });

  it("stays quiet for a Named Doctor as the lead and a Deputy Named Doctor after a colon", () => {
    const paragraphs = [
      "Our safeguarding lead is the Named Doctor for Safeguarding Children, Dr Halvard Penrose.",
      "Deputy Named Doctor for Safeguarding Children: Dr Yemisi Calloway",
    ];
    for (const doc of both(CLINIC, paragraphs)) expect(run(deputyMissing, doc)).toEqual([]);
  });

  it("still warns when the deputy named nurse is only a trust's adviser to a school", () => {
    const paragraphs = [
      "Designated Safeguarding Lead: Mrs Petra Olowe, Headteacher.",
      "For advice on a child's health needs the school may ring the Trust's Deputy Named Nurse for Safeguarding Children, Corin Ashdale-Vance, who is not part of the school's safeguarding team.",
    ];
    for (const doc of both("Brookhill Primary School – Safeguarding Policy", paragraphs))
      expect(run(deputyMissing, doc)).toHaveLength(1);
  });

  it("still warns when the deputy named nurse's post is vacant", () => {
    const paragraphs = [
      "The clinic's safeguarding lead is the Trust's **Named Nurse for Safeguarding Children, Odile Marchbank**.",
      "Deputy Named Nurse for Safeguarding Children: (vacant)",
    ];
    for (const doc of both(CLINIC, paragraphs)) expect(run(deputyMissing, doc)).toHaveLength(1);
  });
});

const MADRASA = "Darul Huda Evening School – Safeguarding Children Policy";
const lead =
  "**Safeguarding Lead (Imam Harun Velasco)**\n07700 900 410 · lead@example.org · in the office on school evenings";
const card = (label: string) =>
  `**${label}**\n07700 900 411 · office@example.org · teaches the older girls' class`;

describe("deputy-missing: a bare Deputy label with a titled name in brackets under the named lead", () => {
  for (const title of ["Sister", "Ustadha", "Brother", "Ustadh", "Reverend", "Father", "Mrs"])
    it(`stays quiet for "Deputy (${title} NAME)" just under the lead (Markdown and Word)`, () => {
      const paragraphs = [
        lead,
        card(`Deputy (${title} Leila Fairweather-Okon)`),
        "If neither is here, phone them.",
      ];
      for (const doc of both(MADRASA, paragraphs)) expect(run(deputyMissing, doc)).toEqual([]);
    });

  it('still warns for "Deputy Head (Mr NAME)": a job, not the deputy lead', () => {
    const paragraphs = [lead, card("Deputy Head (Mr Aldous Penhaligon)"), "If neither is here, phone them."];
    for (const doc of both(MADRASA, paragraphs)) expect(run(deputyMissing, doc)).toHaveLength(1);
  });

  it('still warns for "Deputy (vacant)"', () => {
    const paragraphs = [lead, card("Deputy (vacant)"), "If the lead is not here, phone him."];
    for (const doc of both(MADRASA, paragraphs)) expect(run(deputyMissing, doc)).toHaveLength(1);
  });

  it('still warns for a "Deputy (Mr NAME)" in a staff list far from the lead', () => {
    const paragraphs = [
      lead,
      "Tell the Safeguarding Lead about any worry the same evening.",
      "## Staffing",
      "Each class has a teacher and a helper. Helpers never teach alone.",
      "Registers are kept in the office and checked at the end of each evening.",
      "Parents collect children from the side door; no child leaves alone.",
      "**Head Teacher (Mrs Amina Dorrell)**",
      "**Deputy (Mr Callum Ferreira-Lind)**",
    ];
    for (const doc of both(MADRASA, paragraphs)) expect(run(deputyMissing, doc)).toHaveLength(1);
  });
});
