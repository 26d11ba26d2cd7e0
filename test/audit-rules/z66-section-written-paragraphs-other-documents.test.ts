/**
 * section-reference (review of issue 11's twenty-fourth round, and the held-out set zz66), in our own words; every
 * name is invented.
 * - "(see paragraph 8.4)" where 8.4 is written — in a table row ("| 8.4 | … |"), a blockquote ("> 8.4 …"), or run on
 *   after 8.3 on the same line as a PDF's text runs — is there: no finding.
 * - "recorded as described in section 11 in the council's procedures", "… section 11 (Brightwater Youth safeguarding
 *   procedures)": what follows the number names another document, whose section it is — for every reference shape.
 * - "For photography at galas, see section 11." in a policy of eight sections: a pointer that ends its sentence,
 *   with no Act's section 11 anywhere, points into this policy. Appendices numbered again from 1 are not the
 *   policy's sections: they neither give it a section 11 nor become "the last" section the message names.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Harrowby Sea Scouts – Safeguarding Policy";
const MIDDLE_TITLES = [
  "Recognising abuse",
  "Responding to a concern",
  "Online safety",
  "Photographs",
  "Training",
];
const MIDDLE = MIDDLE_TITLES.flatMap((t, i) => [
  `## ${i + 3}. ${t}`,
  "",
  `Our approach to ${t.toLowerCase()}.`,
  "",
]);

/** A Markdown policy of nine sections; `aims` is section 2's text, `trips` section 8's lines. */
function markdown(aims: string, trips: string[]): string {
  return [
    `# ${TITLE}`,
    "",
    "Designated Safeguarding Lead: Orla Fenwick.",
    "",
    "## 1. Introduction",
    "",
    "This policy applies to all leaders and helpers.",
    "",
    "## 2. Aims",
    "",
    aims,
    "",
    ...MIDDLE,
    "## 8. Trips and camps",
    "",
    ...trips,
    "",
    "## 9. Contacts",
    "",
    "The DSL's number is 01632 960 555.",
  ].join("\n");
}

const PARAGRAPHS = [
  "8.1 Two adults go on every trip.",
  "",
  "8.2 A register is taken at each stop.",
  "",
  "8.3 Medicines are carried by a named leader.",
  "",
];
const SEE_84 = "Parents are told about camps in advance (see paragraph 8.4).";

const inMarkdown = (aims: string, trips: string[]) => {
  const document = markdownDocument(markdown(aims, trips));
  return found(run(sectionReference, document), document);
};

