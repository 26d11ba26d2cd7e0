/**
 * deputy-missing and lead-missing (forty-fourth session), in our own words; every name is invented. As of 1 December
 * 2026. An incident record form in an appendix asks questions about the roles: "Welfare Officer informed: ______",
 * "Deputy Welfare Officer informed: ______", "Date Deputy DSL notified: ____", "| Deputy DSL contacted? | ______ |".
 * A role followed by a form's verb or field word (informed, contacted, notified, told, consulted, signature, sign,
 * initials) and a fill-in is a question on the form, not a label naming who holds the post: it is neither a blank
 * deputy's label nor a blank lead's. Where the policy names no deputy at all, the warning is the plain "does not
 * name a deputy", not a quote of the form's line. Near misses: a real blank label ("Deputy DSL: ______",
 * "Deputy Welfare Officer: (to be appointed)", "Deputy DSL name: ______") still gives its warning, quoted there.
 * With the form, the policy may name its deputy in a sentence, the person's name opening it straight before the verb:
 * "Mr Fintan Oyelaran deputises for the Welfare Officer when she is away" names the deputy. Near misses: "… never
 * deputises for …", and the lead's own name there, name nobody.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const LEAD = "Welfare Officer: Mrs Odile Brannigan (07700 900311)";
const DEPUTY = "Deputy Welfare Officer: Mr Fintan Oyelaran (07700 900312)";

/** The contacts section's lines, then an appendix holding the form's lines (a "|" line is a table's row). */
const md = (contacts: string[], form: string[]): SourceDocument =>
  markdownDocument(
    [
      "# Safeguarding Policy – Larchmere Bowls Club",
      "",
      "## Who to contact",
      "",
      ...contacts.flatMap((l) => [l, ""]),
      "## Review",
      "",
      "This policy was approved on 1 September 2026 and is reviewed every year.",
      "",
      "## Appendix A: Incident record form",
      "",
      ...form.flatMap((l) => (l.startsWith("|") ? [l] : [l, ""])),
      "",
    ].join("\n"),
  );

const cells = (row: string) =>
  row
    .split("|")
    .slice(1, -1)
    .map((c) => c.trim());

const word = (contacts: string[], form: string[]): SourceDocument => {
  const rows = form.filter((l) => l.startsWith("|") && !/^\|\s*-/.test(l));
  return wordDocument(
    [
      "<h1>Safeguarding Policy – Larchmere Bowls Club</h1>",
      "<h2>Who to contact</h2>",
      ...contacts.map((l) => `<p>${l}</p>`),
      "<h2>Review</h2>",
      "<p>This policy was approved on 1 September 2026 and is reviewed every year.</p>",
      "<h2>Appendix A: Incident record form</h2>",
      ...form.filter((l) => !l.startsWith("|")).map((l) => `<p>${l}</p>`),
      ...(rows.length
        ? [
            `<table>${rows
              .map(
                (r) =>
                  `<tr>${cells(r)
                    .map((c) => `<td><p>${c}</p></td>`)
                    .join("")}</tr>`,
              )
              .join("")}</table>`,
          ]
        : []),
    ].join("\n"),
  );
};

const FORM = [
  "Name of child: ______",
  "What was seen or said: ______",
  "Welfare Officer informed: ______",
  "Deputy Welfare Officer informed: ______",
  "Signed: ______ Date: ______",
];

const both = (contacts: string[], form: string[]) => [md(contacts, form), word(contacts, form)];

const report = (document: SourceDocument, rule = deputyMissing) => {
  const reported = run(rule, document);
  return { at: found(reported, document), messages: reported.map((r) => r.message) };
};

