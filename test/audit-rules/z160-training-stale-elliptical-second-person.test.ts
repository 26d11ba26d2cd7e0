/**
 * training-missing and training-stale (held-out zz167), in our own words; every name is invented. As of 1 December
 * 2026. A division records its lead's course, then its deputy's date in a clause that leaves out the verb and the
 * course: "Dora completed the Safe Space Level 3 (for safeguarding leads) on 8 March 2025, and Lena on 19 June 2025."
 * The second clause is Lena's record of the same course on her own date — no training-missing for Lena, and her date
 * (not Dora's) is the one training-stale weighs. The same with "in June 2025", with full names, with a semicolon, and
 * when the date wraps onto the next line.
 * Stays as it is: ", and Lena attended too" gives no date (Lena has no dated record); a clause with a course of its
 * own keeps its own course ("…, and Lena the Foundation module on 19 June 2025"); a clause whose words after the name
 * are no date ("…, and Lena on Mondays") is no record.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Brackenfold Division — Keeping Girls Safe";
const ROLES = [
  "Designated Safeguarding Lead: Mrs Dora Fenwick-Aske (07700 900521)",
  "Deputy Designated Safeguarding Lead: Mrs Lena Marsh-Tully (07700 900522)",
];

const layouts = (training: string): SourceDocument[] =>
  sectionLayouts(TITLE, "Who looks after safeguarding", [...ROLES, training]);

const aboutLena = (document: SourceDocument) =>
  [...run(trainingMissing, document), ...run(trainingStale, document)]
    .map((f) => f.message)
    .filter((m) => m.includes("Lena"));

// The md and docx layouts: the pdf-like one reads no training of Lena's in these sentences, before as after.
const prose = (training: string) => layouts(training).filter((d) => d.format !== "pdf");

describe("a second person's date after the first person's course", () => {
  for (const training of [
    "Dora completed the Safe Space Level 3 (for safeguarding leads) on 8 March 2025, and Lena on 19 June 2025.",
    "Dora completed the Safe Space Level 3 (for safeguarding leads) on 8 March 2025, and Lena in June 2025.",
    "Mrs Dora Fenwick-Aske completed Safe Space Level 3 training on 8 March 2025, and Mrs Lena Marsh-Tully on 19 June 2025.",
    "Dora attended the Designated Lead course on 8 March 2025; Lena on 19 June 2025.",
  ])
    it(`is Lena's record of the same course: ${training}`, () => {
      for (const document of prose(training)) expect(aboutLena(document), document.format).toEqual([]);
    });

  it("with the date wrapped onto the next line", () => {
    const document = markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## Who looks after safeguarding",
        "",
        ...ROLES.flatMap((r) => [r, ""]),
        "Dora completed the Safe Space Level 3 (for safeguarding leads) on 8 March 2025, and Lena on 19",
        "June 2025. Both also attended the district leads' day on 7 February 2026.",
        "",
      ].join("\n"),
    );
    expect(aboutLena(document)).toEqual([]);
  });

  it("her own date is the one weighed: a lapsed one is found, with her date (md, docx)", () => {
    for (const document of prose(
      "Dora completed the Safe Space Level 3 (for safeguarding leads) on 8 March 2025, and Lena on 19 June 2022.",
    )) {
      const messages = aboutLena(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/19 June 2022/);
    }
  });
});

describe("stays as it is", () => {
  for (const training of [
    "Dora completed the Safe Space Level 3 (for safeguarding leads) on 8 March 2025, and Lena attended too.",
    "Dora completed the Safe Space Level 3 (for safeguarding leads) on 8 March 2025, and Lena on Mondays helps at camp.",
  ])
    it(`gives Lena no record: ${training}`, () => {
      for (const document of prose(training)) {
        const messages = aboutLena(document);
        expect(messages, document.format).toHaveLength(1);
        expect(messages[0], document.format).toMatch(/none for/);
      }
    });

  it("a clause with a course of its own keeps its own course", () => {
    for (const document of prose(
      "Dora completed the Safe Space Level 3 (for safeguarding leads) on 8 March 2025, and Lena the Foundation module on 19 June 2022.",
    )) {
      const messages = aboutLena(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/Foundation module is dated 19 June 2022/);
    }
  });
});
