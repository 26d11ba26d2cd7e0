/**
 * training-missing (held-out set zz126), in our own words; every name is invented. A field studies centre writes
 * "Deputy Safeguarding Leads:" with each deputy on a line of their own in the same paragraph (Markdown lines with no
 * blank between, or Word's line breaks): "Name, Job – phone" twice. Both are deputies; the training list has the
 * first and not the second, so the second is missing. Only a line after a finished entry (it ends with a phone
 * number, a bracket or an email) opens another holder, and only a person's full name with a job after it: a line
 * of advice ("Ring either of us …") or a place's listing ("Night Office, Stable Block – …") is no holder.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const deputies = [
  "Ottilie Branscombe, Senior Tutor – 01632 960 811",
  "Caspian Thwaite, Boarding Manager (weekends) – 07700 900 812",
];
const training = [
  "**Gwendolyn Ashby-Rook** (Safeguarding Lead)",
  "- Designated Safeguarding Lead course – 04/03/2026",
  "",
  "**Ottilie Branscombe** (Deputy Safeguarding Lead)",
  "- Deputy DSL course – 19/10/2025",
];

const markdown = (lines: string[], record = training) =>
  markdownDocument(
    [
      "# Brackenfold Field Studies Centre – Safeguarding Policy",
      "",
      "## Our safeguarding team",
      "",
      "Centre Safeguarding Lead: Gwendolyn Ashby-Rook, Head of Centre – 01632 960 810",
      "",
      "Deputy Safeguarding Leads:",
      ...lines,
      "",
      "## Training",
      "",
      ...record,
      "",
    ].join("\n"),
  );

const word = (lines: string[]) =>
  wordDocument(
    [
      "<h1>Brackenfold Field Studies Centre – Safeguarding Policy</h1>",
      "<h2>Our safeguarding team</h2>",
      "<p>Centre Safeguarding Lead: Gwendolyn Ashby-Rook, Head of Centre – 01632 960 810</p>",
      `<p>Deputy Safeguarding Leads:<br />${lines.join("<br />")}</p>`,
      "<h2>Training</h2>",
      "<p><strong>Gwendolyn Ashby-Rook</strong> (Safeguarding Lead)</p>",
      "<ul><li>Designated Safeguarding Lead course – 04/03/2026</li></ul>",
      "<p><strong>Ottilie Branscombe</strong> (Deputy Safeguarding Lead)</p>",
      "<ul><li>Deputy DSL course – 19/10/2025</li></ul>",
    ].join("\n"),
  );

describe("training-missing: each holder on a line of their own under a plural label", () => {
  it("reports the second deputy, who has no training, in Markdown and Word", () => {
    const md = markdown(deputies);
    expect(found(run(trainingMissing, md), md)).toEqual(["Caspian Thwaite"]);
    const docx = word(deputies);
    expect(found(run(trainingMissing, docx), docx)).toEqual(["Caspian Thwaite"]);
  });
  it("stays quiet when both deputies have training", () => {
    const both = [...training, "", "**Caspian Thwaite**", "- Deputy DSL course – 02/02/2026"];
    expect(run(trainingMissing, markdown(deputies, both))).toEqual([]);
  });
  it("stays quiet on a line after the entry that names no person", () => {
    for (const lines of [
      ["Ottilie Branscombe, Senior Tutor – 01632 960 811", "Ring either of us if you are worried."],
      ["Ottilie Branscombe, Senior Tutor – 01632 960 811", "Night Office, Stable Block – 01632 960 800"],
    ]) {
      expect(run(trainingMissing, markdown(lines)), lines.join(" / ")).toEqual([]);
    }
  });
});
