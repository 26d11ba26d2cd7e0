/**
 * training-missing (forty-seventh session, held-out hospice), in our own words; every name is invented. As of 1
 * December 2026.
 * A change history names a past lead and says who took over from them: "Version 2.0 (May 2022) named Mrs Winifred
 * Askew as Safeguarding Lead; Hester Lindqvist-Oduya took over in February 2025." The one named first has been
 * replaced — she is no lead now, and no training is asked of her. The one who took over is the lead (here named and
 * trained elsewhere too). The same with "and … took over", "… has since taken over", "… took over from her in …".
 * In Markdown, Word and a PDF's text.
 * Stays as it is: "took over" with something else as its object ("took over the first aid kits") replaces nobody — the
 * lead named before it still has no training recorded (training-missing for her).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Policy — Larkspur House Hospice";
const PARAGRAPHS = [
  "Our Safeguarding Lead is Hester Lindqvist-Oduya (01632 960 651). Our Deputy Safeguarding Lead is Mr Callum Reddaway (01632 960 652).",
  "Hester Lindqvist-Oduya completed Safeguarding Children Level 4 on 05/03/2025.",
  "Mr Callum Reddaway completed Safeguarding Children Level 3 on 18/09/2025.",
];

const layouts = (history: string): SourceDocument[] =>
  sectionLayouts(TITLE, "Safeguarding team", [...PARAGRAPHS, history]);

const askew = (document: SourceDocument) =>
  run(trainingMissing, document)
    .map((f) => f.message)
    .filter((m) => m.includes("Askew"));

describe("a past lead in a change history, the one who took over named after", () => {
  for (const history of [
    "Change history: Version 2.0 (May 2022) named Mrs Winifred Askew as Safeguarding Lead; Hester Lindqvist-Oduya took over in February 2025.",
    "Change history: Version 2.0 (May 2022) named Mrs Winifred Askew as Safeguarding Lead, and Hester Lindqvist-Oduya took over in February 2025.",
    "Version 2.0 (May 2022) named Mrs Winifred Askew as Safeguarding Lead; Hester Lindqvist-Oduya has since taken over.",
    "Version 2.0 (May 2022) named Mrs Winifred Askew as Safeguarding Lead. Hester Lindqvist-Oduya took over from her in February 2025.",
  ])
    it(`is no lead now: ${history}`, () => {
      for (const document of layouts(history)) {
        expect(askew(document), document.format).toEqual([]);
        expect(run(leadMissing, document), document.format).toEqual([]);
      }
    });
});

describe("stays as it is", () => {
  it("took over something else: the lead named before it is still the lead", () => {
    const history =
      "Mrs Winifred Askew is also a Safeguarding Lead; Hester Lindqvist-Oduya took over the first aid kits in February 2025.";
    for (const document of layouts(history)) expect(askew(document), document.format).toHaveLength(1);
  });
});
