/**
 * Three review shapes from the ninety-seventh held-out set (issue 11), in our own words; every name is invented.
 * As of 1 December 2026.
 * - The document calls itself by its title's own noun: "These Safety Rules were adopted at the AGM on …" under a
 *   title "Safeguarding Safety Rules", with "reviewed every two years" — the due date is worked out from it.
 * - A bilingual label whose translation is in a language we hold no words for ("Zatwierdzono / Approved: …",
 *   "Ostatnia aktualizacja / Last reviewed: …"): an approval or last review is never a form's signature, whatever
 *   stands before the slash; "Signed" and "Agreed" after a role still are.
 * - A row headed "Review" whose cell says "Last reviewed … on 2 March 2026": that is the last review, not a due date.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings, reviewPolicy } from "../helpers/review-findings.js";

const asOf = "2026-12-01";
const findings = (text: string, format: "md" | "pdf" = "md") => reviewFindings(text, { asOf, format });

const doc = (title: string, ...body: string[]) => reviewPolicy("Ruth Amble", title, ...body);

describe("the document named by its title's own noun", () => {
  it("dates the review from 'These Safety Rules were adopted … on …'", () => {
    const text = doc(
      "Marsh End Canoe Club – Safeguarding Safety Rules",
      "These Safety Rules were adopted at the Annual General Meeting on 14 October 2024 and are reviewed every two years from adoption.",
    );
    expect(findings(text)).toEqual([["review-overdue", expect.stringMatching(/adopted 14 October 2024/)]]);
  });

  it("does not take another set of rules' adoption", () => {
    const text = doc(
      "Marsh End Canoe Club – Safeguarding Safety Rules",
      "The county's water safety rules were adopted by the council on 14 October 2024. This document is reviewed every two years.",
    );
    expect(findings(text)).toEqual([["review-date-missing", expect.stringContaining('"every two years"')]]);
  });
});

describe("near misses: a title's last word that is no name for the document", () => {
  for (const [title, sentence] of [
    [
      "Marsh End Canoe Club – Safeguarding Procedures for Volunteers",
      "These volunteers were approved by the committee on 4 June 2021.",
    ],
    [
      "Marsh End Canoe Club – Safeguarding and Welfare Requirements",
      "These requirements were last updated by the DfE in September 2021.",
    ],
  ])
    it(title, () => {
      expect(findings(doc(title, sentence, "This policy is reviewed every year."))).toEqual([
        ["review-date-missing", expect.stringContaining('"every year"')],
      ]);
    });
});

describe("a label after a translation in a language we hold no words for", () => {
  for (const [label, words] of [
    ["Zatwierdzono / Approved: Zarząd Szkoły (School Board), 10.12.2025 r.", /approved 10 December 2025/],
    ["Ostatnia aktualizacja / Last reviewed: 10.12.2025 r.", /last reviewed 10 December 2025/],
  ] as const)
    it(`dates the review from it (${label})`, () => {
      for (const format of ["md", "pdf"] as const)
        expect(
          findings(
            doc(
              "Polityka ochrony dzieci / Child Protection Policy",
              label,
              "This policy is reviewed every year.",
            ),
            format,
          ),
        ).toEqual([["review-due-soon", expect.stringMatching(words)]]);
    });

  it("near miss: in a policy in English alone (a title with a slash too), the words before the slash are another thing's name", () => {
    for (const line of [
      "Risk assessment for trips / Approved: 3 March 2019",
      "Photo consent form / Last reviewed: 3 March 2019",
    ])
      for (const title of [
        "Marsh End Canoe Club – Safeguarding Policy",
        "Safeguarding / Child Protection Policy",
      ])
        expect(
          findings(doc(title, "This policy is reviewed every year.", line)),
          `${title}: ${line}`,
        ).toEqual([["review-date-missing", expect.stringContaining('"every year"')]]);
  });

  it("still reads a role before 'Signed' as a form's signature", () => {
    expect(
      findings(
        doc(
          "Polska Szkoła – Child Protection Policy",
          "This policy is reviewed every year.",
          "Rodzic / Signed: Ewa Lis, 10.12.2025",
        ),
      ),
    ).toEqual([["review-date-missing", expect.stringContaining('"every year"')]]);
  });
});

describe("a row headed Review holding the last review", () => {
  it("is not a due date", () => {
    const text = doc(
      "Conjurors' Club – Safeguarding Policy at a Glance",
      "| Topic | What we do |\n| --- | --- |\n| Who leads | Our Safeguarding Officer is Ruth Amble. |\n| Review | Last reviewed by the committee on 4 March 2026. We review it every year. |",
    );
    expect(findings(text)).toEqual([]);
  });

  it("still reads a due date after 'to be approved … by'", () => {
    const text = doc(
      "Conjurors' Club – Safeguarding Policy at a Glance",
      "| Topic | What we do |\n| --- | --- |\n| Review | Annually, to be approved by the trustees by 1 March 2025 |",
    );
    expect(findings(text)).toEqual([["review-overdue", expect.stringMatching(/1 March 2025/)]]);
  });

  it("still reads a due date in a Review row", () => {
    const text = doc(
      "Conjurors' Club – Safeguarding Policy at a Glance",
      "| Topic | What we do |\n| --- | --- |\n| Review | 4 March 2026 |",
    );
    expect(findings(text)).toEqual([["review-overdue", expect.stringMatching(/4 March 2026/)]]);
  });
});
