/**
 * lead-missing (held-out set zz147), in our own words; every name is invented. A group of schools lists each school
 * with its designated safeguarding lead and deputies in a table ("| School | Designated Safeguarding Lead | Deputy
 * DSL(s) | DSL training |"). A school whose lead cell is "TBC", "Vacant", "To be appointed" or left empty has no named
 * lead, though every other row names one — reported at that row, as a site's deputy cell written "TBC" is a site
 * without a deputy (deputy-missing). The group's own lead named above the table does not fill the school's cell.
 * Near misses stay quiet: every school's lead named; "TBC" in the training column or the phone column; a column of
 * each venue's own officer ("Venue Safeguarding Lead"), whom policies make the lead's deputies, not the lead.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { found, run } from "../fixtures/structure/documents.js";
import {
  type SiteTablePolicy,
  siteTableMarkdown,
  siteTablePdf,
  siteTableWord,
} from "../fixtures/structure/site-table.js";

const policy = (header: string[]): SiteTablePolicy => ({
  intro: [
    "Larkspur Schools Partnership – Safeguarding Policy",
    "",
    "The partnership's Designated Safeguarding Lead, Ms Ottoline Farquharson-Bey, supports every school.",
    "",
    "Each school adds an annex with its own contacts.",
    "",
  ],
  heading: "2. Schools and their safeguarding leads",
  header,
});

const HEADER = ["School", "Designated Safeguarding Lead", "Deputy DSL(s)", "DSL training"];

const rows = (leadCell: string, training = "–"): string[][] => [
  ["Larkspur Infant School", "Demelza Quartermaine, Head of School", "Ivo Stanbridge", "05/2026"],
  ["Copperdale Junior School", "Barnaby Oyelaran-Price, Deputy Head", "Fenella Ruck; Ossian Tapp", "09/2025"],
  ["Mistlebrook Primary", leadCell, "Perpetua Wolstenholme, SENCO", training],
];

const layouts = (header: string[], table: string[][]): SourceDocument[] => [
  siteTableMarkdown(policy(header), table),
  siteTableWord(policy(header), table),
  siteTablePdf(policy(header), table),
];

describe("lead-missing: a site table whose lead cell for one site names no one", () => {
  it.each(["TBC", "Vacant", "To be appointed", "Vacant (post advertised)", ""])(
    'reports the school whose lead cell is "%s", at its row',
    (cell) => {
      for (const document of layouts(HEADER, rows(cell))) {
        const reported = found(run(leadMissing, document), document);
        expect(reported, `${document.format} ${cell}`).toHaveLength(1);
        expect(reported[0], document.format).toContain("Mistlebrook");
      }
    },
  );

  it("stays quiet when every school's lead is named", () => {
    for (const document of layouts(HEADER, rows("Tamsin Ekwueme, Headteacher", "11/2025")))
      expect(found(run(leadMissing, document), document), document.format).toEqual([]);
  });

  it('stays quiet when "TBC" stands in the training column, not the lead\'s', () => {
    for (const document of layouts(HEADER, rows("Tamsin Ekwueme, Headteacher", "TBC")))
      expect(found(run(leadMissing, document), document), document.format).toEqual([]);
  });

  it("stays quiet when the column is each site's own officer, not the designated lead", () => {
    const header = ["Venue", "Venue Safeguarding Lead", "Phone"];
    const table = [
      ["Larkspur Leisure Centre", "Demelza Quartermaine", "01632 960 101"],
      ["Copperdale Sports Hall", "Barnaby Oyelaran-Price", "01632 960 102"],
      ["Mistlebrook Pavilion", "TBC", "01632 960 103"],
    ];
    for (const document of layouts(header, table))
      expect(found(run(leadMissing, document), document), document.format).toEqual([]);
  });

  it('stays quiet when "TBC" stands in a phone column', () => {
    const header = ["School", "Designated Safeguarding Lead", "Phone"];
    const table = [
      ["Larkspur Infant School", "Demelza Quartermaine", "01632 960 101"],
      ["Copperdale Junior School", "Barnaby Oyelaran-Price", "01632 960 102"],
      ["Mistlebrook Primary", "Tamsin Ekwueme", "TBC"],
    ];
    for (const document of layouts(header, table))
      expect(found(run(leadMissing, document), document), document.format).toEqual([]);
  });
});
