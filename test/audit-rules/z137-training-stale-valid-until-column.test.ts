/**
 * training-stale (held-out set zz137), in our own words; every name is invented. A league's table of its member
 * clubs' officers ends in a column whose header names a course and says its dates are when it runs out: "| Club |
 * Club Welfare Officer | Phone | Safeguarding Children course valid until |". A row's "05/2026" expired at the end
 * of May 2026; "12/2026" is still in date on 1 December 2026 (it runs to the month's end). The officers are contacts,
 * not the league's leads, but their courses are the policy's records all the same. In Markdown and Word. Near
 * misses: a "DBS valid until" column is another check, not a course; a "Vacant" row with a dash gives nothing.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const ROWS = [
  ["Fennick Vale Juniors", "Mr Osric Pendleford", "07700 900 731", "09/2027"],
  ["Larch Hill Colts", "Mrs Yevette Marlowe", "07700 900 732", "05/2026"],
  ["Stanbury Girls", "Ms Perpetua Oduya", "07700 900 733", "12/2026"],
  ["Quenby Athletic Youth", "Vacant – contact the League Welfare Officer", "—", "—"],
];

const documents = (last: string) => {
  const header = ["Club", "Club Welfare Officer", "Phone", last];
  const intro = [
    "The League runs no teams itself, and each member club must have its own Club Welfare Officer.",
    "League Welfare Officer: Mrs Hester Quennell-Abara",
    "Safeguarding Children course: completed 02/2026",
  ];
  return [
    markdownDocument(
      [
        "# Ashwater Junior Rugby League – Safeguarding Policy",
        "",
        ...intro.flatMap((l) => [l, ""]),
        "## 3. Member clubs' welfare officers",
        "",
        `| ${header.join(" | ")} |`,
        "|---|---|---|---|",
        ...ROWS.map((r) => `| ${r.join(" | ")} |`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Ashwater Junior Rugby League – Safeguarding Policy</h1>",
        ...intro.map((l) => `<p>${l}</p>`),
        "<h2>3. Member clubs' welfare officers</h2>",
        `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${ROWS.map(
          (r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`,
        ).join("")}</table>`,
      ].join(""),
    ),
  ];
};

describe("training-stale: a course's 'valid until' column in a table of people", () => {
  for (const document of documents("Safeguarding Children course valid until"))
    it(`reports the course that ran out, and only that one (${document.format})`, () => {
      const reported = run(stale, document);
      expect(found(reported, document)).toEqual([expect.stringContaining("Yevette Marlowe")]);
      expect(reported[0].message).toContain("expired at the end of May 2026");
      expect(run(undated, document)).toEqual([]);
      expect(run(missing, document)).toEqual([]);
    });

  for (const document of documents("DBS valid until"))
    it(`near miss: a DBS column's dates are not a course's (${document.format})`, () => {
      expect(run(stale, document)).toEqual([]);
    });
});
