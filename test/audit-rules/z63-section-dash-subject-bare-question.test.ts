/**
 * From the sixty-third held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - "For rides on the lane, see section 5 – Hacking out and road safety." where section 5 is "Photographs and
 *   filming" and says nothing of hacking or roads, and no section has that title: the title after the dash is not
 *   the section's. Near misses: a section whose text covers the words; a clause after the dash ("– it says …").
 * - "Leaflets are checked before printing, as set out in 3.3, so that …" where section 3 has 3.1 and 3.2 only: a bare
 *   subsection number after words that point to where something is written, in a policy that numbers its own
 *   subsections. Near misses: a subsection that exists; "under 2.5 hours"; a section not split into subsections;
 *   another document's "3.3".
 * - "see question 12" in a policy written as eleven numbered questions ("7. Who do I tell?"): its questions are its
 *   sections. Near misses: a question that exists; "question 12" in a policy whose headings are not questions.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, policyBuilder, run } from "../fixtures/structure/documents.js";

const layouts: Layout[] = ["md", "docx", "pdf"];

const TITLES = [
  "Why we have this policy",
  "Who is responsible",
  "Recognising harm",
  "Responding to a child",
  "Photographs and filming",
  "Allegations against staff",
  "Training",
  "Useful contacts",
];

function dashed(layout: Layout, body: Record<number, string>) {
  const document = numberedPolicy(
    "Thornby Stables — Safeguarding Policy",
    TITLES,
    layout,
    body,
    (title) => `What the stables does about this: ${title.toLowerCase()}, every term.`,
  );
  return found(run(sectionReference, document), document);
}

describe("section-reference: a title after a dash that the section does not cover", () => {
  it.each(layouts)("reports it (%s)", (layout) => {
    const body = {
      3: "Riders who can canter may hack out with two staff. For rides on the lane, see section 5 – Hacking out and road safety.",
    };
    expect(dashed(layout, body)).toEqual(["section 5 – Hacking out and road safety"]);
  });

  it("near miss: leaves a section whose text covers the words", () => {
    const body = {
      3: "For rides on the lane, see section 5 – Hacking out and road safety.",
      5: "We film lessons only with consent. Nobody films while hacking out on the road.",
    };
    expect(dashed("md", body)).toEqual([]);
  });

  it("near miss: leaves a clause after the dash", () => {
    const body = {
      3: "If you are not sure, see section 5 – It says when we film and who can see the films.",
    };
    expect(dashed("md", body)).toEqual([]);
  });
});

function subsections(layout: Layout, sentence: string) {
  const b = policyBuilder("Brindle County Youth Council — Safeguarding Policy", layout);
  b.heading("1. Introduction");
  b.para("Young people aged 11 to 18 stand for and sit on the youth council.");
  b.heading("2. Who does what");
  b.heading("2.1 The youth voice team");
  b.para("The team runs every meeting and every election.");
  b.heading("2.2 Partners");
  b.para("Schools and colleges host hustings and polling.");
  b.heading("3. Elections");
  b.heading("3.1 Hustings in schools");
  b.para(sentence);
  b.heading("3.2 Voting day");
  b.para("Ballot boxes stay with a member of school staff; sessions last under 2.5 hours.");
  b.heading("4. Meetings");
  b.para("Meetings are held at the civic centre after school.");
  b.heading("5. Contacts");
  b.para("The youth voice team: 01632 960 412.");
  const document = b.document();
  return found(run(sectionReference, document), document);
}

describe("section-reference: a bare subsection number after a pointer", () => {
  it.each(layouts)("reports a subsection the section does not have (%s)", (layout) => {
    expect(
      subsections(
        layout,
        "Leaflets are checked before they are printed, as set out in 3.3, so that no child is named.",
      ),
    ).toEqual(["3.3"]);
  });

  it('reports one after "see" at a sentence\'s end', () => {
    expect(subsections("md", "Candidates never meet voters alone (see 3.4).")).toEqual(["3.4"]);
  });

  it("near miss: leaves a subsection that exists", () => {
    expect(subsections("md", "Polling is run as set out in 3.2, with staff present.")).toEqual([]);
  });

  it("near miss: leaves a number that is not a subsection", () => {
    expect(
      subsections("md", "Hustings last under 1.5 hours; children under 4.5 feet sit at the front."),
    ).toEqual([]);
  });

  it("near miss: leaves a section that has no subsections", () => {
    expect(subsections("md", "Meetings are planned as set out in 4.3, with breaks.")).toEqual([]);
  });

  it("near miss: leaves another document's number", () => {
    expect(
      subsections(
        "md",
        "Checks follow Working Together to Safeguard Children, as set out in 3.3, for every visitor.",
      ),
    ).toEqual([]);
  });
});

const QUESTIONS = [
  "Who is this policy for?",
  "Who is in charge of safeguarding?",
  "What might worry me?",
  "What happens at a fitting?",
  "Who do I tell?",
  "What do I write down?",
  "What if the worry is about a member of staff?",
  "Who else can help?",
];

function questions(layout: Layout, titles: readonly string[], body: Record<number, string>) {
  const document = numberedPolicy(
    "Footlights Costume Store — Keeping Children Safe",
    titles,
    layout,
    body,
    (title) => `Our answer, kept short: ${title.toLowerCase().replace("?", "")} is covered at induction.`,
  );
  return found(run(sectionReference, document), document);
}

describe("section-reference: a numbered question in a policy of questions", () => {
  // A PDF's reader does not take a line ending in "?" for a heading, so a PDF's questions are not read as sections.
  it.each(["md", "docx"] as Layout[])("reports a question the policy does not have (%s)", (layout) => {
    const body = {
      5: "Tell the lead the same day. If the worry is about one of us, do not use this route – see question 12.",
    };
    expect(questions(layout, QUESTIONS, body)).toEqual(["question 12"]);
  });

  it("near miss: leaves a question that exists", () => {
    const body = { 5: "If the worry is about one of us, see question 7." };
    expect(questions("md", QUESTIONS, body)).toEqual([]);
  });

  it("near miss: leaves questions in a policy whose headings are not questions", () => {
    const body = { 5: "Parents fill in the booking form; see question 12 on it for allergies." };
    expect(questions("md", TITLES, body)).toEqual([]);
  });

  it("near miss: leaves another form's question", () => {
    const body = {
      5: "Parents fill in the booking form; see question 12 of the booking form for allergies.",
    };
    expect(questions("md", QUESTIONS, body)).toEqual([]);
  });
});
