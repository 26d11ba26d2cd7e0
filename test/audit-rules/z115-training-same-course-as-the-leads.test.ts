/**
 * training-stale (held-out set zz115), in our own words; every name is invented. A parents' leaflet answers "What
 * training do the staff have?" in a paragraph: "Priya completed her designated safeguarding lead course with the
 * county partnership in June 2025, and Tomasz completed the same course in September 2024." The deputy's "same
 * course" is the lead's course named just before — a designated lead's course, valid for two years, so lapsed at the
 * end of September 2026. In a PDF the paragraph's first line ("Priya completed her designated safeguarding lead course
 * with the") is only letters and holds "completed" and "course": a wrapped sentence, not a training table's header
 * ("Name Course Completed"), so the paragraph is still read as sentences.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const who =
  "Talk to Priya Anand-Lowe, our Nursery Manager. Priya is the nursery's Designated Safeguarding Lead (DSL). If Priya is away, ask for Tomasz Ferreira-Byrne, our Deputy Manager and Deputy DSL.";
const sentence = (second: string, month = "September 2024") =>
  `Priya completed her designated safeguarding lead course with the county partnership in June 2025, and Tomasz completed ${second} in ${month}. Every practitioner repeats safeguarding training every three years.`;

const markdown = (second: string, month?: string) =>
  markdownDocument(
    [
      "# Keeping your child safe: questions parents ask",
      "",
      "## Who do I talk to if I'm worried?",
      "",
      who,
      "",
      "## What training do the staff have?",
      "",
      sentence(second, month),
      "",
      "## Can staff use their phones?",
      "",
      "No. Staff phones stay in the staff room.",
      "",
    ].join("\n"),
  );

const word = (second: string) =>
  wordDocument(
    [
      "<h1>Keeping your child safe: questions parents ask</h1>",
      "<h2>Who do I talk to if I'm worried?</h2>",
      `<p>${who}</p>`,
      "<h2>What training do the staff have?</h2>",
      `<p>${sentence(second)}</p>`,
    ].join("\n"),
  );

const pdf = (second: string, month?: string) =>
  pdfDocument(
    [
      "Keeping your child safe: questions parents ask",
      "Who do I talk to if I'm worried?",
      "Talk to Priya Anand-Lowe, our Nursery Manager. Priya is the nursery's Designated",
      "Safeguarding Lead (DSL). If Priya is away, ask for Tomasz Ferreira-Byrne, our Deputy",
      "Manager and Deputy DSL.",
      "What training do the staff have?",
      "Priya completed her designated safeguarding lead course with the county",
      `partnership in June 2025, and Tomasz completed ${second}`,
      `in ${month ?? "September 2024"}. Every practitioner repeats safeguarding training every three years.`,
      "Can staff use their phones?",
      "No. Staff phones stay in the staff room.",
    ].join("\n"),
  );

describe("training-stale: 'the same course' is the course named just before", () => {
  it("reports the deputy's designated lead course, lapsed after two years, in each format", () => {
    for (const document of [markdown("the same course"), word("the same course"), pdf("the same course")]) {
      const reported = run(trainingStale, document);
      expect(found(reported, document), document.format).toEqual([
        expect.stringContaining("the same course in September 2024"),
      ]);
      expect(reported[0].message).toContain("Tomasz Ferreira-Byrne");
      expect(reported[0].message).toContain("lapsed at the end of September 2026");
    }
  });

  it("stays quiet when the same course is recent, or the deputy's own course is not a lead's", () => {
    for (const document of [
      markdown("the same course", "January 2025"),
      pdf("the same course", "January 2025"),
      markdown("safeguarding awareness training"),
      pdf("safeguarding awareness training"),
    ])
      expect(run(trainingStale, document), document.format).toEqual([]);
  });
});
