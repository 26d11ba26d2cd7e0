/**
 * lead-missing and training-missing (review 56), in our own words; every name is invented. As of 1 December 2026.
 * Three readers added in the last session read too much or too little:
 * 1. A trust's table of academies ("| Academy | Designated Safeguarding Lead | Deputy DSL |") whose lead's cell opens
 *    with a placeholder ("Vacant", "TBC", "To be appointed") names an acting lead only when a word of acting, interim
 *    or cover is tied to the person named after it: "Vacant – Mrs A is acting DSL", "To be appointed (interim: Mrs A,
 *    Trust DSL)", "TBC – covered by Mrs A", "TBC – Mrs A covering". Any other person in the cell ("Vacant – interviews
 *    led by Mr B, Head of HR", "Vacant – contact Mrs A in the meantime") holds no post: the academy's lead is still not
 *    named. The same reading for the deputy's cell: "Vacant – Mr B is acting deputy" names a deputy; "Vacant –
 *    interviews led by Mr B" does not.
 * 2. A row whose lead's and deputy's cells are both truly empty ("| Oakfield Academy |  |  |") is a gap, reported as
 *    it was before the last session; a dash or "n/a" in both, or a row saying "no pupils", still says the post does not
 *    apply there (quiet).
 * 3. A role's bracket disowns the role only when the bracket is that statement and nothing else: "Women's section
 *    Welfare Officer (adult teams only, not part of this policy)", "(outside the scope of this policy)". A bracket
 *    saying something about the work, in which another thing is outside the policy ("Designated Safeguarding Lead (also
 *    handles concerns about adults at risk, which are outside the scope of this policy)"), keeps the lead: her missing
 *    training is reported. Every rule reads it alike (the lead reader's notTheLead): a policy whose only "lead" is that
 *    role outside it names no lead of its own (lead-missing reports it); the same role with a bracket about its work
 *    stays the lead.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { found, run } from "../fixtures/structure/documents.js";
import {
  type SiteTablePolicy,
  siteTableMarkdown,
  siteTablePdf,
  siteTableWord,
} from "../fixtures/structure/site-table.js";
import { tableSectionLayouts } from "../helpers/table-section-layouts.js";

const policy: SiteTablePolicy = {
  intro: [
    "Brackenfold Learning Trust – Safeguarding and Child Protection Policy 2026–27",
    "",
    "Approved by the trustees on 16 September 2026. Next review: September 2027.",
    "",
    "The Trust's Designated Safeguarding Lead is Mrs Isadora Penwarden (Director of Safeguarding, 01632 960571). Each academy has its own Designated Safeguarding Lead and a Deputy, listed below.",
    "",
  ],
  heading: "2. Key contacts",
  header: ["Academy", "Designated Safeguarding Lead", "Deputy DSL"],
};

const NAMED = [
  ["Brackenfold Primary Academy", "Mrs Lowenna Tregarthen", "Mr Ezekiel Pumphrey"],
  ["Thornwick Junior Academy", "Mr Casimir Oyelaran", "Miss Delphine Ashcombe"],
];

const layouts = (last: string[]): SourceDocument[] => {
  const rows = [...NAMED, last];
  return [siteTableMarkdown(policy, rows), siteTableWord(policy, rows), siteTablePdf(policy, rows)];
};

const reported = (last: string[], rule = leadMissing) =>
  layouts(last).map((document) => ({ format: document.format, found: found(run(rule, document), document) }));

const quiet = (last: string[], rule = leadMissing) => {
  for (const { format, found } of reported(last, rule))
    expect(found, `${format} ${last.join(" | ")}`).toEqual([]);
};

const onceFor = (last: string[], words: string, rule = leadMissing) => {
  for (const { format, found } of reported(last, rule)) {
    expect(found, `${format} ${last.join(" | ")}`).toHaveLength(1);
    expect(found[0], format).toContain(words);
  }
};

describe("1. a person after a placeholder in a site's lead cell", () => {
  it.each([
    [
      "Oakhurst Academy",
      "Vacant – interviews led by Mr Benedikt Colquhoun, Head of HR",
      "Mrs Saoirse Vellacott",
    ],
    ["Oakhurst Academy", "Vacant – contact Mrs Isadora Penwarden in the meantime", "Mrs Saoirse Vellacott"],
    [
      "Oakhurst Academy",
      "TBC (shortlisting by Mr Benedikt Colquhoun, 01632 960574)",
      "Mrs Saoirse Vellacott",
    ],
    ["Oakhurst Academy", "To be appointed; panel chaired by Ms Ngozi Halloran", "Mrs Saoirse Vellacott"],
  ])("holds no post — the lead is still not named: | %s | %s | %s |", (...last) => onceFor(last, "Oakhurst"));

  it.each([
    [
      "Oakhurst Academy",
      "Vacant from 1 November 2026 – Mrs Lowenna Tregarthen (Brackenfold) is acting DSL until the post is filled",
      "Mrs Saoirse Vellacott",
    ],
    [
      "Oakhurst Academy",
      "To be appointed (interim: Mrs Isadora Penwarden, Trust DSL)",
      "Mrs Saoirse Vellacott",
    ],
    ["Oakhurst Academy", "TBC – covered by Mr Casimir Oyelaran", "Mrs Saoirse Vellacott"],
    ["Oakhurst Academy", "TBC – Mr Casimir Oyelaran covering", "Mrs Saoirse Vellacott"],
    ["Oakhurst Academy", "Vacant; acting DSL: Ms Ngozi Halloran", "Mrs Saoirse Vellacott"],
    ["Oakhurst Academy", "Vacant – Ms Ngozi Halloran (interim)", "Mrs Saoirse Vellacott"],
  ])("names an acting or interim lead — quiet: | %s | %s | %s |", (...last) => quiet(last));
});

describe("1. the same reading of a site's deputy cell", () => {
  it.each([
    ["Oakhurst Academy", "Mrs Saoirse Vellacott", "Vacant – Mr Benedikt Colquhoun is acting deputy"],
    ["Oakhurst Academy", "Mrs Saoirse Vellacott", "TBC (interim: Mr Benedikt Colquhoun)"],
    ["Oakhurst Academy", "Mrs Saoirse Vellacott", "To be appointed – covered by Miss Delphine Ashcombe"],
  ])("names an acting deputy — quiet: | %s | %s | %s |", (...last) => quiet(last, deputyMissing));

  it.each([
    ["Oakhurst Academy", "Mrs Saoirse Vellacott", "Vacant – interviews led by Mr Benedikt Colquhoun"],
    ["Oakhurst Academy", "Mrs Saoirse Vellacott", "TBC"],
  ])("names no deputy — reported: | %s | %s | %s |", (...last) => onceFor(last, "Oakhurst", deputyMissing));
});

describe("2. a site row with both cells empty", () => {
  it("is a gap, reported as before", () => {
    const last = ["Oakhurst Academy", "", ""];
    for (const document of layouts(last)) {
      const reports = found(run(leadMissing, document), document);
      expect(reports, document.format).toHaveLength(1);
      expect(reports[0], document.format).toContain("Oakhurst");
    }
  });

  it.each([
    ["Oakhurst Academy", "–", "–"],
    ["Oakhurst Academy", "n/a", "n/a"],
    ["Trust central office (no pupils on site)", "", ""],
    ["Trust central office", "Not applicable", ""],
  ])("stays quiet where the row says the post does not apply: | %s | %s | %s |", (...last) => quiet(last));
});

describe("3. a bracket after the lead's role that puts something outside the policy", () => {
  const TITLE = "Safeguarding and Child Protection Policy — Marram Bay Pre-School";
  const untrained = (role: string) =>
    tableSectionLayouts(TITLE, "2. Key contacts", [
      [
        ["Role", "Name", "Telephone"],
        [role, "Mrs Harriet Quennell", "01632 960761"],
        ["Deputy DSL", "Mr Omar Fairclough", "01632 960762"],
      ],
      "Training: Mr Omar Fairclough completed Early Years Designated Safeguarding Lead training on 2 February 2025.",
    ]).map((document) => ({
      format: document.format,
      messages: run(trainingMissing, document)
        .map((f) => f.message)
        .filter((m) => m.includes("Quennell")),
    }));

  it.each([
    "Designated Safeguarding Lead (also handles concerns about adults at risk, which are outside the scope of this policy)",
    "Designated Safeguarding Lead (also leads on adult safeguarding, which is not covered by this policy)",
    "Designated Safeguarding Lead (and for the holiday club, outside this policy)",
    "Designated Safeguarding Lead (not part of this policy's appendices, which she keeps)",
  ])("keeps the lead, whose training is missing: %s", (role) => {
    for (const { format, messages } of untrained(role)) expect(messages, format).toHaveLength(1);
  });

  it.each([
    "Women's section Welfare Officer (adult teams only, not part of this policy)",
    "Adult Safeguarding Officer (outside the scope of this policy)",
    "Welfare Officer (veterans' section; not covered by this policy)",
  ])("stays outside the policy — no training asked: %s", (role) => {
    for (const { format, messages } of untrained(role)) expect(messages, format).toEqual([]);
  });
});

describe("3. every rule reads the role outside the policy alike (leads.ts notTheLead)", () => {
  const TITLE = "Safeguarding Policy — Saltings Amateur Football Club";
  const leadMessages = (role: string) =>
    tableSectionLayouts(TITLE, "2. Who to contact", [
      [
        ["Role", "Name", "Telephone"],
        [role, "Ms Gemma Strudwick", "07700 900763"],
        ["Deputy Club Welfare Officer", "Mr Omar Fairclough", "07700 900762"],
      ],
      "Training: Ms Gemma Strudwick completed Safeguarding and Protecting Children on 9 June 2025. Mr Omar Fairclough completed Safeguarding and Protecting Children on 2 February 2025.",
    ]).map((document) => ({
      format: document.format,
      messages: run(leadMissing, document).map((f) => f.message),
    }));

  it.each([
    "Women's section Welfare Officer (adult teams only, not part of this policy)",
    "Club Welfare Officer (veterans' section; outside the scope of this policy)",
  ])("is no lead of the policy — lead-missing reports none named: %s", (role) => {
    for (const { format, messages } of leadMessages(role)) expect(messages, format).toHaveLength(1);
  });

  it.each([
    "Women's section Welfare Officer (adult teams only)",
    "Club Welfare Officer (also covers the veterans, who are outside the scope of this policy)",
  ])("is the lead: %s", (role) => {
    for (const { format, messages } of leadMessages(role)) expect(messages, format).toEqual([]);
  });
});
