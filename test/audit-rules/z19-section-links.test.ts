/**
 * From the nineteenth and twentieth held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - "section 20 above" where the sentence goes on ("… above applies to …", "… above for the route"): a pointer up
 *   this policy's page, as "section 20 above." was; an Act's section pointed back to, and "below the threshold",
 *   stay silent.
 * - "on page 4 of this policy" on a web page, or past the end of a two-page Word file, is a page of this policy;
 *   "(page 6)" straight after "the parents' handbook" is the handbook's.
 * - "see section 2 for who to phone" where section 9 is "Contacts" but section 2 itself names the contacts: the
 *   section referred to fits, and the other title's words in the sentence do not overrule it.
 * - A link "[Annex D](#annex-d)" to an anchor the page lacks is empty-link's one finding, not also a missing annex.
 * - A heading that names its own id ("Code of conduct {#conduct}", a Word bookmark on the heading) is reached by
 *   that id only: a link to "#code-of-conduct" goes nowhere.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import {
  found,
  type Layout,
  markdownDocument,
  numberedPolicy,
  run,
  wordDocument,
} from "../fixtures/structure/documents.js";

const TITLES = [
  "Why we have this policy",
  "Who leads",
  "Spotting harm",
  "Telling someone",
  "Worries about an adult",
  "Online",
  "Trips away",
  "Training",
  "Contacts",
  "Review",
];

/** A youth orchestra's policy of ten numbered sections; `body` gives some sections' text. */
function policy(layout: Layout, body: Record<number, string>) {
  return numberedPolicy(
    "Marlowe Youth Orchestra — Safeguarding Policy",
    TITLES,
    layout,
    body,
    (title) => `How the orchestra handles this: ${title.toLowerCase()}, with the tutor on duty.`,
  );
}

const layouts: Layout[] = ["md", "docx", "pdf"];

describe("section-reference: 'section 20 above' or 'below' with the sentence going on", () => {
  it.each(layouts)(
    "reports a well-known Act's number said to be above or below, then a verb or a purpose (%s)",
    (layout) => {
      for (const [sentence, excerpt] of [
        ["The rules in section 20 above apply to tours as well.", "section 20 above"],
        ["See section 17 above for the route to the trustees.", "section 17 above"],
        ["The steps in section 11 below show the tutor what to write.", "section 11 below"],
      ]) {
        const document = policy(layout, { 5: sentence });
        const reported = run(sectionReference, document);
        expect(found(reported, document)).toEqual([excerpt]);
        expect(reported[0].message).toMatch(/but no section is numbered \d+ \(the last is 10, "Review"\)/);
      }
    },
  );

  it.each(layouts)(
    "leaves an Act's section pointed back to, and 'below the threshold', alone (%s)",
    (layout) => {
      const bodies: Record<number, string>[] = [
        {
          3: "Children's services may start section 47 enquiries.",
          5: "The process in section 47 above applies to tutors too.",
        },
        { 5: "Help under section 17 below the threshold for a referral is offered by the council." },
        { 5: "The rules in section 4 above apply to tours as well." },
      ];
      for (const body of bodies) expect(run(sectionReference, policy(layout, body))).toEqual([]);
    },
  );
});

describe("section-reference: a page 'of this policy', and a page of a publication named before it", () => {
  const twoPageWord = (sentence: string): SourceDocument => ({
    ...(policy("docx", { 7: sentence }) as SourceDocument),
    pageCount: 2,
  });
  const web = (sentence: string) => policy("md", { 7: sentence });

  it("reports 'on page 4 of this policy' on a web page and past the end of a two-page Word file", () => {
    for (const [sentence, excerpt] of [
      ["The packing list is set out on page 4 of this policy.", "on page 4"],
      ["Parents sign the consent form (see page 5 of this document).", "see page 5"],
    ]) {
      for (const document of [web(sentence), twoPageWord(sentence)]) {
        const reported = run(sectionReference, document);
        expect(found(reported, document)).toEqual([excerpt]);
      }
    }
  });

  it("still reports a page after a handbook not said to be a separate printed one (this policy's printed version)", () => {
    const sentence = "The full steps for tutors are in the tour handbook (page 6).";
    for (const document of [web(sentence), twoPageWord(sentence)])
      expect(found(run(sectionReference, document), document)).toEqual(["(page 6)"]);
  });

  it("leaves a page of a printed or separate handbook, booklet or other document named before it alone", () => {
    for (const sentence of [
      "The full rules are in the printed tour handbook (page 6).",
      "Parents have our paper welcome booklet, which covers this on page 9.",
      "The rules are on page 4 of the tour handbook.",
    ]) {
      for (const document of [web(sentence), twoPageWord(sentence)])
        expect(run(sectionReference, document)).toEqual([]);
    }
  });
});

