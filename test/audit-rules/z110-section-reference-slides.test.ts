/**
 * Held-out set zz110: a briefing saved from a slide deck numbers its slides — headings "Slide 3 – Who we tell" and
 * lines "Slide 3 of 8" — and a speaker note points to a slide the deck does not have ("on slide 11" in a deck of
 * eight). "slide N" is then read like "section N": past the last slide it is reported. In our own words; every name is
 * invented.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, policyBuilder, run } from "../fixtures/structure/documents.js";

const LAYOUTS: Layout[] = ["md", "pdf", "docx"];
const TITLES = [
  "Hello, stewards",
  "Why it matters",
  "Who we tell",
  "Lost children",
  "Photos",
  "Numbers",
  "Training",
  "Any questions?",
];

function deck(note: string, layout: Layout, options: { headings?: boolean; counts?: boolean } = {}) {
  const { headings = true, counts = true } = options;
  const { heading, para, document } = policyBuilder(
    "Brackenholt Fun Run – Marshals' Safeguarding Briefing",
    layout,
  );
  for (const [i, title] of TITLES.entries()) {
    if (headings) heading(`Slide ${i + 1} – ${title}`);
    else heading(title);
    para("- Wear your bib at all times\n- Never be alone with a child");
    if (counts) para(`Slide ${i + 1} of ${TITLES.length}`);
    if (i === 4) para(`*Notes: ${note}*`);
  }
  return document();
}

describe("section-reference: slides of a numbered deck", () => {
  it("reports a slide past the last, saying how many the deck has", () => {
    for (const layout of LAYOUTS) {
      for (const options of [{}, { headings: false }, { counts: false }]) {
        const document = deck(
          "the sign-in sheet is on slide 11 – keep a copy at the start line.",
          layout,
          options,
        );
        const reported = run(sectionReference, document);
        expect(found(reported, document), `${layout} ${JSON.stringify(options)}`).toEqual(["slide 11"]);
        expect(reported[0]?.message).toMatch(/slide 11\b.*\b8 slides/);
      }
      const range = deck("the route maps are on slides 10-11.", layout);
      expect(found(run(sectionReference, range), range), layout).toEqual(["slides 10-11"]);
    }
  });

  it("near miss: a slide the deck has, another deck's slide, or a document whose slides are not numbered", () => {
    for (const layout of LAYOUTS) {
      for (const note of [
        "the sign-in sheet is on slide 7 – keep a copy at the start line.",
        "see slides 6–8 again before race day.",
        "the county's own training has more on this (slide 14 of their induction pack).",
      ]) {
        const document = deck(note, layout);
        expect(found(run(sectionReference, document), document), `${layout}: ${note}`).toEqual([]);
      }
      const plain = deck("the sign-in sheet is on slide 11.", layout, { headings: false, counts: false });
      expect(found(run(sectionReference, plain), plain), layout).toEqual([]);
    }
  });
});
