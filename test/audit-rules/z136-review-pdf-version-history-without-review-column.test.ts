/**
 * review-date-missing (held-out set zz136), in our own words; every name is invented. A PDF whose only review words
 * are "This policy is reviewed every year by the board" and whose version history has no review column ("Version |
 * Date | What changed | Approved by"), its rows broken over short lines in the PDF's text. The table the PDF reader
 * found is read as a Markdown or Word copy's same table is: the latest version's date is the policy's approval, so the
 * review falls due a year on — no "gives no date it was approved". A table of another kind ("Session | Date | Venue")
 * leaves the yearly review undated, as before.
 */
import { describe, expect, it } from "vitest";
import { reviewDocumentFindings } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

const text = (header: string, last: string) =>
  [
    "Quillon Learning Ltd · Child Safeguarding Policy",
    "This policy is reviewed every year by the board.",
    "8. Version history",
    header,
    "1.0 06/05/2024 First version Board",
    "1.1 11/11/2024 Added chat",
    "moderation",
    "Board",
    `1.2 ${last} New Deputy DSL;`,
    "concern form",
    "Board",
    "Quillon Learning Ltd · Child Safeguarding Policy",
  ].join("\n");

const rows = (header: string[], last: string) => [
  header,
  ["1.0", "06/05/2024", "First version", "Board"],
  ["1.1", "11/11/2024", "Added chat moderation", "Board"],
  ["1.2", last, "New Deputy DSL; concern form", "Board"],
];

describe("a PDF's version history with no review column", () => {
  const header = ["Version", "Date", "What changed", "Approved by"];
  it("reads the latest version's date as the approval: the yearly review is due a year on", () => {
    const document = pdfDocument(
      text("Version Date What changed Approved by", "20/09/2026"),
      rows(header, "20/09/2026"),
    );
    expect(reviewDocumentFindings(document, asOf)).toEqual([]);
  });
  it("reports the review overdue when the latest version is over a year old", () => {
    const document = pdfDocument(
      text("Version Date What changed Approved by", "14/10/2025"),
      rows(header, "14/10/2025"),
    );
    expect(reviewDocumentFindings(document, asOf)).toEqual([
      ["review-overdue", expect.stringMatching(/14 October 2026/)],
    ]);
  });
  it("leaves a table of another kind alone (near miss)", () => {
    const other = ["Session", "Date", "What changed", "Approved by"];
    const document = pdfDocument(
      text("Session Date What changed Approved by", "20/09/2026").replace(/^1\.(\d) /gm, "S$1 "),
      rows(other, "20/09/2026").map((r, i) => (i === 0 ? r : [`S${r[0].slice(2)}`, ...r.slice(1)])),
    );
    expect(reviewDocumentFindings(document, asOf).map((f) => f[0])).toEqual(["review-date-missing"]);
  });
});
