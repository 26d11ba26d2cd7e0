/**
 * training-stale / training-missing (held-out set zz139), in our own words; every name is invented; as of 1 December
 * 2026. A holiday camp company names its lead, then "Each venue has a **Venue Safeguarding Lead**, who is the DSL's
 * deputy at that venue" over "| Venue | Venue Safeguarding Lead | Mobile | Level 3 completed |", each row a titled
 * name and a bare date ("18/11/2024"), one venue "To be recruited" with dashes. The column of the role's holders names
 * each row's person, and the date column's header names the course ("Level 3", designated lead training, 24 months):
 * each row is its holder's record, so the venue lead whose Level 3 of 18/11/2024 lapsed on 18 November 2026 is
 * reported, and no venue lead is said to have no training. Near miss: a date column whose header names no course
 * ("Started") is no one's training.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (dateHeader: string, second: string): SourceDocument[] => {
  const intro = [
    "**Designated Safeguarding Lead (all venues):** Mr Oswin Tallack-Burke, Camps Director",
    "DSL training (two-day course): 12 June 2025",
    "Each venue has a **Venue Safeguarding Lead**, who is the DSL's deputy at that venue and the first person camp staff go to. Venue Safeguarding Leads refresh their Level 3 training every two years.",
  ];
  const header = ["Venue", "Venue Safeguarding Lead", "Mobile", dateHeader];
  const rows = [
    ["Fellside Academy", "Ms Priya Ondaatje-Lowe", "07700 900451", "09/04/2025"],
    ["Marram Leisure Centre", "Mr Corin Abernethy", "07700 900452", second],
    ["Stonecroft Primary", "Mrs Talia Brennagh", "07700 900453", "30/01/2026"],
    ["Wyke Lane Juniors", "To be recruited", "—", "—"],
  ];
  return [
    markdownDocument(
      [
        "# Holiday Camps Safeguarding Policy",
        "",
        "## 1. Who is responsible",
        "",
        ...intro.flatMap((l) => [l, ""]),
        `| ${header.join(" | ")} |`,
        "|---|---|---|---|",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
        "## 2. Training",
        "",
        "All camp staff complete safeguarding training at induction.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Holiday Camps Safeguarding Policy</h1>",
        "<h2>1. Who is responsible</h2>",
        ...intro.map((l) => `<p>${l.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
        `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
        "<h2>2. Training</h2>",
        "<p>All camp staff complete safeguarding training at induction.</p>",
      ].join("\n"),
    ),
  ];
};

describe("training: a 'Level 3 completed' column of bare dates beside a column of a role's holders", () => {
  it("reports the venue lead whose Level 3 lapsed, by name, at the row", () => {
    for (const document of layouts("Level 3 completed", "18/11/2024")) {
      const reported = run(trainingStale, document);
      expect(found(reported, document), document.format).toEqual([
        expect.stringContaining("Mr Corin Abernethy"),
      ]);
      expect(reported[0].message, document.format).toMatch(/Corin Abernethy's most recent/);
    }
  });
  it("says no venue lead lacks training: each row's date is their record", () => {
    for (const document of layouts("Level 3 completed", "18/11/2024"))
      expect(found(run(trainingMissing, document), document), document.format).toEqual([]);
  });
  it("stays quiet when every venue lead's Level 3 is current", () => {
    for (const document of layouts("Level 3 completed", "02/12/2024"))
      expect(found(run(trainingStale, document), document), document.format).toEqual([]);
  });
  it("reads no course from a date column whose header names none ('Started')", () => {
    for (const document of layouts("Started", "18/11/2019"))
      expect(found(run(trainingStale, document), document), document.format).toEqual([]);
  });
});