describe("section-reference: another section's title in the sentence does not overrule a section that fits", () => {
  it.each(layouts)(
    "stays silent when the section referred to uses the other title's words itself (%s)",
    (layout) => {
      const document = policy(layout, {
        2: "Our lead is Ms Ines Farrow (07700 900123). Tutors are not contacts for welfare worries; Ms Farrow is.",
        4: "Write down what you heard. See section 2 for who to contact.",
      });
      expect(run(sectionReference, document)).toEqual([]);
    },
  );

  it.each(layouts)("still reports it when the section referred to never uses them (%s)", (layout) => {
    const document = policy(layout, { 4: "Write down what you heard. See section 3 for who to contact." });
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["section 3"]);
    expect(reported[0].message).toMatch(/"Contacts" is section 9/);
  });
});

/** A federation's web page with annexes A to C, as pandoc writes headings with their own ids. */
function federation(extra: string): SourceDocument {
  return markdownDocument(
    [
      "# Brookfield Federation Safeguarding Policy",
      "",
      "**On this page:** [Annex A](#annex-a) · [Annex B](#annex-b) · [Annex C](#annex-c)",
      "",
      "## Our approach {#approach}",
      "",
      `Each school adds an annex with its own contacts. ${extra}`,
      "",
      "## Code of conduct {#conduct}",
      "",
      "Staff follow the code every day.",
      "",
      "## Annex A -- Brookfield Infants {#annex-a}",
      "",
      "DSL: Mrs Joan Pike.",
      "",
      "## Annex B -- Brookfield Juniors {#annex-b}",
      "",
      "DSL: Mr Omar Lyle.",
      "",
      "## Annex C -- Millbrook Nursery {#annex-c}",
      "",
      "DSL: Ms Ada Quist.",
      "",
    ].join("\n"),
  );
}

describe("one defect, one finding: a reference that is a link to nowhere", () => {
  it("leaves an annex named by a link to a missing anchor to empty-link", () => {
    for (const extra of [
      "The nursery annex is [Annex D](#annex-d).",
      "See [Annexe E](#annex-e) for the new site.",
    ]) {
      const document = federation(extra);
      expect(run(sectionReference, document)).toEqual([]);
      expect(found(run(emptyLink, document), document)).toEqual([
        /\[Annexe? .\]\(#[\w-]+\)/.exec(extra)?.[0],
      ]);
    }
  });

  it("leaves a missing section named by a link to its own missing anchor to empty-link", () => {
    const document = policy("md", { 5: "Allegations are handled as in [section 14](#section-14)." });
    expect(run(sectionReference, document)).toEqual([]);
    expect(found(run(emptyLink, document), document)).toEqual(["[section 14](#section-14)"]);
  });

  it("still reports a missing annex in plain words, and a link to nowhere naming a section about something else", () => {
    for (const extra of ["The nursery annex is Annex D.", "The nursery annex is [Annex D](#nursery)."]) {
      const document = federation(extra);
      expect(found(run(sectionReference, document), document)).toEqual(["Annex D"]);
    }
    const twoDefects = policy("md", { 5: "Photos are covered in [section 6](#photography-rules)." });
    expect(found(run(sectionReference, twoDefects), twoDefects)).toEqual(["section 6"]);
    expect(run(emptyLink, twoDefects)).toHaveLength(1);
  });
});

describe("empty-link: a heading that names its own id is reached by that id only", () => {
  it("reports a link to the heading's words' slug in Markdown and in Word", () => {
    const md = federation("Read our [code of conduct](#code-of-conduct) and [our approach](#our-approach).");
    expect(found(run(emptyLink, md), md)).toEqual([
      "[code of conduct](#code-of-conduct)",
      "[our approach](#our-approach)",
    ]);
    const word = wordDocument(
      [
        "<h1>Brookfield Federation Safeguarding Policy</h1>",
        '<h2><a id="conduct"></a>Code of conduct</h2>',
        "<p>Staff follow the code every day.</p>",
        '<p>Read our <a href="#code-of-conduct">code of conduct</a> before the first day.</p>',
      ].join("\n"),
    );
    expect(found(run(emptyLink, word), word)).toEqual(["[code of conduct](#code-of-conduct)"]);
  });

  it("leaves links to the heading's own id, to a heading without one, and to a Word heading's hidden bookmark alone", () => {
    const md = federation("Read our [code of conduct](#conduct) and [the annexes](#annex-a).");
    expect(run(emptyLink, md)).toEqual([]);
    const plain = markdownDocument("# Policy\n\n## Code of conduct\n\nRead the [code](#code-of-conduct).\n");
    expect(run(emptyLink, plain)).toEqual([]);
    const word = wordDocument(
      [
        "<h1>Brookfield Federation Safeguarding Policy</h1>",
        '<h2><a id="_Toc1234"></a>Code of conduct</h2>',
        '<p>Read our <a href="#code-of-conduct">code of conduct</a> before the first day.</p>',
      ].join("\n"),
    );
    expect(run(emptyLink, word)).toEqual([]);
  });
});
