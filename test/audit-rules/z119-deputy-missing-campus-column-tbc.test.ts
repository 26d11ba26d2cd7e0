/**
 * deputy-missing (held-out set zz119), in our own words; every name is invented. A college of two campuses lists its
 * safeguarding team in one table, the role in the first column, the person under "Name" and the campus in a column
 * of its own: "| Deputy DSL | Ruth Amankwah, Student Services Manager | Millbrook |" and "| Deputy DSL | TBC |
 * Castle Street |". The campus whose deputy is "TBC" (or left blank) has no deputy while the other campus's is
 * named, as a deputy's row scoped in a bracket ("DDSL (Sec)") already is. Near misses stay quiet: both campuses
 * named; a lead's row for "Both" campuses; a "TBC" in a row of another role (a safeguarding officer). (A second
 * deputy "TBC" for the campus that already has one is reported since zz137: z137-deputy-missing-site-second-deputy-tbc.)
 * Word gives the header row as a heading row (mammoth's <th>).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const rows = (second: [string, string, string]) => [
  ["Designated Safeguarding Lead", "Dr Imelda Varcoe, Vice Principal", "Both", "01632 960 910"],
  ["Deputy DSL", "Ruth Amankwah, Student Services Manager", "Millbrook", "01632 960 911"],
  [...second, "01632 960 912"],
  ["Safeguarding Officer", "Tobias Fenwick-Lyle", "Castle Street", "01632 960 913"],
  ["Safeguarding Officer", "Suki Harcourt", "Millbrook", "01632 960 914"],
];

const layouts = (second: [string, string, string]): SourceDocument[] => {
  const header = ["Role", "Name", "Campus", "Contact"];
  const body = rows(second);
  return [
    markdownDocument(
      [
        "# Castle Street and Millbrook College – Safeguarding Policy",
        "",
        "## 2. The safeguarding team",
        "",
        `| ${header.join(" | ")} |`,
        "|---|---|---|---|",
        ...body.map((r) => `| ${r.join(" | ")} |`),
        "",
        "## 3. Reporting",
        "",
        "Tell a member of the safeguarding team the same day.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Castle Street and Millbrook College – Safeguarding Policy</h1>",
        "<h2>2. The safeguarding team</h2>",
        `<table><thead><tr>${header.map((h) => `<th><p>${h}</p></th>`).join("")}</tr></thead>${body
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
        "<h2>3. Reporting</h2>",
        "<p>Tell a member of the safeguarding team the same day.</p>",
      ].join("\n"),
    ),
  ];
};

describe("deputy-missing: a campus column beside the deputies' rows, one campus's deputy 'TBC'", () => {
  it("reports the campus left without a deputy, in each format", () => {
    for (const document of layouts(["Deputy DSL", "TBC", "Castle Street"])) {
      const reported = run(deputyMissing, document);
      expect(found(reported, document), document.format).toEqual([expect.stringContaining("TBC")]);
      expect(reported[0].message).toContain('not named for Castle Street: "TBC"');
      expect(reported[0].message).toContain("the deputy for Millbrook");
    }
  });

  it("reports a blank name cell the same way", () => {
    for (const document of layouts(["Deputy DSL", "–", "Castle Street"]))
      expect(run(deputyMissing, document)[0]?.message, document.format).toContain(
        "not named for Castle Street: the name cell in its row is empty",
      );
  });

  it("stays quiet when both campuses are named, or the TBC is for both or another role's", () => {
    for (const second of [
      ["Deputy DSL", "Gideon Pryce-Lowe, Head of Sixth Form", "Castle Street"],
      ["Deputy DSL", "TBC", "Both"],
      ["Safeguarding Officer", "TBC", "Castle Street"],
    ] as Array<[string, string, string]>)
      for (const document of layouts(second))
        expect(run(deputyMissing, document), `${document.format} ${second.join(" | ")}`).toEqual([]);
  });
});
