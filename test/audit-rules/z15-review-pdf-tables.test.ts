/**
 * A version history in a PDF whose review column is not its last ("Version | Review due | Date issued | …",
 * "Version | Date | Next review | Approved by | …"), its cells broken over short lines in the PDF's text (issue 11,
 * the sixteenth held-out set, in our own words; every name is invented; as of 1 December 2026). The first date
 * after the heading in the text is another column's, or the first version's: the review is read from the table
 * the PDF reader found (rows × cells), as a Markdown or Word table is — the current version's row (its latest
 * other date), wherever it stands — never the first row's passed date.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { reviewDocumentFindings } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

const findings = (document: SourceDocument) => reviewDocumentFindings(document, asOf);

describe("a PDF's version history whose second column is the review", () => {
  const text = (last: string[]) =>
    [
      "Brackenford Borough Council · Holiday Clubs Service",
      "Brackenford Holiday Clubs: Safeguarding",
      "Procedure for Club Leaders",
      "Version Review due Date issued Changes Author",
      "1.0 w/c 3 July",
      "2023",
      "27/06/2022 First issue for",
      "the summer",
      "clubs",
      "Clubs Team",
      "2.0 w/c 15 January",
      "2024",
      "10/01/2023 New sign-in",
      "sheets",
      "Clubs Team",
      ...last,
      "This procedure applies to every holiday club the Council runs.",
    ].join("\n");

  it("reads the current version's row, not the first date after the heading", () => {
    const soon = text(["2.1 w/c 18 January", "2027", "14/01/2026 New club at", "Elmside", "R. Okafor-Lind"]);
    const document = pdfDocument(soon, [
      ["Version", "Review due", "Date issued", "Changes", "Author"],
      ["1.0", "w/c 3 July 2023", "27/06/2022", "First issue for the summer clubs", "Clubs Team"],
      ["2.0", "w/c 15 January 2024", "10/01/2023", "New sign-in sheets", "Clubs Team"],
      ["2.1", "w/c 18 January 2027", "14/01/2026", "New club at Elmside", "R. Okafor-Lind"],
    ]);
    expect(findings(document)).toEqual([["review-due-soon", expect.stringMatching(/18 January 2027/)]]);
  });

  it("still reports the current row's review when it has passed", () => {
    const passed = text(["2.1 w/c 6 October", "2025", "29/09/2024 New club at", "Elmside", "R. Okafor-Lind"]);
    const document = pdfDocument(passed, [
      ["Version", "Review due", "Date issued", "Changes", "Author"],
      ["1.0", "w/c 3 July 2023", "27/06/2022", "First issue for the summer clubs", "Clubs Team"],
      ["2.0", "w/c 15 January 2024", "10/01/2023", "New sign-in sheets", "Clubs Team"],
      ["2.1", "w/c 6 October 2025", "29/09/2024", "New club at Elmside", "R. Okafor-Lind"],
    ]);
    expect(findings(document)).toEqual([["review-overdue", expect.stringMatching(/6 October 2025/)]]);
  });
});

describe("a PDF's version history whose review is a middle column of month-only dates", () => {
  const header = ["Version", "Date", "Next review", "Approved by", "Summary of changes"];
  const text = (rows: string[]) =>
    [
      "Appendix 4 – Version history",
      "Version Date Next review Approved by Summary of",
      "changes",
      ...rows,
      "Larkfield Hospital · Play Service",
    ].join("\n");

  it("reads the latest version's next review, newest row last or first", () => {
    const oldestFirst = pdfDocument(
      text([
        "1.0 02/2020 02/2022 Clinical",
        "Board",
        "First SOP",
        "2.0 05/2024 05/2026 Clinical",
        "Board",
        "New ward",
        "added",
      ]),
      [
        header,
        ["1.0", "02/2020", "02/2022", "Clinical Board", "First SOP"],
        ["2.0", "05/2024", "05/2026", "Clinical Board", "New ward added"],
      ],
    );
    expect(findings(oldestFirst)).toEqual([["review-overdue", expect.stringMatching(/May 2026/)]]);
    const newestFirst = pdfDocument(
      text([
        "3.0 11/2025 12/2026 Clinical",
        "Board",
        "Tablets",
        "2.0 05/2024 05/2026 Clinical",
        "Board",
        "New ward",
      ]),
      [
        header,
        ["3.0", "11/2025", "12/2026", "Clinical Board", "Tablets"],
        ["2.0", "05/2024", "05/2026", "Clinical Board", "New ward"],
      ],
    );
    expect(findings(newestFirst)).toEqual([["review-due-soon", expect.stringMatching(/December 2026/)]]);
  });

  it("says nothing when the current version's review is far off", () => {
    const later = pdfDocument(
      text([
        "1.0 02/2020 02/2022 Clinical",
        "Board",
        "First SOP",
        "2.0 09/2025 09/2027 Clinical",
        "Board",
        "Tablets",
      ]),
      [
        header,
        ["1.0", "02/2020", "02/2022", "Clinical Board", "First SOP"],
        ["2.0", "09/2025", "09/2027", "Clinical Board", "Tablets"],
      ],
    );
    expect(findings(later)).toEqual([]);
  });

  it("leaves a review stated outside the PDF's tables to the text", () => {
    const stated = [
      "Next review: 20 January 2027",
      "Version Date Approved by Summary of",
      "changes",
      "1.0 02/2020 Clinical",
      "Board",
      "First SOP",
    ].join("\n");
    const document = pdfDocument(stated, [
      ["Version", "Date", "Approved by", "Summary of changes"],
      ["1.0", "02/2020", "Clinical Board", "First SOP"],
    ]);
    expect(findings(document)).toEqual([["review-due-soon", expect.stringMatching(/20 January 2027/)]]);
  });
});

describe("a PDF's version history whose current review is left open", () => {
  it("counts the interval from the current version's approval in the table", () => {
    const text = [
      "This policy is reviewed every year by the board.",
      "Version Date approved Next review Changes",
      "1.0 10/01/2024 10/01/2025 First",
      "version",
      "2.0 15/01/2026 TBC New contacts",
      "page",
      "Ashgrove Youth Trust · Safeguarding",
    ].join("\n");
    const document = pdfDocument(text, [
      ["Version", "Date approved", "Next review", "Changes"],
      ["1.0", "10/01/2024", "10/01/2025", "First version"],
      ["2.0", "15/01/2026", "TBC", "New contacts page"],
    ]);
    expect(findings(document)).toEqual([["review-due-soon", expect.stringMatching(/15 January 2027/)]]);
  });
});
