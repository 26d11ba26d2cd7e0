/**
 * References into the policy as the ninth held-out set writes them (issue 11), in our own words; every name is
 * invented:
 * - "as described in paragraph 4(b), is kept …": a lettered item that exists, with the sentence going on after a
 *   comma — the words after the comma are not a title the reference claims for section 4;
 * - "the steps are in Annex C" where the policy's appendices are A and B: an annex and an appendix are the same
 *   kind of target, so a letter beyond the last is a broken reference — but "Annex C of KCSIE", "Annex B of Working
 *   Together" and "the statutory guidance's Annex C" are other documents';
 * - 'follow the steps under "Volunteer Conduct" below': a section named by a title in quotation marks, said to be
 *   below or above or called a section or heading, that no heading has and the policy never writes anywhere else
 *   (a section renamed since). A quoted name of another document, or a title the policy does write, is left alone.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, markdownDocument, policyBuilder, run } from "../fixtures/structure/documents.js";
import { growth } from "../helpers/growth.js";

const LAYOUTS: Layout[] = ["md", "pdf", "docx"];

const SECTIONS = [
  "Aims",
  "Who to tell",
  "Training",
  "Recording a worry",
  "Sharing information",
  "Concerns about volunteers",
];

/**
 * A community choir for children: six numbered sections, section 4 with items (a) to (c), and two appendices (or
 * annexes). `extra` adds a paragraph to a section.
 */
function policy(extra: Record<number, string>, layout: Layout = "md", backMatter = "Appendix") {
  const { heading, para, document } = policyBuilder(
    "Larkhill Children's Choir — Safeguarding Policy",
    layout,
  );
  for (const [i, title] of SECTIONS.entries()) {
    const n = i + 1;
    heading(`${n}. ${title}`);
    para(`Our choir leaders know what to do about ${title.toLowerCase()}.`);
    if (n === 4) {
      para("(a) listen, and do not promise to keep a secret;");
      para("(b) write down what the child said, in their own words, and sign it;");
      para("(c) hand the note to the Welfare Lead, Orla Fennimore, the same evening.");
    }
    if (extra[n]) para(extra[n]);
  }
  heading(`${backMatter} A: Record of a worry`);
  para("A form to print and fill in.");
  heading(`${backMatter} B: Useful numbers`);
  para("Children's Services: 01632 960900.");
  return document();
}

describe("a lettered item that exists, with the sentence going on", () => {
  for (const layout of LAYOUTS) {
    it(`reads no title after the comma (${layout})`, () => {
      const document = policy(
        {
          5: "Each note, written up as in paragraph 4(b), then goes in the Welfare Lead's filing drawer. A copy, sent under section 4(c), stays in the chair's file.",
        },
        layout,
      );
      expect(found(run(sectionReference, document), document)).toEqual([]);
    });
  }

  it("still reports a quoted title after a comma that is another section's", () => {
    const document = policy({ 2: "Volunteers are covered in section 4, 'Concerns about volunteers'." });
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["section 4, 'Concerns about volunteers'"]);
    expect(reported[0].message).toContain('("Concerns about volunteers" is section 6)');
  });

  it("still reports a lettered item the section does not have", () => {
    const document = policy({ 5: "Each note, written up as in paragraph 4(d), is filed the same week." });
    expect(found(run(sectionReference, document), document)).toEqual(["paragraph 4(d)"]);
  });
});

