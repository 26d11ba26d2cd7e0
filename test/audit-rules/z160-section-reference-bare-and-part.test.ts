/**
 * section-reference (held-out zz166), in our own words; every name is invented. As of 1 December 2026.
 * Two shapes of a reference to a paragraph the policy does not have:
 * - a bare number after "in" or "at" in a policy that numbers its paragraphs by hand ("4.2 Where a child moves,
 *   the review follows the timescales in 6.3."): section 6 has no paragraph 6.3 — whether it numbers none of its
 *   paragraphs or stops at 6.2;
 * - "Part B, 7.4" in a policy split into Part A and Part B, each numbering its own sections and paragraphs: read
 *   against Part B's own numbering, not Part A's ("see Part B, 7.4" where Part B's sections run 1 to 4).
 * Stays as it is: a bare "in 6.3" in a policy without hand-numbered paragraphs; "in 6.3" of another document
 * ("in 6.3 of Working Together"); times ("at 9.30"), money ("£6.30"), versions ("v6.3"), dates ("in 6.3.2025"),
 * measures ("3.2 metres"), a list of figures ("in 2.1, 2.4 and 2.9"); a paragraph that exists; "Part B, 3.2",
 * "Part B, 2", "Part A, 5.1" that are there; "Part One of KCSIE", "section 47 of the Children Act 1989",
 * "paragraph 4.2 of Working Together".
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Larkhollow Fostering – Child Protection Procedure";

/** Sections 1 to 6, 1 to 5 written as numbered paragraphs, 6 ("Training") as plain text unless `training` says. */
function handNumbered(sentence: string, training: string[] = []): SourceDocument[] {
  const sections: Array<[string, string[]]> = [
    [
      "Purpose",
      ["1.1 This procedure tells staff and carers what to do.", "1.2 It follows the Children Act 1989."],
    ],
    [
      "Recognising abuse",
      ["2.1 Children may show distress in behaviour.", "2.2 Risk may come from outside the home."],
    ],
    [
      "When a child tells you",
      ["3.1 Listen and do not promise secrecy.", "3.2 Write down what was said the same day."],
    ],
    ["Allegations against carers", ["4.1 Tell the Registered Manager at once.", `4.2 ${sentence}`]],
    [
      "What the agency does",
      [
        "5.1 The manager refers to the Front Door on 01632 960 410.",
        "5.2 Referrals are confirmed in writing.",
      ],
    ],
    [
      "Training",
      training.length > 0
        ? training
        : [
            "Carers complete Child Protection in Foster Care within their first year and refresh every three years.",
          ],
    ],
  ];
  return layouts(sections.map(([title, body], i) => ({ heading: `${i + 1}. ${title}`, body, depth: 2 })));
}

type Block = { heading: string; body: string[]; depth: number };

function layouts(blocks: Block[]): SourceDocument[] {
  const md = [`# ${TITLE}`, ""];
  const html = [`<h1>${TITLE}</h1>`];
  const pdf = [TITLE, ""];
  for (const b of blocks) {
    md.push(`${"#".repeat(b.depth)} ${b.heading}`, "");
    html.push(`<h${b.depth}>${b.heading}</h${b.depth}>`);
    pdf.push(b.heading, "");
    for (const p of b.body) {
      md.push(p, "");
      html.push(`<p>${p}</p>`);
      pdf.push(p, "");
    }
  }
  return [markdownDocument(md.join("\n")), wordDocument(html.join("\n")), pdfDocument(pdf.join("\n"))];
}

const messages = (document: SourceDocument) => run(sectionReference, document).map((f) => f.message);

describe("a bare paragraph number after 'in' or 'at' in a policy that numbers its paragraphs by hand", () => {
  for (const [sentence, number] of [
    ["Where a child is moved, the review of the carer's approval follows the timescales in 6.3.", "6.3"],
    ["The carer's support is arranged as at 6.2.", "6.2"],
    ["Carers are reminded of the refresher described in 6.4; the manager keeps the dates.", "6.4"],
    ["The manager writes to the carer as in 5.4.", "5.4"],
    ["Referrals follow the steps in 5.3, and each is logged the same day.", "5.3"],
  ])
    it(`is one of its own paragraphs, missing: ${sentence}`, () => {
      for (const document of handNumbered(sentence)) {
        const found = messages(document).filter((m) => m.includes(number));
        expect(found, document.format).toHaveLength(1);
      }
    });

  it("says the section numbers no paragraph", () => {
    for (const document of handNumbered("The review follows the timescales in 6.3.")) {
      expect(messages(document), document.format).toEqual([
        expect.stringMatching(/section 6 has no paragraph 6\.3/),
      ]);
    }
  });
});

