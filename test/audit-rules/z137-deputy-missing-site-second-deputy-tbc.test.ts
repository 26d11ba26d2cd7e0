/**
 * deputy-missing (held-out set zz137), in our own words; every name is invented. A two-site school's key personnel
 * table, "| Role | Name | Site | Phone |", names a deputy for each site and then a further deputy's row for one of
 * them left "TBC": "| Deputy DSL | TBC | Riverside Site | … |". By the corpus rule for a site's deputy written "TBC"
 * (test/corpus/README.md), the row is a deputy not named, although the site has another: reported at the row, in
 * Markdown and Word. Near misses stay quiet: every row named; a "TBC" for "Both" sites; a "TBC" in another role's row;
 * an empty name cell under a named deputy of the same site (a cell left for the row above's words).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const rows = (extra: [string, string, string]) => [
  ["Designated Safeguarding Lead", "Mrs Perdita Swann-Oduya", "Both sites", "01632 960 931"],
  ["Deputy DSL", "Mr Lorcan Thewlis", "Hilltop Site", "01632 960 932"],
  ["Deputy DSL", "Ms Ingrid Bassey-Moor", "Riverside Site", "01632 960 933"],
  [...extra, "01632 960 933"],
  ["Headteacher", "Dr Anselm Roker", "Both sites", "01632 960 930"],
];

const layouts = (extra: [string, string, string]): SourceDocument[] => {
  const header = ["Role", "Name", "Site", "Phone"];
  const body = rows(extra);
  return [
    markdownDocument(
      [
        "# Hilltop and Riverside School – Safeguarding Policy",
        "",
        "## 2. Key personnel",
        "",
        `| ${header.join(" | ")} |`,
        "|---|---|---|---|",
        ...body.map((r) => `| ${r.join(" | ")} |`),
        "",
        "## 3. What staff do",
        "",
        "Tell the DSL or a deputy the same day.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Hilltop and Riverside School – Safeguarding Policy</h1>",
        "<h2>2. Key personnel</h2>",
        `<table><thead><tr>${header.map((h) => `<th><p>${h}</p></th>`).join("")}</tr></thead>${body
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
        "<h2>3. What staff do</h2>",
        "<p>Tell the DSL or a deputy the same day.</p>",
      ].join("\n"),
    ),
  ];
};

describe("deputy-missing: a further deputy's row for a site, left 'TBC'", () => {
  it("reports the row, in each format", () => {
    for (const document of layouts(["Deputy DSL", "TBC", "Riverside Site"])) {
      const reported = run(deputyMissing, document);
      expect(found(reported, document), document.format).toEqual([expect.stringContaining("TBC")]);
      expect(reported[0].message).toContain('for Riverside Site is not named: "TBC"');
    }
  });

  it("stays quiet when the row is named, is for both sites, is another role's, or is an empty cell", () => {
    for (const extra of [
      ["Deputy DSL", "Mr Caspian Velde", "Riverside Site"],
      ["Deputy DSL", "TBC", "Both sites"],
      ["Mental Health Lead", "TBC", "Riverside Site"],
      ["Deputy DSL", "", "Riverside Site"],
    ] as Array<[string, string, string]>)
      for (const document of layouts(extra))
        expect(run(deputyMissing, document), `${document.format} ${extra.join(" | ")}`).toEqual([]);
  });
});
