/**
 * Review 9 (issue 11) of three review-date fixes, in our own words; every name is invented. As of 1 December 2026.
 * - A table cell's label with its date in brackets ("| Next review (April 2027) | … |") reads that date; an aside
 *   in brackets with the date in the next cell is still read.
 * - A passive last look ("was last looked at by …") is the owner's unless it names one who is not: an inspector,
 *   Ofsted, an insurer, parents, staff. "By me", "by us", a named person or a group's own leader are owners.
 * - "This page was last reviewed …" is another page's date only when the sentence straight before links another
 *   document; a bare web address or contact link elsewhere in the paragraph does not silence it.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...review: string[]): string {
  return [
    "# Hollins Lane Playgroup — Safeguarding Policy",
    "",
    "Our Designated Safeguarding Lead is Mrs Orla Penhale.",
    "",
    ...review,
    "",
  ].join("\n");
}

const rules = (...review: string[]) => reviewFindings(policy(...review), asOf).map((f) => f.rule);

describe("a table cell's label with its date in brackets", () => {
  it("reads the bracket's date", () => {
    const table = (cell: string) => [
      "| Item | Detail |",
      "| --- | --- |",
      `| ${cell} | Agreed by the committee |`,
    ];
    expect(rules(...table("Next review (April 2027)"))).toEqual([]);
    expect(rules(...table("Next review (April 2025)"))).toEqual(["review-overdue"]);
    expect(rules(...table("Next review (2025)"))).toEqual(["review-overdue"]);
  });

  it("still reads past an aside to the next cell's date", () => {
    expect(
      rules(
        "| Item | Detail |",
        "| --- | --- |",
        "| Next review (or sooner if the law changes) | April 2025 |",
      ),
    ).toEqual(["review-overdue"]);
  });
});

describe("who looked at the policy last, after 'by'", () => {
  it("counts anyone not listed as an outsider as the owner", () => {
    for (const look of [
      "This policy was last looked at by me in January 2024.",
      "This policy was last looked at by us in January 2024.",
      "This policy was last looked at by Orla Penhale in January 2024.",
      "This policy was last looked at by the Group Scout Leader in January 2024.",
      "This policy was last looked at by the vicar and PCC in January 2024.",
    ]) {
      expect(rules(`${look} It is reviewed every year.`), look).toEqual(["review-overdue"]);
    }
  });

  it("still does not count an inspector's, insurer's, parents' or staff's look", () => {
    for (const look of [
      "This policy was last looked at by the inspector in January 2024.",
      "This policy was last looked at by Ofsted in January 2024.",
      "This policy was last looked at by the Care Inspectorate in January 2024.",
      "This policy was last looked at by our insurers in January 2024.",
      "This policy was last looked at by parents in January 2024.",
      "This policy was last looked at by all staff in January 2024.",
      "This policy was last looked at by the local authority's officer in January 2024.",
    ]) {
      expect(rules(`${look} It is reviewed every year.`), look).toEqual(["review-date-missing"]);
    }
  });
});

describe("'this page' after a web address", () => {
  it("is the page's own date when the address is not a linked document straight before it", () => {
    expect(
      rules(
        "Our other policies are at www.hollinslane.example.org.uk. This page was last reviewed on 4 May 2023. It is reviewed every year.",
      ),
    ).toEqual(["review-overdue"]);
    expect(
      rules(
        "This policy is reviewed every year. Email office@hollinslane.example or visit https://hollinslane.example/contact for a copy. This page was last updated on 4 May 2023.",
      ),
    ).toEqual(["review-overdue"]);
  });

  it("is still the linked document's date straight after a link to it", () => {
    expect(
      rules(
        "This policy is reviewed every year. See the county's referral form (https://county.example/refer). This page was last reviewed on 4 May 2023.",
      ),
    ).toEqual(["review-date-missing"]);
  });
});
