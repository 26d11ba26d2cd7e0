/**
 * training-missing and training-stale (held-out set zz165), in our own words; every name is invented. As of 1 December
 * 2026. A club's register of its coaches ends in a column saying when each person's safeguarding certificate runs out
 * ("| Name | Squad | Role | DBS renewal | Safeguarding certificate expires |"). Most rows hold a date alone there
 * ("18/04/2028"), but the welfare officer's and the deputy's hold the course they keep instead, its label, a colon and
 * the month it runs out: "Welfare Officer course: 09/2027". Such a cell is a record of that course, held until the end
 * of that month, for the row's person: the officers are trained (no training-missing), and one whose course ran out
 * ("… course: 03/2026") is reported as expired, as a bare date is. The same under "… valid until" and "… expiry date"
 * headers, in Markdown and Word.
 * Stays as it is: a "DBS renewal" column is no training; "n/a" or "—" under the expires header is no record (the
 * lead with it is still reported); a "DBS: 03/2028" cell there is another check's date, not a course, and a booking
 * ("… refresher booked: 03/2027"), a date done ("… course completed: 10/2025") or no date ("CWO course: tbc") is
 * no record either; a "Course: 10/2024" cell under a header saying when the course was completed (not when it
 * expires) is a completion, as before. (A PDF's flattened table is not covered here.)
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { findTrainingLines } from "../../src/audit/text/training.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const LEAD = "Philippa Rosebrook-Hale";
const DEPUTY = "Idris Castellane";

const INTRO = [
  `Our Club Welfare Officer is ${LEAD} (07700 900 341). Her deputy, ${DEPUTY} (07700 900 342), covers away fixtures.`,
  "Every coach holds an in-date safeguarding certificate. The Welfare Officer and deputy also hold the Welfare Officer course, renewed every two years.",
];

const AIMS =
  "Every young player should enjoy the game safely, and adults at the club put their welfare before winning.";

const coaches = [
  ["Dorian Esk-Whitfield", "U9", "Head coach", "07/2027", "18/04/2028"],
  ["Maisie Trelawney", "U11", "Coach", "02/2028", "05/10/2027"],
];

function documents(
  header: string,
  leadCell: string,
  deputyCell: string,
  dbs = "DBS renewal",
): SourceDocument[] {
  const head = ["Name", "Squad", "Role", dbs, header];
  const rows = [
    [LEAD, "All", "Club Welfare Officer", "04/2028", leadCell],
    [DEPUTY, "All", "Deputy Welfare Officer", "11/2028", deputyCell],
    ...coaches,
  ];
  return [
    markdownDocument(
      [
        "# Saltmarsh Lions ARLFC – Safeguarding Policy",
        "",
        INTRO[0],
        "",
        "## 1. What we believe",
        "",
        AIMS,
        "",
        "## 2. Who needs what",
        "",
        INTRO[1],
        "",
        "## 3. Coaches' register",
        "",
        `| ${head.join(" | ")} |`,
        `|${head.map(() => "---").join("|")}|`,
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Saltmarsh Lions ARLFC – Safeguarding Policy</h1>",
        `<p>${INTRO[0]}</p><h2>1. What we believe</h2><p>${AIMS}</p><h2>2. Who needs what</h2><p>${INTRO[1]}</p>`,
        "<h2>3. Coaches' register</h2>",
        `<table><tr>${head.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
      ].join(""),
    ),
  ];
}

const messages = (reported: { message: string }[], who: string) =>
  reported.map((f) => f.message).filter((m) => m.includes(who));

describe("an expiry cell holding a course's label, a colon and its month", () => {
  for (const [header, leadCell, deputyCell] of [
    [
      "Safeguarding certificate expires",
      "Welfare Officer course: 09/2027",
      "Welfare Officer course: 06/2027",
    ],
    ["Safeguarding certificate expires", "CWO course: 09/2027", "CWO course: 01/2027"],
    [
      "Safeguarding training valid until",
      "Club Welfare Officer training: 12/2027",
      "Welfare Officer course: 03/2028",
    ],
    ["Safeguarding course expiry date", "WO course: 30/09/2027", "WO course: 14/02/2027"],
    [
      "Safeguarding certificate expires",
      "Safeguarding and Protecting Children: 05/2028",
      "Welfare Officer refresher: 08/2027",
    ],
  ])
    for (const document of documents(header, leadCell, deputyCell))
      it(`is the row's person's course, in date (${document.format}): ${header} / ${leadCell} / ${deputyCell}`, () => {
        expect(run(missing, document)).toEqual([]);
        expect(messages(run(stale, document), LEAD)).toEqual([]);
        expect(messages(run(stale, document), DEPUTY)).toEqual([]);
      });

  for (const document of documents(
    "Safeguarding certificate expires",
    "CWO course: 10/2027",
    "CWO course: 03/2026",
  ))
    it(`one that ran out is reported as expired, as a bare date is (${document.format})`, () => {
      expect(run(missing, document)).toEqual([]);
      const deputy = messages(run(stale, document), DEPUTY);
      expect(deputy).toHaveLength(1);
      expect(deputy[0]).toMatch(/expired at the end of March 2026/);
      expect(messages(run(stale, document), LEAD)).toEqual([]);
    });

  for (const document of documents(
    "Safeguarding certificate expires",
    "CWO course: 10/2027",
    "CWO course: 02/2027",
  ))
    it(`the coaches' bare dates are read as before (${document.format})`, () => {
      expect(messages(run(stale, document), "Dorian")).toEqual([]);
      expect(messages(run(stale, document), "Maisie")).toEqual([]);
    });
});

describe("stays as it is", () => {
  for (const blank of ["n/a", "—"])
    for (const document of documents("Safeguarding certificate expires", blank, "CWO course: 06/2027"))
      it(`"${blank}" under the expires header is no record: the lead is still reported (${document.format})`, () => {
        const reported = messages(run(missing, document), LEAD);
        expect(reported).toHaveLength(1);
        expect(messages(run(missing, document), DEPUTY)).toEqual([]);
      });

  for (const [what, cell] of [
    ["a DBS date under the expires header is another check's, not a course", "DBS: 03/2028"],
    ["a course's booking under the expires header is not a course held", "CWO refresher booked: 03/2027"],
    ["a label saying when a course was done is not its expiry", "CWO course completed: 10/2025"],
    ["a label with no date after its colon is no record", "CWO course: tbc"],
  ])
    for (const document of documents("Safeguarding certificate expires", cell, "CWO course: 06/2027"))
      it(`${what} (${document.format}): ${cell}`, () => {
        expect(messages(run(missing, document), LEAD)).toHaveLength(1);
      });

  for (const document of documents(
    "Safeguarding certificate expires",
    "—",
    "CWO course: 06/2027",
    "DBS expires",
  ))
    it(`a DBS column's date is no training (${document.format})`, () => {
      expect(messages(run(missing, document), LEAD)).toHaveLength(1);
    });

  for (const document of documents(
    "Safeguarding course completed",
    "CWO course: 10/2024",
    "CWO course: 06/2025",
  ))
    it(`a course's label and month under a "completed" header is when it was done (${document.format})`, () => {
      expect(run(missing, document)).toEqual([]);
      const officers = run(stale, document).filter((f) => /Rosebrook|Castellane/.test(f.message));
      expect(officers.filter((f) => /expired/.test(f.message))).toEqual([]);
      const lead = findTrainingLines(document.text).filter((t) => t.leadName === LEAD);
      expect(lead.map((t) => [t.date?.text, t.expires?.text])).toEqual([["10/2024", undefined]]);
    });
});
