/**
 * deputy-missing (review of the thirty-seventh session), in our own words; every name is invented. A table whose first
 * column names the organisation's services, sections, phases or projects ("| Service | Designated Safeguarding Lead |
 * Phone |") gives each row's lead for that part alone, as a column of sites or schools does: one lead per service is
 * no team sharing the role, and with no deputy named anywhere the deputy is still missing. Quiet, as before: leads
 * who share the role under a bare role column ("| DSO | Job title | Phone |"), and a services table with a deputy
 * column.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const rows = [
  ["Youth project", "Nadia Cortland", "01632 960 441"],
  ["Family support", "Rufus Penhallow", "01632 960 442"],
  ["Holiday club", "Ines Vantongeren", "01632 960 443"],
];

const markdownTable = (header: string[], body: string[][]) =>
  markdownDocument(
    [
      "# Oakhaven Family Services – Safeguarding Policy",
      "",
      "## Who to contact",
      "",
      "Each part of our work has its own safeguarding lead:",
      "",
      `| ${header.join(" | ")} |`,
      `|${header.map(() => "---").join("|")}|`,
      ...body.map((r) => `| ${r.join(" | ")} |`),
      "",
      "If a child is in immediate danger call the police on 999.",
      "",
    ].join("\n"),
  );

const wordTable = (header: string[], body: string[][]) =>
  wordDocument(
    [
      "<h1>Oakhaven Family Services – Safeguarding Policy</h1>",
      "<h2>Who to contact</h2>",
      "<p>Each part of our work has its own safeguarding lead:</p>",
      `<table><tr>${header.map((c) => `<td><p><strong>${c}</strong></p></td>`).join("")}</tr>`,
      ...body.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`),
      "</table>",
    ].join("\n"),
  );

describe("deputy-missing: one lead per service, section, phase or project is no shared role", () => {
  it("reports the missing deputy under a first column of services, sections, phases or projects", () => {
    for (const scope of ["Service", "Services", "Section", "Phase", "Project", "Programme"]) {
      const header = [scope, "Designated Safeguarding Lead", "Phone"];
      expect(run(deputyMissing, markdownTable(header, rows)), `md: ${scope}`).toHaveLength(1);
      expect(run(deputyMissing, wordTable(header, rows)), `docx: ${scope}`).toHaveLength(1);
    }
  });

  it("stays quiet for leads who share the role, and for a services table with a deputy column", () => {
    const shared = rows.map(([, name, phone], i) => [name, ["Chair", "Treasurer", "Secretary"][i], phone]);
    expect(run(deputyMissing, markdownTable(["DSO", "Job title", "Phone"], shared))).toEqual([]);
    const withDeputy = rows.map((r, i) => [...r.slice(0, 2), ["Ola Brenn", "Sam Tiller", "Kit Marwood"][i]]);
    expect(
      run(deputyMissing, markdownTable(["Service", "Designated Safeguarding Lead", "Deputy"], withDeputy)),
    ).toEqual([]);
  });
});
