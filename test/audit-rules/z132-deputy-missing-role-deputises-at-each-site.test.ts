/**
 * deputy-missing (held-out set zz132), in our own words; every name is invented. A youth sailing trust names its
 * Safeguarding Manager, then says "Each centre has a Designated Safeguarding Officer (DSO). The DSO deputises for the
 * Safeguarding Manager at that centre." over a table "| Centre | DSO | Phone |" with one row's DSO "TBC". By the
 * policy's own words each centre's DSO is the manager's deputy there, so the centre whose DSO is "TBC" is the one
 * without a deputy: the finding stands at that row, not at the sentence (which names the deputies' column, not no
 * one). Near misses: every centre's DSO named — the deputies are named, nothing to report; and the same sentence
 * with no table of DSOs keeps its finding at the sentence, as before.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const intro = [
  "Safeguarding Manager: Mrs Delphine Aske-Morrow, Head of Youth Programmes — 01632 960 610",
  "Each centre has a Designated Safeguarding Officer (DSO) on every session day. The DSO deputises for the Safeguarding Manager at that centre and is the first person instructors go to.",
];

const layouts = (rows: string[][] | undefined): SourceDocument[] => {
  const header = ["Centre", "DSO", "Phone on session days"];
  return [
    markdownDocument(
      [
        "# Saltmarsh Youth Sailing Trust – Safeguarding Policy",
        "",
        "## 2. Who to tell",
        "",
        ...intro.flatMap((l) => [l, ""]),
        ...(rows
          ? [`| ${header.join(" | ")} |`, "|---|---|---|", ...rows.map((r) => `| ${r.join(" | ")} |`), ""]
          : []),
        "## 3. Responding to a concern",
        "",
        "Tell the centre's DSO straight away.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Saltmarsh Youth Sailing Trust – Safeguarding Policy</h1>",
        "<h2>2. Who to tell</h2>",
        ...intro.map((l) => `<p>${l}</p>`),
        rows
          ? `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
              .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
              .join("")}</table>`
          : "",
        "<h2>3. Responding to a concern</h2>",
        "<p>Tell the centre's DSO straight away.</p>",
      ].join("\n"),
    ),
  ];
};

const centres = (last: string) => [
  ["Harbour Road boathouse", "Gideon Trask", "07700 900 611"],
  ["Millpool reservoir", "Anwen Cordell-Price", "07700 900 612"],
  ["Westbank slipway", last, "07700 900 613"],
];

describe("deputy-missing: a role that deputises for the lead at each site, one site's holder 'TBC'", () => {
  it("reports the site whose deputy is TBC, at its row", () => {
    for (const document of layouts(centres("TBC"))) {
      const reported = run(deputyMissing, document);
      expect(found(reported, document), document.format).toHaveLength(1);
      expect(found(reported, document)[0], document.format).toContain("Westbank slipway");
      expect(found(reported, document)[0], document.format).toContain("TBC");
      expect(reported[0].message).toContain('"TBC"');
    }
  });

  it("stays quiet when every site's deputy is named", () => {
    for (const document of layouts(centres("Hetty Blaydon")))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });

  it("keeps the finding at the sentence when no table names the sites' deputies", () => {
    for (const document of layouts(undefined))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([
        "Safeguarding Manager",
      ]);
  });
});
