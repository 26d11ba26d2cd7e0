/**
 * training-stale (held-out set zz142), in our own words; every name is invented. A students' union's training list
 * gives its Designated Safeguarding Officers' course by their abbreviation: "Hugo Fairweather-Hill — DSO refresher:
 * 02/2024". "DSO" is the designated officer's course, renewed every two years as a designated lead's is, so a
 * refresher of February 2024 lapsed at the end of February 2026 — and one of June 2024, current at three years, has
 * lapsed at two. The line is the person's whatever their double-barrelled surname ends in ("-Hill", "-Lane": a
 * street's word, not a place here). Still quiet: a DSO refresher of December 2025, and a general safeguarding
 * refresher of June 2024 (three years).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (records: string[]) => {
  const intro =
    "The Union's Designated Safeguarding Officers take concerns day to day. Everyone else completes safeguarding e-learning every three years.";
  return [
    markdownDocument(
      [
        "# Northby Students' Union — Safeguarding Policy",
        "",
        "**Safeguarding Lead:** Ms Grete Albany",
        "",
        "## 3. Training",
        "",
        intro,
        "",
        "Training held by the safeguarding team:",
        "",
        ...records.map((r) => `- ${r}`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Northby Students' Union — Safeguarding Policy</h1>",
        "<p><strong>Safeguarding Lead:</strong> Ms Grete Albany</p>",
        "<h2>3. Training</h2>",
        `<p>${intro}</p>`,
        "<p>Training held by the safeguarding team:</p>",
        `<ul>${records.map((r) => `<li>${r}</li>`).join("")}</ul>`,
      ].join("\n"),
    ),
  ];
};

const reported = (records: string[]) =>
  layouts(records).map((document) =>
    run(trainingStale, document).map((r) => `${document.text.slice(r.offset, r.endOffset)} :: ${r.message}`),
  );

describe("training-stale: a designated officer's 'DSO refresher'", () => {
  it.each([
    ["Hugo Fairweather-Hill — DSO refresher: 02/2024", "Hugo Fairweather-Hill"],
    ["Hugo Fairweather-Hill — DSO refresher: 06/2024", "Hugo Fairweather-Hill"],
    ["Marta Ashby-Lane — DSO refresher: 02/2024", "Marta Ashby-Lane"],
  ])("reports %s at two years", (record, name) => {
    for (const found of reported([record, "Ines Calloway — DSO refresher: 12/2025"])) {
      expect(found).toHaveLength(1);
      expect(found[0]).toContain(`${name}'s most recent DSO refresher`);
      expect(found[0]).toContain("valid for 2 years");
    }
  });

  it("stays quiet on a recent DSO refresher and a general refresher at three years", () => {
    for (const found of reported([
      "Ines Calloway — DSO refresher: 12/2025",
      "Tobin Reyes — Safeguarding refresher: 06/2024",
    ]))
      expect(found).toEqual([]);
  });
});
