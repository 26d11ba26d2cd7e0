/**
 * training-stale (review 53), in our own words; every name is invented; as of 1 December 2026. One sentence gives a
 * lead's last course and, after a semicolon, when it falls due again: "Nadia completed her Designated Safeguarding
 * Lead training in October 2024 and renews it every two years; her refresher is booked for 15 October 2026 and is
 * due by 31 October 2026." The record is read as two (the course done, and a refresher due), both out of date on the
 * same grounds: one defect, reported once per person, course and line, not twice. Near miss: another course's due date on the
 * same line ("her Prevent refresher is due by …") is reported in its own right.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (trainingLine: string): SourceDocument[] => {
  const head = [
    "**Designated Safeguarding Lead:** Mrs Nadia Okonkwo-Hale, Centre Manager · 07700 900 311",
    "**Deputy Designated Safeguarding Lead:** Mr Tomasz Brennock, Senior Coach · 07700 900 312",
  ];
  return [
    markdownDocument(
      [
        "# Safeguarding Policy — Riverbend Activity Centre",
        "",
        "## Who to talk to",
        "",
        ...head.flatMap((l) => [l, ""]),
        "## Training",
        "",
        trainingLine,
        "",
        "All staff complete a Level 1 course online before their first session.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Safeguarding Policy — Riverbend Activity Centre</h1>",
        "<h2>Who to talk to</h2>",
        ...head.map((l) => `<p>${l.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
        "<h2>Training</h2>",
        `<p>${trainingLine}</p>`,
        "<p>All staff complete a Level 1 course online before their first session.</p>",
      ].join("\n"),
    ),
    pdfDocument(
      [
        "Safeguarding Policy — Riverbend Activity Centre",
        "Who to talk to",
        ...head.map((l) => l.replace(/\*\*/g, "")),
        "Training",
        trainingLine,
        "All staff complete a Level 1 course online before their first session.",
        "",
      ].join("\n"),
    ),
  ];
};

describe("training-stale: a course and its due date on one line are one finding", () => {
  it.each([
    "Nadia completed her Designated Safeguarding Lead training in October 2024 and renews it every two years; her refresher is booked for 15 October 2026 and is due by 31 October 2026.",
    "Nadia completed her Designated Safeguarding Lead training in October 2024; her refresher was due by 31 October 2026.",
  ])("reports the lead's lapsed course once: %s", (line) => {
    for (const document of layouts(line)) {
      const reported = run(trainingStale, document);
      expect(
        reported.map((f) => f.message),
        document.format,
      ).toHaveLength(1);
      expect(reported[0].message).toMatch(/Nadia Okonkwo-Hale/);
    }
  });
  it("still reports another course's due date on the same line", () => {
    for (const document of layouts(
      "Nadia completed her Designated Safeguarding Lead training in October 2024 and renews it every two years; her Prevent refresher is booked for 15 October 2026 and is due by 31 October 2026.",
    )) {
      const reported = run(trainingStale, document);
      expect(reported, document.format).toHaveLength(2);
      expect(reported[1].message).toMatch(/31 October 2026/);
    }
  });
});
