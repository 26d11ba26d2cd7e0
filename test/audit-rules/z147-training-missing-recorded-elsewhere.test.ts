/**
 * training-missing (held-out set zz147), in our own words; every name is invented. A group of schools lists its lead's
 * training and names deputies without any, then says whose training is kept somewhere else: "Deputies are trained to
 * the same level; their training dates are recorded in each school's local annex", "The deputies' training records
 * are held in the single central record", "All other training records are held in the single central record", "Staff
 * training is recorded in the training log". The people the sentence speaks of are not asked for training here —
 * deputies for the deputies only (the lead named without training is still reported). Still reported: no such
 * sentence; "Training records are kept securely" (no place named); a place in this policy ("the table below",
 * "Annex C"). As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const PEOPLE = [
  "Our **Designated Safeguarding Lead** is Mrs Philippa Auchterlonie, Deputy Head.",
  "Our **Deputy Designated Safeguarding Leads** are Mr Caspian Nwachukwu-Reid and Ms Henrietta Pellow.",
];
const TRAINING = "Philippa Auchterlonie: Designated Safeguarding Lead training, 03/2026";

const layouts = (paragraphs: string[], training = TRAINING) => {
  const all = [...PEOPLE, ...paragraphs];
  return [
    markdownDocument(
      [
        "# Wrenford Schools – Safeguarding Policy",
        "",
        "## 1. Who is responsible",
        "",
        ...all.flatMap((p) => [p, ""]),
        "## 2. Training",
        "",
        `- ${training}`,
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Wrenford Schools – Safeguarding Policy</h1>",
        "<h2>1. Who is responsible</h2>",
        ...all.map((p) => `<p>${p.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
        "<h2>2. Training</h2>",
        `<ul><li>${training}</li></ul>`,
      ].join("\n"),
    ),
    pdfDocument(
      [
        "Wrenford Schools – Safeguarding Policy",
        "1. Who is responsible",
        ...all.map((p) => p.replace(/\*\*/g, "")),
        "2. Training",
        `• ${training}`,
        "",
      ].join("\n"),
    ),
  ];
};

const reported = (paragraphs: string[], training = TRAINING) =>
  layouts(paragraphs, training).map((document) => ({
    format: document.format,
    text: run(trainingMissing, document)
      .map((r) => r.message)
      .join(" "),
  }));

const DEPUTIES = ["Nwachukwu-Reid", "Pellow"];

describe("training-missing: whose training the policy says is recorded elsewhere", () => {
  it("reports the deputies without such a sentence", () => {
    for (const { format, text } of reported([]))
      for (const name of DEPUTIES) expect(text, format).toContain(name);
  });

  it.each([
    "Deputies are trained to the same level; their training dates are recorded in each school's local annex.",
    "The deputies' training records are held in the single central record.",
    "Deputy DSLs' training is recorded in each school's own annex.",
    "All other training records are held in the single central record.",
    "Staff training is recorded in the training log kept by the school business manager.",
    "Training records for all other staff are kept by the trust's HR team.",
  ])("does not report them: %s", (sentence) => {
    for (const { format, text } of reported([sentence]))
      for (const name of DEPUTIES) expect(text, format).not.toContain(name);
  });

  it("a sentence about the deputies leaves the lead without training reported", () => {
    for (const { format, text } of reported(
      [
        "Deputies are trained to the same level; their training dates are recorded in each school's local annex.",
      ],
      "Wilfred Carraway (Office Manager): Safeguarding Level 1, 02/2026",
    )) {
      expect(text, format).toContain("Auchterlonie");
      for (const name of DEPUTIES) expect(text, format).not.toContain(name);
    }
  });

  it.each([
    "Training records are kept securely.",
    "Deputies' training dates are recorded in the table below.",
    "Deputies' training dates are recorded in Annex C.",
    "Deputies are trained to the same level as the lead.",
  ])("still reports them: %s", (sentence) => {
    for (const { format, text } of reported([sentence]))
      for (const name of DEPUTIES) expect(text, format).toContain(name);
  });
});
