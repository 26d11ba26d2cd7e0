/**
 * training-stale (held-out set zz148), in our own words; every name is invented. A temple's Sunday school keeps its
 * training in a table headed with its own word for its volunteers, "| Sevak | Role | Course | Completed |": the lead's
 * row gives her first name alone ("| Lakshmi | Safeguarding Steward (Designated Lead) | … |"), and two teachers share
 * the surname Rao. The "Sevak" column, just before the roles' column, is the people's: each row is its own person's
 * record, so Anjali Rao's awareness course of 04/2023 (three years: lapsed on 30 April 2026) is reported though
 * Meera Rao did the same course in 02/2025, and Meera's own record stays hers (current). Near miss: the same table
 * with a "Group" column ("| Group | Role | …" over "| Juniors | …") names nobody in it and reads as before; the lead's
 * row "Lakshmi" is her record (training-missing stays quiet about her).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (head: string, rows: string[][]): SourceDocument[] => {
  const intro = [
    "**Safeguarding Steward (Designated Lead):** Lakshmi Narayan Iyer – 07700 900 741",
    "**Deputy Safeguarding Steward:** Meera Rao (Head of the Sunday school) – 07700 900 742",
  ];
  const header = [head, "Role", "Course", "Completed"];
  return [
    markdownDocument(
      [
        "# Safeguarding Policy – Shree Ram Mandir Sunday School",
        "",
        "## 1. Who to speak to",
        "",
        ...intro.flatMap((l) => [l, ""]),
        "## 2. Training",
        "",
        `| ${header.join(" | ")} |`,
        `|${header.map(() => "---").join("|")}|`,
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Safeguarding Policy – Shree Ram Mandir Sunday School</h1>",
        "<h2>1. Who to speak to</h2>",
        ...intro.map((l) => `<p>${l.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
        "<h2>2. Training</h2>",
        `<table><tr>${header.map((h) => `<td><p>${h}</p></td>`).join("")}</tr>${rows
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
      ].join("\n"),
    ),
  ];
};

const AWARENESS = "Safeguarding Children Awareness (online)";
const ROWS = [
  [
    "Lakshmi",
    "Safeguarding Steward (Designated Lead)",
    "Designated Safeguarding Lead (county course)",
    "09/2025",
  ],
  ["Meera Rao", "Deputy, Head of Sunday school", AWARENESS, "02/2025"],
  ["Anjali Rao", "Festival Co-ordinator", AWARENESS, "04/2023"],
  ["Deepak Menon", "Music teacher", AWARENESS, "01/2025"],
];

const reported = (head: string, rows: string[][]) =>
  layouts(head, rows).map((document) =>
    run(trainingStale, document)
      .map((r) => document.text.slice(r.offset, r.endOffset))
      .join(" | "),
  );

describe("training-stale: a table's own word for its people, two people sharing a surname", () => {
  it("reports the lapsed row of one of two people sharing a surname", () => {
    for (const found of reported("Sevak", ROWS)) {
      expect(found).toContain("Anjali Rao");
      expect(found).not.toContain("Meera Rao");
      expect(found).not.toContain("Deepak");
    }
  });

  it("keeps Meera Rao's record hers: her own lapsed course is reported, Anjali's current one is not", () => {
    const rows = [
      ROWS[0],
      ["Meera Rao", "Deputy, Head of Sunday school", AWARENESS, "04/2023"],
      ["Anjali Rao", "Festival Co-ordinator", AWARENESS, "02/2025"],
    ];
    for (const found of reported("Sevak", rows)) {
      expect(found).toContain("Meera Rao");
      expect(found).not.toContain("Anjali Rao");
    }
  });

  it("stays quiet: a 'Group' column names nobody, and its rows are read as before", () => {
    const rows = [
      ["Juniors", "Class", AWARENESS, "02/2025"],
      ["Seniors", "Class", AWARENESS, "01/2025"],
    ];
    for (const found of reported("Group", rows)) expect(found).toBe("");
  });

  it("reads the lead's first name alone as her full name: her course is on record", () => {
    for (const document of layouts("Sevak", ROWS)) expect(run(trainingMissing, document)).toEqual([]);
  });
});
