/**
 * training-missing (held-out zz166), in our own words; every name and setting is invented. As of 1 December 2026.
 * A college points to another of its documents, then speaks of its lead in the next sentence: "… is covered in the IT
 * Acceptable Use Policy. The Designated Safeguarding Lead receives the weekly monitoring report." The capitalised
 * words of a document's title — ending in "Policy", "Procedure", "Agreement", "Protocol", "Handbook", "Code of
 * Conduct" … — are no person's name, and a name never runs from them into the role after them: the lead is the one
 * the policy names elsewhere (who has her training listed), not "Acceptable Use" with none.
 * Stays as it is: a name then the role across a full stop ("Mrs Ann Lee. Designated Safeguarding Lead", a signature
 * or a contact card, one line or two); "Speak to Ann Lee. The DSL …"; a job with "Policy" in it ("Head of Policy");
 * a surname that is also a document's word ("Mrs Wren Charter, DSL").
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding and Child Protection Policy — Larchfield Sixth Form College";
const TEAM = "Designated Safeguarding Lead: Ms Odile Fenwright, Assistant Principal (01632 960 421).";
const TRAINING = [
  "Ms Odile Fenwright completed Designated Safeguarding Lead training on 12 March 2026.",
  "All staff completed the college's safeguarding update on 1 September 2026.",
];

const layouts = (paragraph: string): SourceDocument[] =>
  sectionLayouts(TITLE, "Keeping students safe", [TEAM, paragraph, ...TRAINING]);

const leadNames = (text: string) =>
  findLeadMentions(text).flatMap((m) => (m.name && m.role === "dsl" ? [m.name] : []));

describe("a document's title before the lead's role is no one's name", () => {
  for (const paragraph of [
    "Online safety, including filtering and monitoring of college devices and Wi-Fi, is covered in the IT Acceptable Use Policy. The Designated Safeguarding Lead receives the weekly monitoring report.",
    "Students sign the ICT Acceptable Use Agreement. The Designated Safeguarding Lead keeps the signed copies.",
    "Staff follow the LSCP Escalation Procedure: the Designated Safeguarding Lead decides when to use it.",
    "Concerns about a colleague go under the Staff Whistleblowing Procedure, and the Designated Safeguarding Lead is told the same day.",
    "Trips follow the Larchfield Offsite Visits Handbook. The Designated Safeguarding Lead signs off every residential.",
    "Staff read the ICT Code of Conduct. The Designated Safeguarding Lead answers questions on it.",
  ]) {
    it(`names no lead from the title's words: ${paragraph.slice(0, 60)}…`, () => {
      const names = leadNames(`${TEAM}\n\n${paragraph}\n`);
      expect(names).toEqual(["Ms Odile Fenwright"]);
      for (const document of layouts(paragraph))
        expect(run(trainingMissing, document), document.format).toEqual([]);
    });
  }
});

describe("stays as it is", () => {
  for (const [what, text, name] of [
    [
      "a name then the role across a full stop",
      "Mrs Tamsin Orrell. Designated Safeguarding Lead",
      "Mrs Tamsin Orrell",
    ],
    [
      "a signature's name line, then its role line",
      "Signed: Mrs Tamsin Orrell.\nDesignated Safeguarding Lead",
      "Mrs Tamsin Orrell",
    ],
    [
      "a name and job, then the role",
      "Mrs Tamsin Orrell, Centre Manager. Designated Safeguarding Lead",
      "Mrs Tamsin Orrell",
    ],
    [
      "a person spoken to",
      "Speak to Mrs Tamsin Orrell. The Designated Safeguarding Lead keeps a copy.",
      "Mrs Tamsin Orrell",
    ],
    ["a job with a document's word in it", "Mrs Tamsin Orrell, Head of Policy (DSL)", "Mrs Tamsin Orrell"],
    [
      "a surname that is a document's word",
      "Mrs Wren Charter, Designated Safeguarding Lead",
      "Mrs Wren Charter",
    ],
  ])
    it(`${what}: ${name}`, () => {
      expect(leadNames(`# Larchfield College\n\n${text}\n`)).toEqual([name]);
    });
});
