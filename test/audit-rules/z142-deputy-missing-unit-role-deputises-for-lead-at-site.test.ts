/**
 * deputy-missing (review of session 42), in our own words; every name is invented. A group of family hubs names its
 * lead ("Our Designated Safeguarding Lead is Mrs …"), then "Each hub has a Hub Safeguarding Lead who deputises for the
 * DSL at that site:" over "| Hub | Hub Safeguarding Lead | Phone | Level 3 completed |", the role neither bold nor
 * abbreviated. By the policy's words the column holds the lead's deputies, as "Each club has a **X**, who is the DSL's
 * deputy at that site" (z139) and "Each section has an **X** who deputises for the CSO:" (z141) do: all named, none is
 * missing; a hub whose lead is "TBC" has none (reported at its row). The sentence was read as "the (hub has a hub
 * safeguarding lead who) deputises for", a role no header is. Near misses: "Each hub has a Hub Safeguarding Lead post,
 * currently vacant" names no deputy; a table whose holders are all vacant names none either.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const HEADER = ["Hub", "Hub Safeguarding Lead", "Phone", "Level 3 completed"];

const layouts = (sentence: string, rows: string[][] | undefined): SourceDocument[] => {
  const intro = [
    "Our Designated Safeguarding Lead is Mrs Imelda Farrant-Osei (Hubs Manager), trained 9 May 2025.",
    sentence,
  ];
  const table = rows ? [HEADER, ...rows] : [];
  const documents = [
    markdownDocument(
      [
        "# Larkfield Family Hubs – Safeguarding Policy",
        "",
        "## Designated leads",
        "",
        ...intro.flatMap((l) => [l, ""]),
        ...(rows
          ? [
              `| ${HEADER.join(" | ")} |`,
              `|${HEADER.map(() => "---").join("|")}|`,
              ...rows.map((r) => `| ${r.join(" | ")} |`),
              "",
            ]
          : []),
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
        rows
          ? `<table>${table.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`).join("")}</table>`
          : "",
        "<h2>If you are worried</h2>",
        "<p>Speak to the DSL the same day.</p>",
      ].join("\n"),
    ),
  ];
  return documents;
};

const SENTENCES = [
  "Each hub has a Hub Safeguarding Lead who deputises for the DSL at that site:",
  "Every hub has a Hub Safeguarding Lead, who deputises for the Designated Safeguarding Lead at that site.",
  "Each hub also has its own Hub Safeguarding Lead who stands in for our DSL at that site:",
];
const hubs = (last: string) => [
  ["Mill Lane", "Ms Ottilie Brackenbury", "01632 960201", "11/03/2025"],
  ["Quarry Road", "Mr Desmond Achterberg", "01632 960202", "02/10/2025"],
  ["Sandpit Close", last, "01632 960203", "20/01/2026"],
];

describe("deputy-missing: 'each hub has a X who deputises for the DSL at that site' over a table of X", () => {
  it.each(SENTENCES)("stays quiet when every hub's lead is named: %s", (sentence) => {
    for (const document of layouts(sentence, hubs("Mrs Rosalind Kewley-Adu")))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
  it.each(SENTENCES)("reports the hub whose lead is TBC, at its row: %s", (sentence) => {
    for (const document of layouts(sentence, hubs("TBC"))) {
      const reported = found(run(deputyMissing, document), document);
      expect(reported, document.format).toHaveLength(1);
      expect(reported[0], document.format).toContain("Sandpit Close");
    }
  });
  it("reads the same sentence over a list in a PDF's text", () => {
    const document = pdfDocument(
      [
        "Larkfield Family Hubs – Safeguarding Policy",
        "Our Designated Safeguarding Lead is Mrs Imelda Farrant-Osei (Hubs Manager), trained 9 May 2025.",
        "Each hub has a Hub Safeguarding Lead who deputises for the DSL at that site:",
        "- Mill Lane: Ms Ottilie Brackenbury – 01632 960201",
        "- Quarry Road: Mr Desmond Achterberg – 01632 960202",
        "Speak to the DSL the same day.",
        "",
      ].join("\n"),
    );
    expect(found(run(deputyMissing, document), document)).toEqual([]);
  });
  it("still reports a hub lead's post that is vacant, with no table", () => {
    const sentence = "Each hub has a Hub Safeguarding Lead post, currently vacant, to deputise for the DSL.";
    for (const document of layouts(sentence, undefined))
      expect(run(deputyMissing, document).length, document.format).toBe(1);
  });
  it("still reports a table whose hub leads are all vacant or to be confirmed", () => {
    const rows = [
      ["Mill Lane", "Vacant", "01632 960201", "—"],
      ["Quarry Road", "TBC", "01632 960202", "—"],
      ["Sandpit Close", "Vacant", "01632 960203", "—"],
    ];
    for (const document of layouts(SENTENCES[0], rows))
      expect(run(deputyMissing, document).length, document.format).toBeGreaterThan(0);
  });
});
