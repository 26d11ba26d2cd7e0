/**
 * deputy-missing (held-out set zz138), in our own words; every name is invented. A county youth theatre names its
 * lead ("Our **Company Designated Safeguarding Lead** is Mr …"), then says "The District Safeguarding Leads are the
 * Company DSL's deputies: each acts for him in their own district" over a table "| District | District Safeguarding
 * Lead | Phone | Designated lead training |" with one district's lead "Vacant". The column of the role said to be the
 * lead's deputies holds them, as "The Champion acts as deputy to the …" does (zz134): the district whose lead is
 * vacant has no deputy (reported at its row), and the policy names deputies. Every district named: nothing to report.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (sentence: string, rows: string[][]): SourceDocument[] => {
  const intro = [
    "Our **Company Designated Safeguarding Lead** is Mr Ewan Castellano-Reid, Artistic Director, 01632 960 620.",
    sentence,
  ];
  const header = ["District", "District Safeguarding Lead", "Phone", "Designated lead training"];
  return [
    markdownDocument(
      [
        "# Youth Theatre Safeguarding Policy",
        "",
        "## 2. Who to tell",
        "",
        ...intro.flatMap((l) => [l, ""]),
        `| ${header.join(" | ")} |`,
        "|---|---|---|---|",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
        "## 3. Rehearsals",
        "",
        "Tell your District Safeguarding Lead the same day.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Youth Theatre Safeguarding Policy</h1>",
        "<h2>2. Who to tell</h2>",
        ...intro.map((l) => `<p>${l.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
        `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
        "<h2>3. Rehearsals</h2>",
        "<p>Tell your District Safeguarding Lead the same day.</p>",
      ].join("\n"),
    ),
  ];
};

const districts = (last: string) => [
  ["Northfold", "Ms Imogen Varga, Tutor", "01632 960 621", "DSL training 10/2025"],
  ["Eastmere and Coldby", "Mr Kofi Brandauer, Tutor", "01632 960 622", "DSL refresher 04/2025"],
  ["Lower Saltham", last, "01632 960 623", "—"],
];

const SENTENCES = [
  "Each district has a **District Safeguarding Lead**. The District Safeguarding Leads are the Company DSL's deputies: each acts for him in their own district.",
  "The District Safeguarding Leads are the Designated Safeguarding Lead's deputies in their districts.",
];

describe("deputy-missing: 'the X are the DSL's deputies' over a table of X, one vacant", () => {
  it.each(SENTENCES)("reports the district whose lead is vacant, at its row: %s", (sentence) => {
    for (const document of layouts(sentence, districts("Vacant"))) {
      const reported = found(run(deputyMissing, document), document);
      expect(reported, document.format).toHaveLength(1);
      expect(reported[0], document.format).toContain("Lower Saltham");
    }
  });
  it.each(SENTENCES)("stays quiet when every district's lead is named: %s", (sentence) => {
    for (const document of layouts(sentence, districts("Mrs Hedda Okafor-Lyle, Tutor")))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
  it("still says no deputy is named when the sentence does not make the column the deputies", () => {
    const sentence = "The District Safeguarding Leads report to the Company DSL each term.";
    for (const document of layouts(sentence, districts("Mrs Hedda Okafor-Lyle, Tutor")))
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
  });
});
