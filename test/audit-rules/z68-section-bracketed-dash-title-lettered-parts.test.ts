/**
 * section-reference (the held-out set zz68), in our own words; every name is invented.
 * - "(how to fill in the sheet is set out in section 8 – Recording concerns)": a title after a dash, closed by the
 *   bracket the sentence opened earlier, where section 8 is "Volunteers" and never speaks of recording concerns —
 *   reported as a title after a dash ending its sentence is.
 * - A policy whose sections are lettered parts ("Part A – About the club" … "Part G – Contacts"): "in Part H of this
 *   policy" points to a part it does not have. "Part B of the Children Act 1989", "Part 1 of KCSIE", a part of
 *   another document, and parts the policy has stay quiet; so does a policy whose sections are not lettered parts.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLES = [
  "Purpose",
  "Who leads",
  "Partners",
  "Activities",
  "Recognising concerns",
  "What to do if you are worried",
  "Allegations",
  "Volunteers and safer recruitment",
  "Contacts",
];
const TEXT: Record<string, string> = {
  "Volunteers and safer recruitment": "Volunteers have an enhanced DBS check and give two references.",
  Contacts: "Front Door: 01632 960 500.",
};

/** A nine-section Markdown policy; `worried` is section 6's text, `eight` replaces section 8's. */
function markdown(worried: string, eight?: string): string {
  return [
    "# Larkspur Play Rangers – Safeguarding Policy",
    "",
    ...TITLES.flatMap((t, i) => [
      `## ${i + 1}. ${t}`,
      "",
      i === 5 ? worried : i === 7 && eight ? eight : (TEXT[t] ?? `Our approach to ${t.toLowerCase()}.`),
      "",
    ]),
  ].join("\n");
}

const inMarkdown = (worried: string, eight?: string) => {
  const document = markdownDocument(markdown(worried, eight));
  return found(run(sectionReference, document), document);
};

const WRITE_UP =
  "Write it up the same day on the concern sheet (how to fill in the sheet is set out in section 8 – Recording concerns), and tell the lead.";

describe("section-reference: a title after a dash, closed by a bracket opened earlier in the sentence", () => {
  it("is reported where the section is about something else and never mentions it (Markdown)", () => {
    expect(inMarkdown(WRITE_UP)).toEqual(["section 8 – Recording concerns"]);
  });

  it("is reported in a Word file", () => {
    const html = [
      "<h1>Larkspur Play Rangers – Safeguarding Policy</h1>",
      ...TITLES.map(
        (t, i) =>
          `<h2>${i + 1}. ${t}</h2><p>${i === 5 ? WRITE_UP : (TEXT[t] ?? `Our approach to ${t.toLowerCase()}.`)}</p>`,
      ),
    ].join("\n");
    const document = wordDocument(html);
    expect(found(run(sectionReference, document), document)).toEqual(["section 8 – Recording concerns"]);
  });

  it("is reported in a PDF's text, wrapped before the dash's title", () => {
    const text = markdown(
      "Write it up the same day on the concern sheet (how to fill in the sheet is set out in section 8 –\nRecording concerns), and tell the lead.",
    ).replace(/^#+ /gm, "");
    const document = pdfDocument(text);
    expect(found(run(sectionReference, document), document)).toEqual(["section 8 – Recording concerns"]);
  });

  it("near miss: the section is that title", () => {
    const document = markdownDocument(
      markdown(WRITE_UP).replace("## 8. Volunteers and safer recruitment", "## 8. Recording concerns"),
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("near miss: the section speaks of recording concerns in its text", () => {
    expect(
      inMarkdown(WRITE_UP, "Volunteers learn at induction how recording concerns works at the rangers."),
    ).toEqual([]);
  });

  it("near miss: words after the dash that are a clause, not a title", () => {
    expect(
      inMarkdown("Tell the lead the same shift (the steps are set out in section 8 – it says whom to call)."),
    ).toEqual([]);
  });

  it("near miss: another document's section in the brackets", () => {
    expect(
      inMarkdown(
        "Write it up the same day (the sheet is set out in section 8 of the Trust's Records Policy – Recording concerns).",
      ),
    ).toEqual([]);
  });
});

const PARTS = [
  "About the club",
  "Who is responsible",
  "Recognising and reporting concerns",
  "Allegations about staff",
  "Volunteers",
  "Online safety",
  "Contacts",
];

/** A Markdown policy in lettered parts A to G; `allegations` is Part D's text. */
function lettered(allegations: string, parts = PARTS): string {
  return [
    "# Fenbrook Library – Homework Club Safeguarding Policy",
    "",
    ...parts.flatMap((t, i) => [
      `## Part ${String.fromCharCode(65 + i)} – ${t}`,
      "",
      i === 3 ? allegations : `Our approach to ${t.toLowerCase()}.`,
      "",
    ]),
  ].join("\n");
}

const inParts = (allegations: string, parts = PARTS) => {
  const document = markdownDocument(lettered(allegations, parts));
  return found(run(sectionReference, document), document);
};

describe("section-reference: a policy in lettered parts", () => {
  const missing = [
    ["The full procedure for allegations is in Part H of this policy.", "Part H"],
    ["For the full procedure, see Part H.", "Part H"],
    ["The lead tells the LADO within one working day (see Part K).", "Part K"],
  ];
  for (const [sentence, reported] of missing) {
    it(`reports a part it does not have: ${sentence}`, () => {
      const reports = run(sectionReference, markdownDocument(lettered(sentence)));
      expect(found(reports, markdownDocument(lettered(sentence)))).toEqual([reported]);
      expect(reports[0].message).toContain("Part A to Part G");
    });
  }

  it("reports it in a Word file and a PDF's text", () => {
    const sentence = "The full procedure for allegations is in Part H of this policy.";
    const html = [
      "<h1>Fenbrook Library – Homework Club Safeguarding Policy</h1>",
      ...PARTS.map(
        (t, i) =>
          `<h2>Part ${String.fromCharCode(65 + i)} – ${t}</h2><p>${i === 3 ? sentence : `Our approach to ${t.toLowerCase()}.`}</p>`,
      ),
    ].join("\n");
    const word = wordDocument(html);
    expect(found(run(sectionReference, word), word)).toEqual(["Part H"]);
    const pdf = pdfDocument(lettered(sentence).replace(/^#+ /gm, ""));
    expect(found(run(sectionReference, pdf), pdf)).toEqual(["Part H"]);
  });

  const quiet = [
    "The full procedure for allegations is in Part C of this policy.",
    "This may lead to an assessment under Part B of the Children Act 1989.",
    "Staff read Part 1 of KCSIE every year.",
    "Council staff also follow Part H of the council's Code of Conduct for Employees.",
    "The council's procedures (see their Part H) apply to staff.",
    "Each applicant fills in Part H of the application form.",
  ];
  for (const sentence of quiet) {
    it(`near miss, quiet: ${sentence}`, () => {
      expect(inParts(sentence)).toEqual([]);
    });
  }

  it("near miss: quiet where the policy's parts are not lettered from A with none skipped", () => {
    const document = markdownDocument(
      lettered("The full procedure is in Part H of this policy.").replace("Part B –", "Part Q –"),
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("near miss: quiet in a policy of numbered sections", () => {
    expect(inMarkdown("The full procedure for allegations is in Part H of this policy.")).toEqual([]);
  });
});