describe("an annex where the policy has appendices, and the reverse", () => {
  for (const layout of LAYOUTS) {
    it(`reports a letter beyond the last appendix (${layout})`, () => {
      const document = policy({ 6: "A flowchart of what happens next is at Annex C." }, layout);
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(["Annex C"]);
      expect(reported[0].message).toBe(
        "The policy refers to Annex C, but it has no Annex C (its appendices are A and B) — add the annex, or correct the reference",
      );
    });

    it(`leaves an annex that is an appendix the policy has, and other documents' annexes, alone (${layout})`, () => {
      const document = policy(
        {
          2: "Use the form in Annex A, and the numbers in Annex B.",
          3: "Leaders read Annex C of KCSIE and Annex D of Working Together to Safeguard Children.",
          5: "We share information as the statutory guidance's Annex C explains.",
        },
        layout,
      );
      expect(found(run(sectionReference, document), document)).toEqual([]);
    });
  }

  it("leaves an annex alone when the policy follows guidance that has annexes, named in another sentence", () => {
    for (const [guidance, reference] of [
      [
        "This policy follows Keeping Children Safe in Education 2025.",
        "The DSL's duties are set out in Annex C.",
      ],
      ["We follow KCSIE and our partnership's procedures.", "Governors read Annex C and Part two."],
      [
        "Our practice meets the EYFS statutory framework.",
        "Paediatric first aid is as in Annex A and Annex C.",
      ],
    ]) {
      const document = policy({ 1: guidance, 3: reference });
      expect(found(run(sectionReference, document), document), reference).toEqual([]);
    }
  });

  it("reports an appendix beyond the last annex", () => {
    const document = policy({ 4: "Copy the note onto the form in Appendix D." }, "md", "Annex");
    expect(found(run(sectionReference, document), document)).toEqual(["Appendix D"]);
  });

  it("says nothing of an annex in a policy with no appendices or annexes at all", () => {
    const text = [
      "# Policy",
      "",
      "## 1. Aims",
      "",
      "The steps are summarised in Annex C.",
      "",
      "## 2. Training",
      "",
      "Leaders are trained.",
    ].join("\n");
    const document = markdownDocument(text);
    expect(run(sectionReference, document)).toEqual([]);
  });
});

describe("a section named by a quoted title", () => {
  for (const layout of LAYOUTS) {
    it(`reports a title no heading has, said to be below (${layout})`, () => {
      const document = policy(
        { 2: 'If the worry is about a leader, follow the steps under "Volunteer Conduct" below.' },
        layout,
      );
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(['"Volunteer Conduct" below']);
      expect(reported[0].message).toContain('no section is called "Volunteer Conduct"');
    });

    it(`leaves a quoted title that a heading has alone (${layout})`, () => {
      const document = policy(
        {
          2: 'If the worry is about a leader, follow the steps under "Concerns about Volunteers" below, and keep notes as in "Recording a Worry" above.',
          3: 'Print the "Record of a Worry" form below.',
          // A heading named loosely: "Recording a worry" as "Recording Worries", "Sharing information" as
          // "Information Sharing".
          4: 'Then follow "Recording Worries" below, and the section "Information Sharing".',
        },
        layout,
      );
      expect(found(run(sectionReference, document), document)).toEqual([]);
    });
  }

  it("reports a title called a section or a heading, without 'below'", () => {
    const document = policy({ 5: 'Read the section "Online Safety" before a streamed concert.' });
    expect(found(run(sectionReference, document), document)).toEqual(['section "Online Safety"']);
  });

  it("leaves quoted names of other documents, and titles the policy writes elsewhere, alone", () => {
    const document = policy({
      1: 'We follow "Working Together to Safeguard Children" and see "Safer Recruitment in Choirs" on the network\'s website.',
      3: 'Every leader does "Safer Recruitment" training, described under "Safer Recruitment" below.',
      5: "Safer recruitment is the chair's job: references are checked before a leader starts.",
      6: 'The choir\'s "Code of Conduct" is handed to every leader; see "Code of Conduct" in the leaders\' handbook.',
    });
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });
});

describe("quoted titles in a long file", () => {
  it("reads each title once: ten times the quotations take about ten times as long, not a hundred", () => {
    const documents = new Map<number, ReturnType<typeof markdownDocument>>();
    for (const n of [200, 2000]) {
      const lines = ["# Policy", "", "## 1. Aims", "", "## 2. Training", "", "## 3. Records", ""];
      for (let i = 0; i < n; i++)
        lines.push(`Leaders follow "Leaders' Rota" below, and "Rule ${i % 40}" above.`);
      documents.set(n, markdownDocument(lines.join("\n")));
    }
    const work = (n: number) =>
      run(sectionReference, documents.get(n) as ReturnType<typeof markdownDocument>);
    expect(growth(work, 200, 2000)).toBeLessThan(40);
  });
});