describe("section-reference: a numbered paragraph written in a table, a quote, or run on after another", () => {
  it("control: paragraph 8.4 where section 8 stops at 8.3 is reported", () => {
    expect(inMarkdown(SEE_84, PARAGRAPHS)).toEqual(["paragraph 8.4"]);
  });

  it("is there in a table row (Markdown)", () => {
    const table = [
      "| 8.4 | Residential camps need a nights-away permit and a letter home. |",
      "|---|---|",
      "| 8.5 | The trip leader carries the emergency contacts. |",
    ];
    expect(inMarkdown(SEE_84, [...PARAGRAPHS, ...table])).toEqual([]);
  });

  it("is there in a table row (Word)", () => {
    const html = [
      `<h1>${TITLE}</h1>`,
      "<h2>1. Introduction</h2><p>This policy applies to all leaders and helpers.</p>",
      `<h2>2. Aims</h2><p>${SEE_84}</p>`,
      ...MIDDLE_TITLES.map((t, i) => `<h2>${i + 3}. ${t}</h2><p>Our approach to ${t.toLowerCase()}.</p>`),
      "<h2>8. Trips and camps</h2>",
      "<p>8.1 Two adults go on every trip.</p><p>8.2 A register is taken at each stop.</p>",
      "<p>8.3 Medicines are carried by a named leader.</p>",
      "<table><tr><td>8.4</td><td>Residential camps need a nights-away permit.</td></tr>",
      "<tr><td>8.5</td><td>The trip leader carries the emergency contacts.</td></tr></table>",
      "<h2>9. Contacts</h2><p>The DSL's number is 01632 960 555.</p>",
    ].join("\n");
    const document = wordDocument(html);
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("is there in a blockquote", () => {
    const quote = ["> 8.4 Residential camps need a nights-away permit and a letter home."];
    expect(inMarkdown(SEE_84, [...PARAGRAPHS, ...quote])).toEqual([]);
  });

  /** A PDF's text: headings as plain lines; `last` ends section 8. */
  const pdf = (last: string) => {
    const text = markdown(SEE_84, [
      "8.1 Two adults go on every trip.",
      "",
      "8.2 A register is taken at each stop.",
      "",
      last,
    ]).replace(/^#+ /gm, "");
    const document = pdfDocument(text);
    return found(run(sectionReference, document), document);
  };

  it("control: paragraph 8.4 where a PDF's section 8 stops at 8.3 is reported", () => {
    expect(pdf("8.3 Medicines are carried by a named leader.")).toEqual(["paragraph 8.4"]);
  });

  it("is there run on after 8.3 on the same line (a PDF's text)", () => {
    expect(
      pdf("8.3 Medicines are carried by a named leader. 8.4 Residential camps need a nights-away permit."),
    ).toEqual([]);
  });

  it("near miss: 'para. 8.4' in a sentence is a reference, not paragraph 8.4 written", () => {
    expect(
      inMarkdown("Parents are told about camps in advance. See para. 8.4 Camps for the details.", PARAGRAPHS),
    ).toEqual(["para. 8.4"]);
  });
});

describe("section-reference: a section of another document named after its number", () => {
  const others = [
    "Allegations are passed to the LADO and recorded as described in section 11 in the council's procedures.",
    "Allegations are passed to the LADO and recorded as described in section 11 in the Local Authority Designated Officer protocol.",
    "Concerns are discussed with the DSL and recorded as described in section 11 (Brightwater Youth safeguarding procedures).",
    "Always record allegations as described in section 11 in the LADO's own protocol.",
    "Record the concern as set out in section 11 of the county's safeguarding procedures.",
    "Camps follow the rules in section 12 in the Brightwater Youth camping handbook.",
    "Camp leaders follow section 12 (the district's nights-away guidance).",
    "Staff follow paragraph 8.4 of the district's camping code.",
  ];
  for (const sentence of others) {
    it(`is not this policy's: ${sentence.slice(0, 70)}…`, () => {
      expect(inMarkdown(sentence, PARAGRAPHS)).toEqual([]);
    });
  }

  const ours = [
    ["Concerns are discussed with the DSL and recorded as described in section 11.", "section 11"],
    ["Concerns are recorded as described in section 12 of this policy.", "section 12"],
    ["Leaders read section 12 in full and follow the code on trips.", "section 12"],
    ["Camps are covered in section 12 (Trips and camps).", "section 12"],
  ];
  for (const [sentence, reported] of ours) {
    it(`near miss, still reported: ${sentence}`, () => {
      expect(inMarkdown(sentence, PARAGRAPHS)).toEqual([reported]);
    });
  }
});

/** A diving club's Markdown policy of eight sections, then two appendices whose sections are numbered again from 1. */
function withAppendices(aims: string, rules: string[] = ["Respect", "Safety", "Speaking up"]) {
  const titles = ["Purpose", "Aims", "People", "Guidance", "Poolside", "Worries", "Allegations", "Records"];
  const sections = (list: string[], words: (title: string) => string) =>
    list.flatMap((t, i) => [`### ${i + 1}. ${t}`, "", words(t), ""]);
  const lines = [
    "# Fernlea Diving Club – Safeguarding Policy",
    "",
    ...titles.flatMap((t, i) => [
      `## ${i + 1}. ${t}`,
      "",
      i === 1 ? aims : `Our approach to ${t.toLowerCase()} is set out here.`,
      "",
    ]),
    "## Appendix A – Record of a concern",
    "",
    ...sections(["About the diver", "What you saw", "What you did", "Signed"], (t) => `Write ${t} here.`),
    "## Appendix B – Code of conduct",
    "",
    ...sections(rules, (t) => `We expect ${t.toLowerCase()}.`),
  ];
  return markdownDocument(lines.join("\n"));
}

describe("section-reference: 'see section 11' at a sentence's end, with appendices numbered from 1", () => {
  const SEE_11 = "For photography at galas, see section 11.";
  it("is reported, naming the policy's last section, not an appendix's", () => {
    const document = withAppendices(SEE_11);
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["section 11"]);
    expect(reported[0].message).toContain('the last is 8, "Records"');
  });

  it("an appendix with eleven sections does not give the policy a section 11", () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `Rule ${i + 1}`);
    const document = withAppendices(SEE_11, eleven);
    expect(found(run(sectionReference, document), document)).toEqual(["section 11"]);
  });

  it("near miss: a section of an appendix that is there", () => {
    const document = withAppendices("Write it down, following section 2 of Appendix A.");
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("near miss: the Children Act 2004's section 11 cited elsewhere in the policy", () => {
    const document = withAppendices(
      "Under section 11 of the Children Act 2004 agencies work together. For photography at galas, see section 11.",
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("near miss: a sentence about the Act's duty", () => {
    const document = withAppendices("For the statutory duty to safeguard, see section 11.");
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });
});
