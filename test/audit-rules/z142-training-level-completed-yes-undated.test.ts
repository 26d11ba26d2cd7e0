/**
 * training-undated / training-missing (review of session 42), in our own words; every name is invented; as of 1
 * December 2026. A group of family hubs names its lead and her training, then "Each hub has a Hub Safeguarding Lead
 * who deputises for the DSL at that site:" over "| Hub | Hub Safeguarding Lead | Phone | Level 3 completed |", the
 * column's cells bare dates (z139) but one: "Yes – certificate on file". Under a header that asks whether Level 3 was
 * completed, "Yes", "Completed", "✓" (with or without words of a certificate) answers that it was: a Level 3 record
 * with no date, training-undated's, as "No date recorded" is elsewhere — not a hub lead with no training at all. Near
 * misses: "No", "Not yet", "Booked", a dash or a blank there record no course, so the hub lead has none on record
 * (training-missing, as before).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (answer: string): SourceDocument[] => {
  const intro = [
    "Our Designated Safeguarding Lead is Mrs Imelda Farrant-Osei (Hubs Manager), trained 9 May 2025.",
    "Each hub has a Hub Safeguarding Lead who deputises for the DSL at that site:",
  ];
  const header = ["Hub", "Hub Safeguarding Lead", "Phone", "Level 3 completed"];
  const rows = [
    ["Mill Lane", "Ms Ottilie Brackenbury", "01632 960201", answer],
    ["Quarry Road", "Mr Desmond Achterberg", "01632 960202", "02/10/2025"],
  ];
  return [
    markdownDocument(
      [
        "# Larkfield Family Hubs – Safeguarding Policy",
        "",
        "## Designated leads",
        "",
        ...intro.flatMap((l) => [l, ""]),
        `| ${header.join(" | ")} |`,
        "|---|---|---|---|",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
        "## If you are worried",
        "",
        "Speak to the DSL the same day.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Larkfield Family Hubs – Safeguarding Policy</h1>",
        "<h2>Designated leads</h2>",
        ...intro.map((l) => `<p>${l}</p>`),
        `<table>${[header, ...rows].map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`).join("")}</table>`,
        "<h2>If you are worried</h2>",
        "<p>Speak to the DSL the same day.</p>",
      ].join("\n"),
    ),
  ];
};

describe("training: 'Yes – certificate on file' under a 'Level 3 completed' column of dates", () => {
  it.each([
    "Yes – certificate on file",
    "Yes",
    "Completed",
    "✓",
    "Completed (certificate seen)",
    "Yes, certificate held",
  ])("reads %s as a Level 3 record with no date, not as no training", (answer) => {
    for (const document of layouts(answer)) {
      expect(found(run(trainingMissing, document), document), document.format).toEqual([]);
      const reported = run(trainingUndated, document);
      expect(found(reported, document), document.format).toEqual([
        expect.stringContaining("Ms Ottilie Brackenbury"),
      ]);
      expect(reported[0].message, document.format).toMatch(/Ottilie Brackenbury's Level 3/);
    }
  });
  it.each(["No", "Not yet", "Booked", "—", ""])("still finds no training on record for %j", (answer) => {
    for (const document of layouts(answer)) {
      expect(found(run(trainingUndated, document), document), document.format).toEqual([]);
      const reported = run(trainingMissing, document);
      expect(reported, document.format).toHaveLength(1);
      expect(reported[0].message, document.format).toContain("Ottilie Brackenbury");
    }
  });
});
