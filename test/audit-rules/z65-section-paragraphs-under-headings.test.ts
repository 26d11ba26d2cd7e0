/**
 * section-reference (held-out sets zz64 and zz65), in our own words; every name is invented.
 * - A policy with numbered section headings ("8. Trips") whose text is numbered legal paragraphs written as plain
 *   paragraphs ("8.1 Two adults …", "8.2 …", "8.3 …"): "reviewed under paragraph 8.4" points past the section's last
 *   paragraph, in Markdown, Word and PDF.
 * - "Low-level concerns are shared with the head and recorded as described in section 11." in a policy of ten
 *   sections: how something of ours is recorded, which no Act's section 11 describes.
 * Near misses stay silent: a paragraph that is there, another document's paragraph, a section whose paragraphs are
 * not numbered (or whose numbers skip), the Children Act 2004's section 11, and a sentence about its duty.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, policyBuilder, run } from "../fixtures/structure/documents.js";
import { pdfOfParagraphs } from "../helpers/audit-context.js";

const LAYOUTS: Layout[] = ["md", "pdf", "docx"];

/** A climbing club's policy: four numbered sections, each in numbered paragraphs; `last` ends section 4. */
const SECTIONS: Array<[string, string[]]> = [
  ["Interpretation", ["In this policy a junior is anyone under 18.", "The Welfare Officer is named in 2.1."]],
  [
    "Responsibility",
    ["Our Welfare Officer is Ailsa Brodie (07700 900 412).", "Concerns go to her the same day."],
  ],
  [
    "Trips",
    [
      "Two adults go on every trip.",
      "Parents complete a consent form for each trip.",
      "Overnight stays follow our residential guidance.",
    ],
  ],
  ["Review", ["The trustees review this policy every year."]],
];

function policy(last: string, layout: Layout = "md", trips = ["3.1", "3.2", "3.3"]) {
  const { heading, para, document } = policyBuilder(
    "Glenrossie Climbing Club — Junior Safeguarding Policy",
    layout,
  );
  for (const [i, [title, paragraphs]] of SECTIONS.entries()) {
    heading(`${i + 1}. ${title}`);
    const numbers = i === 2 ? trips : paragraphs.map((_, j) => `${i + 1}.${j + 1}`);
    for (const [j, words] of paragraphs.entries()) para(`${numbers[j]} ${words}`);
    if (i === SECTIONS.length - 1) para(`${i + 1}.2 ${last}`);
  }
  return document();
}

const findings = (last: string, layout: Layout = "md", trips?: string[]) => {
  const document = policy(last, layout, trips);
  return found(run(sectionReference, document), document);
};

const MISSING = "Incidents on trips are reviewed under paragraph 3.4 and reported to the trustees.";

describe("section-reference: a numbered paragraph past the last of its section's paragraphs", () => {
  for (const layout of LAYOUTS) {
    it(`is reported where the paragraphs are plain paragraphs under a numbered heading (${layout})`, () => {
      expect(findings(MISSING, layout)).toEqual(["paragraph 3.4"]);
    });
  }

  it("is reported in a PDF read in blocks (headings, then each paragraph wrapped)", () => {
    const document = pdfOfParagraphs(
      SECTIONS.flatMap(([title, paragraphs], i) => [
        `${i + 1}. ${title}`,
        ...paragraphs.map((words, j) => [`${i + 1}.${j + 1} ${words}`]),
        ...(i === 3 ? [["4.2 Where a concern arises on a trip,", "follow paragraph 3.4."]] : []),
      ]),
    );
    expect(found(run(sectionReference, document), document)).toEqual(["paragraph 3.4"]);
  });

  it("says where the section's paragraphs end", () => {
    const [finding] = run(sectionReference, policy(MISSING));
    expect(finding.message).toContain("3.1 to 3.3");
  });

  it("near miss: a paragraph the section has", () => {
    expect(
      findings("Incidents on trips are reviewed under paragraph 3.3 and reported to the trustees."),
    ).toEqual([]);
  });

  it("near miss: another document's paragraph", () => {
    expect(findings("Incidents on trips are reviewed under paragraph 3.4 of Working Together.")).toEqual([]);
    expect(
      findings("Incidents are reviewed under paragraph 3.4 of the Mountaineering Council's code."),
    ).toEqual([]);
  });

  it("near miss: a section whose paragraphs skip a number, or are not numbered at all", () => {
    expect(findings(MISSING, "md", ["3.1", "3.3", "3.5"])).toEqual([]);
    const { heading, para, document } = policyBuilder(
      "Glenrossie Climbing Club — Junior Safeguarding Policy",
    );
    for (const [i, [title, paragraphs]] of SECTIONS.entries()) {
      heading(`${i + 1}. ${title}`);
      for (const words of paragraphs) para(words);
    }
    para(MISSING);
    const plain = document();
    expect(found(run(sectionReference, plain), plain)).toEqual([]);
  });
});

const TEN = [
  "Purpose",
  "Roles",
  "Law and guidance",
  "Recognising abuse",
  "Child-on-child abuse",
  "Responding to concerns",
  "Allegations",
  "Records",
  "Training",
  "Review",
];

/** A trust's central policy of ten sections; `extra` adds a paragraph to a section. */
function trustPolicy(extra: Record<number, string>, layout: Layout = "md") {
  const { heading, para, document } = policyBuilder(
    "Larchfield Schools Trust — Child Protection Policy",
    layout,
  );
  for (const [i, title] of TEN.entries()) {
    heading(`${i + 1}. ${title}`);
    para(`Every academy follows the Trust's approach to ${title.toLowerCase()}.`);
    if (extra[i + 1]) para(extra[i + 1]);
  }
  return document();
}

const RECORDED =
  "Allegations go to the headteacher. Low-level concerns are shared with the headteacher and recorded as described in section 11.";

describe("section-reference: how something is recorded, 'as described in section 11', in a policy of ten sections", () => {
  for (const layout of LAYOUTS) {
    it(`is reported (${layout})`, () => {
      const document = trustPolicy({ 7: RECORDED }, layout);
      expect(found(run(sectionReference, document), document)).toEqual(["section 11"]);
    });
  }

  it("near miss: the Children Act 2004's section 11", () => {
    const document = trustPolicy({
      3: "We follow the Children Act 2004 (including section 11).",
      7: "Low-level concerns are shared with the headteacher and recorded as described in section 11 of the Children Act 2004.",
    });
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("near miss: a sentence about the Act's duty, or the Act's section cited elsewhere in the policy", () => {
    const duty = trustPolicy({
      7: "Concerns are shared with partners and recorded as described in section 11, under the duty to safeguard.",
    });
    expect(found(run(sectionReference, duty), duty)).toEqual([]);
    const cited = trustPolicy({
      3: "We follow the Children Act 2004 (including section 11).",
      7: RECORDED,
    });
    expect(found(run(sectionReference, cited), cited)).toEqual([]);
  });
});
