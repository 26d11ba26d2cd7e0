/**
 * section-reference for a questions-and-answers policy whose questions are headed "Q1.", "Q2." … (held-out set zz99,
 * an adult learning service's FAQ for tutors), in our own words; every name is invented. "The full steps are in Q9"
 * after an answer on what to do when a learner tells you something, where Q9 is about a field trip: the answer the
 * reference expands shares no word with the question it points to. Near misses: the full steps in a question that is
 * about them, "(see Q2)" and a change list naming questions, and a policy whose headings are not questions.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const QUESTIONS = [
  [
    "Who is our safeguarding lead?",
    "Nadia Osei leads safeguarding for the service (her deputies are in Q2).",
  ],
  ["Who are the deputies?", "Each centre has a deputy: Ben Ruddock at Fenwick, Lola Crane at Sedge Lane."],
  [
    "A learner has told me something upsetting. What should I do?",
    "Stay calm, listen, note down their words and pass it to the lead or a deputy before you go home. The full steps are in Q@.",
  ],
  ["Can I message learners?", "Only through the course platform."],
  ["Do volunteers need a DBS check?", "Yes, an enhanced check for anyone teaching under-18s."],
  [
    "How do I report a concern about a learner?",
    "Write down what you were told, pass it to the lead or a deputy the same day, and the lead decides on a referral.",
  ],
  ["Can learners go on the spring field trip?", "Yes, with a signed consent form and a packed lunch."],
  ["What changed in this version?", "Q2 now names deputies by centre; Q5 was shortened."],
];

const faq = (target: number, asked = true) =>
  [
    "# Safeguarding questions for tutors",
    "",
    ...QUESTIONS.flatMap(([q, a], i) => [
      `## ${asked ? `Q${i + 1}. ${q}` : q.replace(/\?$/, "")}`,
      "",
      a.replace("@", String(target)),
      "",
    ]),
  ].join("\n");

const found = (text: string) =>
  checkText(sectionReference, text, { asOf, format: "md" }).map((f) => [
    text.slice(f.offset ?? 0, f.endOffset ?? 0),
    f.message,
  ]);

describe("an FAQ's question that the full steps point to", () => {
  it("flags 'The full steps are in Q7' where Q7 is about a field trip", () => {
    expect(found(faq(7))).toEqual([
      ["Q7", expect.stringMatching(/Q7 is "Can learners go on the spring field trip\?"/)],
    ]);
  });

  it("flags a question that is not there", () => {
    expect(found(faq(11))).toEqual([["Q11", expect.stringMatching(/no section is Q11/)]]);
  });

  it("near miss: the full steps in the question about reporting a concern", () => {
    expect(found(faq(6))).toEqual([]);
  });

  it("near miss: a right pointer to a question put in other words, which no other question is about", () => {
    const text = [
      "# Questions for helpers",
      "",
      "## Q1. A young person wants me to keep a secret. Can I?",
      "",
      "No. Never promise to keep a secret. Explain kindly that you must pass it on to someone who can help. The full steps are in Q2.",
      "",
      "## Q2. What if a child tells me they are being hurt?",
      "",
      "Listen and do not interrupt. Tell Ann the same day.",
      "",
      "## Q3. Where do we meet?",
      "",
      "In the church hall on Fridays.",
    ].join("\n");
    expect(found(text)).toEqual([]);
  });

  it("near miss: headings that are not numbered questions", () => {
    expect(found(faq(7, false))).toEqual([]);
  });
});
