/**
 * deputy-missing (held-out set zz144), in our own words; every name is invented. A boarding school names its DSL and
 * a deputy in a roles table, then "Each house has a Head of House who acts as deputy DSL for the boarders in that
 * house:" over "| House | Head of House | Extension |". By the policy's words the column holds each house's deputy, as
 * "Each hub has a X who deputises for the DSL at that site:" does (z142): a house whose holder is "Vacant (post
 * advertised)" has none, reported at its row. Near misses stay quiet: every house's head named; the same table under a
 * sentence that does not make the heads deputies ("Each house has a Head of House:").
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const ROLES = [
  ["Role", "Name", "Phone"],
  ["Designated Safeguarding Lead", "Mr Osric Tallentire (Assistant Head, Boarding)", "01632 960 611"],
  ["Deputy Designated Safeguarding Lead", "Mrs Wilhelmina Achebe-Ross", "01632 960 612"],
];
const HOUSES = (third: string) => [
  ["House", "Head of House", "Extension"],
  ["Larch", "Mr Piran Goodwillie", "341"],
  ["Hazel", "Ms Saoirse Venables", "342"],
  ["Willow", third, "343"],
];

const layouts = (sentence: string, third: string): SourceDocument[] => {
  const md = (rows: string[][]) => [
    `| ${rows[0].join(" | ")} |`,
    `|${rows[0].map(() => "---").join("|")}|`,
    ...rows.slice(1).map((r) => `| ${r.join(" | ")} |`),
  ];
  const html = (rows: string[][]) =>
    `<table>${rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`).join("")}</table>`;
  return [
    markdownDocument(
      [
        "# Thornbury Vale School – Safeguarding Policy",
        "",
        "## 2. Roles",
        "",
        ...md(ROLES),
        "",
        sentence,
        "",
        ...md(HOUSES(third)),
        "",
        "## 3. What staff do",
        "",
        "Tell the DSL or a deputy at once.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Thornbury Vale School – Safeguarding Policy</h1>",
        "<h2>2. Roles</h2>",
        html(ROLES),
        `<p>${sentence}</p>`,
        html(HOUSES(third)),
        "<h2>3. What staff do</h2>",
        "<p>Tell the DSL or a deputy at once.</p>",
      ].join("\n"),
    ),
  ];
};

const SENTENCE = "Each house has a Head of House who acts as deputy DSL for the boarders in that house:";

describe("deputy-missing: 'each house has a Head of House who acts as deputy DSL' over a house table", () => {
  it.each(["Vacant (post advertised)", "Vacant", "TBC"])(
    "reports the house whose head is %s, at its row",
    (third) => {
      for (const document of layouts(SENTENCE, third)) {
        const reported = found(run(deputyMissing, document), document);
        expect(reported, document.format).toHaveLength(1);
        expect(reported[0], document.format).toContain("Willow");
      }
    },
  );
  it("reads 'acts as a deputy DSL' and 'acts as the deputy designated safeguarding lead' too", () => {
    for (const sentence of [
      "Every house has a Head of House, who acts as a deputy DSL for the pupils in that house.",
      "Each house has its own Head of House who acts as the Deputy Designated Safeguarding Lead for its boarders:",
    ])
      for (const document of layouts(sentence, "Vacant (interim cover being arranged)"))
        expect(found(run(deputyMissing, document), document), `${document.format} ${sentence}`).toHaveLength(
          1,
        );
  });
  it("stays quiet when every house's head is named", () => {
    for (const document of layouts(SENTENCE, "Mrs Hester Quarrington"))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
  it("stays quiet when the sentence does not make the heads deputies", () => {
    for (const document of layouts("Each house has a Head of House:", "Vacant (post advertised)"))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
});