describe("a role's question on a record form", () => {
  it("stays quiet where the policy names the deputy by a label", () => {
    for (const document of both([LEAD, DEPUTY], FORM)) expect(report(document).at).toEqual([]);
  });

  it("gives the plain warning, not the form's line, where the policy names no deputy", () => {
    for (const document of both([LEAD], FORM)) {
      const { at, messages } = report(document);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^The policy does not name a deputy designated safeguarding lead/);
      expect(at[0]).not.toContain("informed");
    }
  });

  it("reads the other questions a form asks about the deputy the same way", () => {
    for (const question of [
      "Deputy DSL contacted: ______",
      "Date Deputy Welfare Officer notified: ____",
      "Deputy Welfare Officer told: ______",
      "Deputy Welfare Officer consulted: ______",
      "Deputy Welfare Officer signature: ______",
      "Deputy Welfare Officer sign: ______",
      "Deputy Welfare Officer initials: ______",
      "Deputy Welfare Officer informed? ______",
    ]) {
      for (const document of both([LEAD], ["Name of child: ______", question])) {
        const { at, messages } = report(document);
        expect(messages, question).toHaveLength(1);
        expect(messages[0], question).toMatch(/^The policy does not name a deputy/);
        expect(at[0], question).not.toMatch(/contacted|notified|told|consulted|sign|initials|informed/);
      }
      for (const document of both([LEAD, DEPUTY], ["Name of child: ______", question]))
        expect(report(document).at, question).toEqual([]);
    }
  });

  it("reads a form table's question the same way", () => {
    const table = [
      "| Question | Answer |",
      "| --- | --- |",
      "| Name of child | ______ |",
      "| Welfare Officer informed? | ______ |",
      "| Deputy Welfare Officer informed? | ______ |",
    ];
    for (const document of both([LEAD], table)) {
      const { messages } = report(document);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^The policy does not name a deputy/);
    }
    for (const document of both([LEAD, DEPUTY], table)) expect(report(document).at).toEqual([]);
  });

  it("makes no lead finding for the lead's question where the lead is named", () => {
    const form = ["Name of child: ______", "Designated Safeguarding Lead informed: ______"];
    for (const document of both(["Designated Safeguarding Lead: Mrs Odile Brannigan", DEPUTY], form))
      expect(report(document, leadMissing).at).toEqual([]);
  });

  it("still warns at a real blank label", () => {
    for (const label of ["Deputy Welfare Officer: TBC", "Deputy Welfare Officer: To be appointed"]) {
      for (const document of both([LEAD, label], FORM)) {
        const { at, messages } = report(document);
        expect(messages, label).toHaveLength(1);
        expect(messages[0], label).toMatch(/^The deputy designated safeguarding lead is not named: "/);
        expect(at[0], label).toBe(label);
      }
    }
    // A label left blank, or with a bracket to say so: the warning is at the label, not at the form's question.
    for (const label of [
      "Deputy DSL: ______",
      "Deputy Welfare Officer name: ______",
      "Deputy Welfare Officer: (to be appointed)",
    ]) {
      for (const document of both([LEAD, label], FORM)) {
        const { at, messages } = report(document);
        expect(messages, label).toHaveLength(1);
        expect(at[0], label).toContain(label.split(/ name:|:/)[0]);
        expect(at[0], label).not.toContain("informed");
      }
    }
  });
});

describe("a deputy named as deputising for the lead, beside the form", () => {
  const said = (sentence: string) => [LEAD, sentence];

  it("stays quiet where the sentence names the deputy", () => {
    for (const sentence of [
      "Mr Fintan Oyelaran deputises for the Welfare Officer when she is away (07700 900312).",
      "Peter Oyelaran covers for the Welfare Officer on match days.",
      "The club has one deputy. Mr Fintan Oyelaran stands in for the Welfare Officer when she is away.",
    ])
      for (const document of both(said(sentence), FORM)) expect(report(document).at, sentence).toEqual([]);
  });

  it("still warns where the sentence names nobody who deputises", () => {
    for (const sentence of [
      "Mr Fintan Oyelaran never deputises for the Welfare Officer.",
      "Mrs Odile Brannigan covers for the Welfare Officer at weekends.",
      "Nobody deputises for the Welfare Officer yet.",
    ])
      for (const document of both(said(sentence), FORM)) {
        const { messages } = report(document);
        expect(messages, sentence).toHaveLength(1);
        expect(messages[0], sentence).not.toContain("______");
      }
  });
});
