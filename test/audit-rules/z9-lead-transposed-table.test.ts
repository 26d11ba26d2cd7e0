/**
 * A group of nurseries names its leads in a transposed table: the roles are the column headings, one per site
 * ("Site DSL – Riverside"), and the people in the row below. A PDF's text runs the headings and the row into one
 * line, so the headings' places ("– Riverside") stand between the roles and before the first person: the people
 * after them are the first row's, one per role, in order — never "Riverside Site" or "Millbrook Hana …". A role and
 * its name in one cell, split by a line break, read the same. From the ninth held-out set (issue 11), in our own
 * words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function pdfPolicy(headings: string, row: string, cells: string[]): string {
  return [
    "Puffin Lane Nurseries – Safeguarding Policy",
    "1. Who leads on safeguarding",
    // What a PDF's text gives for a transposed table: headings, then the first row, as one paragraph.
    `The leads for all our sites are: ${headings} ${row} 01632 960 611 01632 960 612 01632 960 613 01632 960 614`,
    "Each site names its lead for the day on the board by the door:",
    ...cells,
    "2. Training",
    "Name Course Completed",
    "Rosalind Achebe Level 3 Designated Safeguarding Lead 2 April 2026",
    "Corin Vasquez Level 3 Designated Safeguarding Lead 17 June 2026",
    "Delphine Okoro Level 3 Designated Safeguarding Lead 9 January 2026",
    "Ruairi Castellano Level 3 Designated Safeguarding Lead 30 September 2025",
    "Practitioners repeat Level 2 every three years.",
  ].join("\n");
}

const ROW =
  "Rosalind Achebe (Operations Manager) Corin Vasquez (Deputy Manager) Delphine Okoro (Room Leader) Ruairi Castellano (Harbour Manager)";

describe("leads in a transposed table, as a PDF's text gives it", () => {
  it("places after the column headings: each role gets its person from the row below", () => {
    const text = pdfPolicy(
      "Designated Safeguarding Lead Deputy DSL Site DSL – Quayside Site DSL – Harbour",
      ROW,
      [
        "Site Who to go to first Phone",
        "Quayside Site DSL Delphine Okoro 01632 960 613",
        "Harbour Site DSL Ruairi Castellano 01632 960 614",
      ],
    );
    const leads = analyse(toDocument(text, "pdf")).leads;
    const names = leads.filter((m) => m.name).map((m) => `${m.role} ${m.label}: ${m.name}`);
    expect(names.slice(0, 4)).toEqual([
      "dsl Designated Safeguarding Lead: Rosalind Achebe",
      "deputy Deputy DSL: Corin Vasquez",
      "dsl DSL: Delphine Okoro",
      "dsl DSL: Ruairi Castellano",
    ]);
    for (const name of leads.flatMap((m) => m.names ?? []))
      expect(["Rosalind Achebe", "Corin Vasquez", "Delphine Okoro", "Ruairi Castellano"]).toContain(name);
    expect(checkText(leadMissing, text, { asOf, format: "pdf" })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf, format: "pdf" })).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf, format: "pdf" })).toEqual([]);
  });

  it("headings without places read as before", () => {
    const text = pdfPolicy("Designated Safeguarding Lead Deputy DSL", ROW, []);
    const named = analyse(toDocument(text, "pdf")).leads.filter((m) => m.name);
    expect(named.map((m) => `${m.role}: ${m.name}`)).toEqual([
      "dsl: Rosalind Achebe",
      "deputy: Corin Vasquez",
    ]);
  });

  it("a site's name alone after its role is no person: 'Site DSL – Quayside Site' names nobody", () => {
    const text = [
      "Puffin Lane Nurseries – Safeguarding Policy",
      "Designated Safeguarding Lead: Rosalind Achebe (Operations Manager)",
      "Deputy DSL: Corin Vasquez (Deputy Manager)",
      "Ask at reception for the Site DSL – Quayside Site, or phone 01632 960 613.",
    ].join("\n");
    const names = analyse(toDocument(text, "pdf")).leads.flatMap((m) => m.names ?? []);
    expect(names).toEqual(["Rosalind Achebe", "Corin Vasquez"]);
  });
});
