/**
 * training-stale and training-missing (held-out set zz145), in our own words; every name is invented. A council
 * service names its lead and deputy in sentences, then gives one paragraph "Training: Name – Course, MM/YYYY. Name –
 * Course, MM/YYYY. All staff …": each full stop's sentence before the staff's is its own person's record. The deputy's
 * course of 02/2024 lapsed at two years; in the PDF the paragraph is broken over lines by the page's width, and the
 * deputy's record is still theirs (no "none for the deputy"). Still quiet: both courses in date, and a paragraph
 * whose second sentence is a group's ("Senior staff – …"), not a named person's.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const LEAD =
  "The Service Manager, Orla Penhallow-Reid, is the designated safeguarding lead for the service (01632 960811).";
const DEPUTY =
  "The Lead Practitioner, Darius Kettlewell, acts as deputy designated lead when the Service Manager is away (01632 960812).";
const training = (deputyDate: string) =>
  `Training: Orla Penhallow-Reid – Designated Safeguarding Lead (multi-agency), 06/2025. Darius Kettlewell – Designated Safeguarding Lead (multi-agency), ${deputyDate}. All play workers complete the council's safeguarding course at induction and every three years.`;

const layouts = (deputyDate: string) => [
  markdownDocument(
    [
      "# Play Service – Safeguarding Procedure",
      "",
      "## 2. Who leads on safeguarding",
      "",
      LEAD,
      "",
      DEPUTY,
      "",
      training(deputyDate),
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Play Service – Safeguarding Procedure</h1>",
      "<h2>2. Who leads on safeguarding</h2>",
      `<p>${LEAD}</p>`,
      `<p>${DEPUTY}</p>`,
      `<p>${training(deputyDate)}</p>`,
    ].join("\n"),
  ),
  pdfDocument(
    [
      "Play Service – Safeguarding Procedure",
      "2. Who leads on safeguarding",
      "The Service Manager, Orla Penhallow-Reid, is the designated safeguarding lead for the",
      "service (01632 960811).",
      "The Lead Practitioner, Darius Kettlewell, acts as deputy designated lead when the",
      "Service Manager is away (01632 960812).",
      "Training: Orla Penhallow-Reid – Designated Safeguarding Lead (multi-agency),",
      `06/2025. Darius Kettlewell – Designated Safeguarding Lead (multi-agency), ${deputyDate}. All`,
      "play workers complete the council's safeguarding course at induction and every",
      "three years.",
      "3. Recognising abuse",
      "",
    ].join("\n"),
  ),
];

const reported = (rule: typeof trainingStale, deputyDate: string) =>
  layouts(deputyDate).map((document) =>
    run(rule, document).map((r) => `${document.text.slice(r.offset, r.endOffset)} :: ${r.message}`),
  );

describe("training-stale: a 'Training:' paragraph of named records, one sentence each", () => {
  it("reads the second person's record and reports its lapse (md, docx, PDF)", () => {
    for (const found of reported(trainingStale, "02/2024")) {
      expect(found).toHaveLength(1);
      expect(found[0]).toContain("Darius Kettlewell");
      expect(found[0]).toContain("February 2024");
    }
  });

  it("says nobody is without training", () => {
    for (const found of reported(trainingMissing, "02/2024")) expect(found).toEqual([]);
  });

  it("stays quiet when both courses are in date", () => {
    for (const found of reported(trainingStale, "03/2025")) expect(found).toEqual([]);
  });

  it("stays quiet on a sentence of a group's course after one person's record", () => {
    const document = markdownDocument(
      [
        "# Play Service – Safeguarding Procedure",
        "",
        LEAD,
        "",
        DEPUTY,
        "",
        "Training: Orla Penhallow-Reid – Designated Safeguarding Lead (multi-agency), 06/2025. Senior staff – Designated Safeguarding Lead (multi-agency), 02/2024. All play workers complete the course at induction.",
        "",
      ].join("\n"),
    );
    expect(run(trainingStale, document).filter((r) => /Senior staff|Darius/.test(r.message))).toEqual([]);
  });
});
