/**
 * deputy-missing (held-out set zz148), in our own words; every name is invented. A temple's Sunday school calls its
 * lead by its own word for the role, with the standard title in brackets: "**Safeguarding Steward (Designated
 * Lead):** Ravinder Dhillon – …". The next label, "**Deputy Safeguarding Steward:** Nirmala Rao (Head of the Sunday
 * school) – …", is "Deputy" and the lead's own label words: it names the deputy. Near misses: a "Deputy Head Teacher:"
 * label beside a lead labelled "Designated Safeguarding Lead" is a job, not a safeguarding role; a lead labelled
 * "Head Teacher (Designated Safeguarding Lead)" makes "Deputy Head Teacher:" no deputy either (the label has no
 * safeguarding word of its own); "He is not a safeguarding steward" names nobody.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (labels: string[], prose: string): SourceDocument[] => [
  markdownDocument(
    [
      "# Safeguarding Policy – Shree Ram Mandir Sunday School",
      "",
      "## 1. Who to speak to",
      "",
      ...labels.flatMap((l) => [l, ""]),
      prose,
      "",
      "## 2. If you are worried",
      "",
      "Write down what the child said and pass it on the same day.",
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Safeguarding Policy – Shree Ram Mandir Sunday School</h1>",
      "<h2>1. Who to speak to</h2>",
      ...labels.map((l) => `<p>${l.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
      `<p>${prose}</p>`,
      "<h2>2. If you are worried</h2>",
      "<p>Write down what the child said and pass it on the same day.</p>",
    ].join("\n"),
  ),
  pdfDocument(
    [
      "Safeguarding Policy – Shree Ram Mandir Sunday School",
      "1. Who to speak to",
      ...labels.map((l) => l.replace(/\*\*/g, "")),
      prose,
      "2. If you are worried",
      "Write down what the child said and pass it on the same day.",
      "",
    ].join("\n"),
  ),
];

const LEAD = "**Safeguarding Steward (Designated Lead):** Ravinder Dhillon – 07700 900 731";
const DEPUTY = "**Deputy Safeguarding Steward:** Nirmala Rao (Head of the Sunday school) – 07700 900 732";
const PRIEST =
  "Pandit Ji leads the morning prayers. He is not a safeguarding steward: anything a child tells him goes to Ravinder.";

const warnings = (labels: string[], prose = PRIEST) =>
  layouts(labels, prose).map((document) => run(deputyMissing, document).length);

describe("deputy-missing: 'Deputy' and the lead's own label words", () => {
  it("reads 'Deputy Safeguarding Steward:' as the deputy's label", () => {
    expect(warnings([LEAD, DEPUTY])).toEqual([0, 0, 0]);
  });

  it("reads it under the lead's abbreviated bracket too", () => {
    const lead = "**Safeguarding Steward (DSL):** Ravinder Dhillon – 07700 900 731";
    expect(warnings([lead, DEPUTY])).toEqual([0, 0, 0]);
  });

  it("still warns when only the lead is named and the priest 'is not a safeguarding steward'", () => {
    expect(warnings([LEAD])).toEqual([1, 1, 1]);
  });

  it("still warns for 'Deputy Head Teacher:' beside a 'Designated Safeguarding Lead:' label", () => {
    const labels = [
      "**Designated Safeguarding Lead:** Ravinder Dhillon – 07700 900 731",
      "**Deputy Head Teacher:** Nirmala Rao – 07700 900 732",
    ];
    expect(warnings(labels, "Pandit Ji leads the morning prayers.")).toEqual([1, 1, 1]);
  });

  it("still warns for 'Deputy Head Teacher:' when the lead's label is 'Head Teacher (Designated Safeguarding Lead)'", () => {
    const labels = [
      "**Head Teacher (Designated Safeguarding Lead):** Ravinder Dhillon – 07700 900 731",
      "**Deputy Head Teacher:** Nirmala Rao – 07700 900 732",
    ];
    expect(warnings(labels, "Pandit Ji leads the morning prayers.")).toEqual([1, 1, 1]);
  });
});