describe("stays as it is", () => {
  for (const sentence of [
    "The review follows the timescales in 5.2.",
    "The review follows the timescales in 6.3 of Working Together to Safeguard Children.",
    "Contact sessions start at 9.30.",
    "Contact sessions start at 5.30 and end at 6.45.",
    "Mileage is paid at £6.30 an hour.",
    "The form was updated in v6.3.",
    "The approval was reviewed in 6.3.2025 and again in 2026.",
    "The room measures 3.2 metres across.",
    "Average scores rose in 2.1, 2.4 and 2.9.",
    "Read Part One of KCSIE and section 47 of the Children Act 1989.",
    "Carers read paragraph 4.2 of Working Together.",
  ])
    it(`no finding: ${sentence}`, () => {
      for (const document of handNumbered(sentence)) expect(messages(document), document.format).toEqual([]);
    });

  it("a numbered paragraph that is there", () => {
    for (const document of handNumbered("The review follows the timescales in 6.2.", [
      "6.1 Carers complete training in their first year.",
      "6.2 Carers refresh every three years.",
    ]))
      expect(messages(document), document.format).toEqual([]);
  });

  it("a policy that does not number its paragraphs by hand", () => {
    const blocks = ["Purpose", "Recognising abuse", "When a child tells you", "Training"].map((title, i) => ({
      heading: `${i + 1}. ${title}`,
      body: [i === 2 ? "The review follows the timescales in 4.3." : "Staff and carers read this section."],
      depth: 2,
    }));
    for (const document of layouts(blocks)) expect(messages(document), document.format).toEqual([]);
  });
});

/** A college policy in two parts, each numbering its own sections (Part A 1 to 6, Part B 1 to 4) and paragraphs. */
function twoParts(sentence: string): SourceDocument[] {
  const partA: Array<[string, string[]]> = [
    ["Who this policy covers", ["1.1 The college teaches students aged 16 to 19.", "1.2 It follows KCSIE."]],
    ["The safeguarding team", ["2.1 The Designated Safeguarding Lead is Ms Tamsin Orrell (01632 960 271)."]],
    [
      "Our commitments",
      ["3.1 Every member of staff knows what to do.", "3.2 We take a whole-college approach."],
    ],
    ["Online safety", ["4.1 Filtering is checked each term."]],
    [
      "Staff conduct",
      ["5.1 Staff follow the code of conduct.", "5.2 Concerns about staff go to the Principal."],
    ],
    ["Training", ["6.1 All staff complete an annual update.", "6.2 Designated staff renew every two years."]],
  ];
  const partB: Array<[string, string[]]> = [
    [
      "Recognising concerns",
      ["1.1 Abuse may happen online or offline.", "1.2 If in doubt, speak to the team."],
    ],
    ["When a student tells you", ["2.1 Listen and stay calm.", "2.2 Record what was said."]],
    ["Specific situations", ["3.1 Students on the 14 to 16 programme.", "3.2 Reports between students."]],
    ["Referrals", ["4.1 The DSL decides whether to refer.", `4.2 ${sentence}`]],
  ];
  const blocks: Block[] = [];
  for (const [name, part] of [
    ["Part A – Policy statement", partA],
    ["Part B – Procedures for staff", partB],
  ] as const) {
    blocks.push({ heading: name, body: [], depth: 2 });
    for (const [i, [title, body]] of part.entries())
      blocks.push({ heading: `${i + 1}. ${title}`, body, depth: 3 });
  }
  return layouts(blocks);
}

describe("'Part B, 7.4': read against Part B's own numbering", () => {
  for (const [sentence, number] of [
    ["For students aged 18 and over, use the Adults at Risk Procedure (see Part B, 7.4).", "7.4"],
    ["For students aged 18 and over, follow Part B, 6.1.", "6.1"],
    ["The steps for a missing student are in Part B, 3.5.", "3.5"],
    ["Concerns about a governor are handled under Part B, 5.", "5"],
  ])
    it(`is a paragraph or section Part B does not have: ${sentence}`, () => {
      for (const document of twoParts(sentence)) {
        const found = messages(document);
        expect(found, document.format).toEqual([expect.stringContaining(`Part B, ${number}`)]);
        expect(found[0], document.format).toMatch(/Part B/);
      }
    });

  for (const sentence of [
    "The procedure for a report between students is in Part B, 3.2.",
    "Staff follow Part B, 2.1 to 2.2 and then Part B, 4.",
    "Training is set out in Part A, 6.2.",
    "Read Part One of KCSIE and Part five of KCSIE.",
    "Referrals follow section 47 of the Children Act 1989.",
  ])
    it(`stays as it is: ${sentence}`, () => {
      for (const document of twoParts(sentence)) expect(messages(document), document.format).toEqual([]);
    });
});
