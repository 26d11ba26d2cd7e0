/**
 * deputy-missing (held-out set zz134), in our own words; every name is invented. A council's museum service names its
 * Designated Safeguarding Manager, then says "Each gallery has a Safeguarding Champion. The Champion acts as deputy to
 * the Designated Safeguarding Manager for events at their gallery" over a table "| Venue | Safeguarding Champion |
 * Phone |" with one gallery's Champion "Vacant". The "Safeguarding Manager" after "deputy to the" is the lead's role,
 * not an unnamed deputy; the Champions are the deputies, and the gallery whose Champion is vacant has none — reported
 * at its row. Every gallery's Champion named: nothing to report.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const intro = [
  "The service-wide **Designated Safeguarding Manager** is Ms Yara Holmgren-Pike, Learning Manager, 01632 960 800.",
  "Each gallery has a **Safeguarding Champion**. The Champion acts as deputy to the Designated Safeguarding Manager for events at their gallery, and is the first person staff go to on the day.",
];

const layouts = (rows: string[][]): SourceDocument[] => {
  const header = ["Venue", "Safeguarding Champion", "Phone"];
  return [
    markdownDocument(
      [
        "# Museum Learning Events – Safeguarding",
        "",
        "## 2. Who is responsible",
        "",
        ...intro.flatMap((l) => [l, ""]),
        `| ${header.join(" | ")} |`,
        "|---|---|---|",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
        "## 3. Responding to a concern",
        "",
        "Tell the gallery's Champion the same day.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Museum Learning Events – Safeguarding</h1>",
        "<h2>2. Who is responsible</h2>",
        ...intro.map((l) => `<p>${l.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
        `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
        "<h2>3. Responding to a concern</h2>",
        "<p>Tell the gallery's Champion the same day.</p>",
      ].join("\n"),
    ),
  ];
};

const galleries = (last: string) => [
  ["Riverside Gallery", "Matteo Lindqvist", "01632 960 811"],
  ["Old Mill Gallery", "Sunniva Okoro-Bell", "01632 960 812"],
  ["Harbour Gallery", last, "01632 960 813"],
];

describe("deputy-missing: a role that 'acts as deputy to' the lead, one holder vacant", () => {
  it("reports the gallery whose Champion is vacant, at its row, and not the lead's role", () => {
    for (const document of layouts(galleries("Vacant"))) {
      const reported = found(run(deputyMissing, document), document);
      expect(reported, document.format).toHaveLength(1);
      expect(reported[0], document.format).toContain("Harbour Gallery");
    }
  });
  it("stays quiet when every gallery's Champion is named", () => {
    for (const document of layouts(galleries("Ines Carrow")))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
});
