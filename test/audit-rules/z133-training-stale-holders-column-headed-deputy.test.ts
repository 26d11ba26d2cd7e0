/**
 * training-stale and training-missing (held-out set zz133), in our own words; every name is invented. A council's
 * service lists its hubs in "| Hub | Hub Safeguarding Lead (deputy) | Phone | Designated lead training |", the course
 * column holding dates alone ("07/2024"). The bracket after the role says which of the lead's posts the column's
 * holders hold; the column is still the holders' (role-holder-column.ts), each row's date the course its header names.
 * A holder whose name the tagger does not know ("Aoibhe Varkonyi") is read as one when two others in the column are
 * people's names. Near misses: a front document-control table ("Document owner | Youth Safeguarding Lead",
 * "Approved | Cabinet Member decision, …", "Review | Annually, by the Youth Safeguarding Lead …") names nobody, so
 * no one there is reported without training; a column of hubs' rooms beside it ("Drop-in Room") is no holder.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const HEADER = ["Hub", "Hub Safeguarding Lead (deputy)", "Phone", "Designated lead training"];
const ROWS = [
  ["Northgate Hub", "David Okoro", "01632 960 511", "14/03/2025"],
  ["Riverside Hub", "Aoibhe Varkonyi", "01632 960 512", "07/2024"],
  ["Eastfield Hub", "Sarah Penhale", "01632 960 513", "29/01/2026"],
];
const INTRO =
  "Each hub has a **Hub Safeguarding Lead**, who deputises for the Youth Safeguarding Lead at that hub:";
const LEAD = "The **Youth Safeguarding Lead** is Ms Harriet Quaye-Mendel, Service Manager.";
const LEAD_TRAINING = "The Youth Safeguarding Lead completed the designated lead course on 19/11/2025.";

const layouts = (header: string[], rows: string[][]): SourceDocument[] => [
  markdownDocument(
    [
      "# Youth Service Safeguarding Procedure",
      "",
      "| | |",
      "|---|---|",
      "| Document owner | Youth Safeguarding Lead |",
      "| Approved | Cabinet Member decision, 12/05/2025 |",
      "| Review | Annually, by the Youth Safeguarding Lead, with changes approved by the Cabinet Member |",
      "",
      "## 1. Who is responsible",
      "",
      LEAD,
      "",
      INTRO,
      "",
      `| ${header.join(" | ")} |`,
      `|${header.map(() => "---").join("|")}|`,
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
      LEAD_TRAINING,
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Youth Service Safeguarding Procedure</h1>",
      "<h2>1. Who is responsible</h2>",
      `<p>${LEAD.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`,
      `<p>${INTRO.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`,
      `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
        .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
        .join("")}</table>`,
      `<p>${LEAD_TRAINING}</p>`,
    ].join("\n"),
  ),
];

/** A PDF's text of the front table, its cells run into lines, then the same policy. */
const PDF_FRONT = [
  "Youth Service Safeguarding",
  "Procedure",
  "Document owner Youth Safeguarding Lead",
  "Approved Cabinet Member decision, 12/05/2025",
  "Review Annually, by the Youth Safeguarding",
  "Lead, with changes approved by the Cabinet",
  "Member",
  "Version 2.1",
  "1. Who is responsible",
  LEAD.replace(/\*\*/g, ""),
  INTRO.replace(/\*\*/g, ""),
  HEADER.join(" "),
  ...ROWS.map((r) => r.join(" ")),
  LEAD_TRAINING,
].join("\n");

describe("training-stale: a holders' column headed 'Hub Safeguarding Lead (deputy)' beside a column of dates", () => {
  it("reports the holder whose designated lead training has lapsed", () => {
    for (const document of layouts(HEADER, ROWS)) {
      const reports = run(trainingStale, document);
      expect(reports.map((r) => r.message).join("\n"), document.format).toContain("Aoibhe Varkonyi");
      expect(found(reports, document).join(" "), document.format).toContain("07/2024");
      expect(reports, document.format).toHaveLength(1);
    }
  });
  it("takes no person's name from a vacancy's words ('Post Advertised', review 49)", () => {
    const rows = [...ROWS, ["Hillfoot Hub", "Post Advertised", "01632 960 514", "03/2021"]];
    for (const document of layouts(HEADER, rows)) {
      const messages = [...run(trainingStale, document), ...run(trainingMissing, document)].map(
        (r) => r.message,
      );
      expect(messages.join("\n"), document.format).toContain("Aoibhe Varkonyi");
      expect(messages.join("\n"), document.format).not.toContain("Post Advertised");
    }
  });
  it("reads no holders from a column of rooms", () => {
    const header = ["Hub", "Hub Safeguarding Lead (deputy)", "Phone", "Designated lead training"];
    const rows = ROWS.map((r) => [r[0], "Drop-in Room", r[2], r[3]]);
    for (const document of layouts(header, rows))
      expect(run(trainingStale, document), document.format).toEqual([]);
  });
  it("reads no one from a PDF's front table as a lead without training", () => {
    const document = pdfDocument(PDF_FRONT);
    const messages = run(trainingMissing, document).map((r) => r.message);
    expect(messages.join("\n")).not.toMatch(/Approved|Review Annually|Cabinet/);
    for (const layout of layouts(HEADER, ROWS))
      expect(
        run(trainingMissing, layout).map((r) => r.message),
        layout.format,
      ).toEqual([]);
  });
  it("names no one from a front table's 'Approved' and 'Review' lines run under the owner's role", () => {
    const text = [
      "Document owner Youth Safeguarding Lead",
      "Approved Cabinet Member decision, 12/05/2025",
      "Review Annually, by the Youth Safeguarding",
      "Lead, with any changes approved by the",
      "Cabinet Member",
      "Version 2.1",
    ].join("\n");
    expect(findLeadMentions(text).flatMap((m) => m.names ?? [])).toEqual([]);
  });
});
