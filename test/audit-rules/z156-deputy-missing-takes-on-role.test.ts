/**
 * deputy-missing (session 46, a hand-written cathedral choir policy), in our own words; every name is invented. As of
 * 1 December 2026.
 *
 * A policy names its deputy by the lead's role that the person takes on while the lead is away: "The Choir
 * Safeguarding Officer is Mr Tobiah Quarrendon. When he is on leave, Mrs Wenna Trelawney, the Senior Chaperone, takes
 * on his safeguarding role." That person stands in for the lead — the deputy — as "takes her place" already says.
 * What now counts: "takes on", "takes over", "covers" or "steps into" her, his or their (safeguarding or child
 * protection) role, duties or responsibilities, tied to the lead as "takes her place" is — after an opening clause of
 * the lead's absence ("When he is on leave", "If he is not available"), or with "when he is away" after it. "On
 * leave" is an absence as "away" is (so "When Tobiah is on leave, speak to …" names a deputy, as "… is away" did).
 * Stays as it is (the deputy still missing): someone who only passes concerns on ("please speak to …, who will pass
 * your concern on"), a role that is not the lead's ("takes on his teaching", "takes on the role of treasurer"), a
 * successor ("When he retires, … takes on his safeguarding role"), and no absence at all.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Policy — Holy Trinity Minster Choir";
const LEAD = "The Choir Safeguarding Officer is Mr Tobiah Quarrendon (07700 900 431).";

const policy = (deputy: string) => sectionLayouts(TITLE, "Key people", [`${LEAD} ${deputy}`]);
const deputyFindings = (document: SourceDocument) => found(run(deputyMissing, document), document);

describe("a person who takes on the lead's role while the lead is away is the deputy", () => {
  it.each([
    "When he is on leave, Mrs Wenna Trelawney, the Senior Chaperone, takes on his safeguarding role.",
    "When he is away, Ms Imelda Brackenbury takes over his safeguarding duties.",
    "If he is not available, Mrs Wenna Trelawney (Choir Manager, 07700 900 432) covers his safeguarding responsibilities.",
    "When he is away, the Senior Chaperone, Mrs Wenna Trelawney, steps into his role.",
    "Mrs Wenna Trelawney, our Senior Chaperone, takes on his safeguarding role when he is away.",
    "When he is on leave, Mrs Wenna Trelawney takes over his child protection duties and makes any referral.",
  ])("%s", (deputy) => {
    for (const document of policy(deputy)) expect(deputyFindings(document), document.format).toEqual([]);
  });
});

describe("stays as it is: the deputy is still missing", () => {
  it.each([
    [
      "someone who only passes concerns on",
      "When he is on leave, please speak to Mrs Wenna Trelawney, who will pass your concern on.",
    ],
    ["a role that is not the lead's", "When he is on leave, Mrs Wenna Trelawney takes on his teaching."],
    ["another role", "When he is away, Mrs Wenna Trelawney takes on the role of treasurer."],
    ["a successor", "When he retires, Mrs Wenna Trelawney takes on his safeguarding role."],
    ["no absence", "Mrs Wenna Trelawney takes on his safeguarding role in September."],
    [
      "another role after as",
      "When he is away, Mrs Wenna Trelawney takes on his role as chair of the parents' committee.",
    ],
  ])("%s", (_what, sentence) => {
    for (const document of policy(sentence))
      expect(deputyFindings(document), `${document.format}: ${sentence}`).toHaveLength(1);
  });
});
