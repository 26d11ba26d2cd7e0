/**
 * training-stale (session 50, held-out zz167), in our own words; every name is invented. As of 1 December 2026.
 * A club lists each coach's governing-body certificate by the date it runs out, the word shortened and the year
 * written with two digits, under a column headed only "Certificate":
 *   "| Name | Role | NGB course | Certificate |" over "| Ms Halina Breck | Head coach | Safeguarding and Protecting
 *   Children | exp. 08/26 |".
 * "exp." (also "exp", "Exp:", "expires") before the date makes it the certificate's expiry, held to the month's end;
 * "08/26" is August 2026. Halina's certificate ran out at the end of August 2026: out of date by the policy's own
 * words. The same in a Word table, and on a list line ending "… – exp. 08/26".
 * Stays as it is: certificates still in date ("exp. 03/27", "exp 11/2027") say nothing; "08/26" alone under a
 * "Certificate" header is not an expiry (a month the course was done, still in date); a DBS check's expiry ("DBS
 * exp. 08/26") is no training; "exp" inside a word ("expected 08/26", "experience") is nothing.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Safeguarding Policy — Ashcombe Judo Club";
const LEADS = [
  "Our Club Welfare Officer is Mr Tobias Renwick-Hale (07700 900 514).",
  "Our Deputy Welfare Officer is Mrs Ines Carvell (07700 900 515).",
];
const HEADER = ["Name", "Role", "NGB course", "Certificate"];
const IN_DATE = [
  ["Mr Tobias Renwick-Hale", "Club Welfare Officer", "Welfare Officer course", "exp. 03/27"],
  ["Mrs Ines Carvell", "Deputy Welfare Officer", "Welfare Officer course", "exp 11/2027"],
];

const tableDocuments = (rows: string[][]): SourceDocument[] => {
  const all = [...IN_DATE, ...rows];
  return [
    markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## 1. Who to contact",
        "",
        ...LEADS.flatMap((l) => [l, ""]),
        "## 6. Training",
        "",
        "Certificates run for three years and are shown by the date printed on each licence card.",
        "",
        `| ${HEADER.join(" | ")} |`,
        `|${HEADER.map(() => "---").join("|")}|`,
        ...all.map((r) => `| ${r.join(" | ")} |`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${TITLE}</h1>`,
        "<h2>1. Who to contact</h2>",
        ...LEADS.map((l) => `<p>${l}</p>`),
        "<h2>6. Training</h2>",
        "<p>Certificates run for three years and are shown by the date printed on each licence card.</p>",
        `<table><tr>${HEADER.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${all
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
      ].join(""),
    ),
  ];
};

const listDocument = (line: string): SourceDocument =>
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## 1. Who to contact",
      "",
      ...LEADS.flatMap((l) => [l, ""]),
      "## 6. Training",
      "",
      "- Mr Tobias Renwick-Hale, Club Welfare Officer – Welfare Officer course – exp. 03/27",
      `- ${line}`,
      "",
    ].join("\n"),
  );

const breck = (cell: string) => [
  ["Ms Halina Breck", "Head coach", "Safeguarding and Protecting Children", cell],
];

describe("an expiry written 'exp. MM/YY' in a certificate cell", () => {
  for (const cell of ["exp. 08/26", "Exp. 08/26", "exp 08/2026", "expires 08/26", "Exp: Aug 2026"])
    it(`is the certificate's expiry, passed: "${cell}"`, () => {
      for (const document of tableDocuments(breck(cell))) {
        const reported = run(stale, document);
        expect(found(reported, document), document.format).toEqual([
          expect.stringContaining("Ms Halina Breck"),
        ]);
        expect(reported[0].message, document.format).toMatch(/expired at the end of August 2026/);
      }
    });

  for (const line of [
    "Ms Halina Breck, Head coach – Safeguarding and Protecting Children – exp. 08/26",
    "Ms Halina Breck, Head coach – Safeguarding and Protecting Children certificate, exp. 08/26",
  ])
    it(`on a list line: "${line}"`, () => {
      const document = listDocument(line);
      const reported = run(stale, document);
      expect(found(reported, document)).toEqual([expect.stringContaining("Ms Halina Breck")]);
      expect(reported[0].message).toMatch(/expired at the end of August 2026/);
    });
});

describe("stays as it is", () => {
  it("certificates still in date say nothing", () => {
    for (const document of tableDocuments(breck("exp. 06/28")))
      expect(run(stale, document), document.format).toEqual([]);
  });

  for (const [what, cell] of [
    ["a month alone under a 'Certificate' header (not an expiry)", "08/26"],
    ["a word that only starts with 'exp'", "expected 08/26"],
  ])
    it(`${what}: "${cell}" is no lapsed certificate`, () => {
      for (const document of tableDocuments(breck(cell)))
        expect(run(stale, document), document.format).toEqual([]);
    });

  it("a DBS check's expiry is no training", () => {
    for (const document of tableDocuments([
      [
        "Ms Halina Breck",
        "Head coach",
        "Safeguarding and Protecting Children (completed 05/26)",
        "DBS exp. 08/26",
      ],
    ]))
      expect(run(stale, document), document.format).toEqual([]);
    for (const line of [
      "Ms Halina Breck, Head coach – DBS exp. 08/26",
      "Ms Halina Breck, Head coach, has ten years' coaching experience 08/26",
    ])
      expect(run(stale, listDocument(line)), line).toEqual([]);
  });
});
