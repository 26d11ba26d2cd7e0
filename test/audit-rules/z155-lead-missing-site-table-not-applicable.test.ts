/**
 * lead-missing (review 55), in our own words; every name is invented. A trust's table of academies ("| Academy |
 * Designated Safeguarding Lead | Deputy DSL |") under the trust's own lead, named above it.
 *
 * What now counts as no gap, though the lead's cell does not open with a name:
 * - a row with a dash in both the lead's and the deputies' cells — the trust's office, a site with no pupils — is a
 *   row where the post does not apply, not a missing lead; so is a row that says so ("no pupils on site", "not
 *   applicable", "n/a"), whatever its lead's cell holds (both cells truly empty is a gap: review 56, z157);
 * - a cell that opens with a placeholder but names a person later ("Vacant from 1 November – Mrs A is acting DSL
 *   until the post is filled", "To be appointed (interim: Mrs B, Trust DSL)") has a lead, an acting or interim one:
 *   the cell is read for a name over its whole length, by the reader that reads a name at its start.
 * We chose to report only explicit gaps: a placeholder ("TBC", "Vacant", "To be appointed", "[name]") with no one
 * named after it, or an empty cell while the deputy's cell in the same row is filled. A blank beside a blank says
 * nothing was meant to be there; a false error on a trust's office row would cost the user's trust in every finding.
 *
 * What stays reported: "TBC", "Vacant (post advertised)", "[name]", an empty lead's cell beside a named deputy, and a
 * placeholder whose only name is the post's former holder ("Vacant (previously Mr C, left in July 2026)").
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

const policy: SiteTablePolicy = {
  intro: [
    "Harebell Learning Trust – Child Protection and Safeguarding Policy 2026–27",
    "",
    "Approved by the trustees on 9 September 2026. Next review: September 2027.",
    "",
    "The Trust's Designated Safeguarding Lead is Mrs Ondine Kasprzak (Director of Safeguarding), who leads safeguarding across the Trust. Each academy has its own Designated Safeguarding Lead and at least one Deputy, listed below.",
    "",
  ],
  heading: "1. Key contacts",
  header: ["Academy", "Designated Safeguarding Lead", "Deputy DSL"],
};

const NAMED = [
  ["Harebell Primary Academy", "Mrs Tilda Okonjo", "Mr Rufus Penhaligon"],
  ["Fernbrook Junior Academy", "Mr Caspar Wynn-Ellis", "Miss Marisol Dacre"],
];

const layouts = (last: string[]): SourceDocument[] => {
  const rows = [...NAMED, last];
  return [siteTableMarkdown(policy, rows), siteTableWord(policy, rows), siteTablePdf(policy, rows)];
};

const quiet = (last: string[]) => {
  for (const document of layouts(last))
    expect(found(run(leadMissing, document), document), `${document.format} ${last.join(" | ")}`).toEqual([]);
};

describe("lead-missing: a site table's row where the lead does not apply, or an acting lead is named", () => {
  it.each([
    ["Trust central office (no pupils on site)", "–", "–"],
    ["Trust central office", "–", "–"],
    // Both cells truly empty is a gap again (review 56): test/audit-rules/z157-site-table-and-outside-policy.test.ts.
    ["Harebell Trust Hub (no pupils on site)", "TBC", "–"],
    ["Trust central office", "Not applicable", "Not applicable"],
    ["Trust central office", "n/a", "n/a"],
  ])("stays quiet on a row where the post does not apply: | %s | %s | %s |", (...last) => quiet(last));

  it.each([
    [
      "Larchmere Infant Academy",
      "Vacant from 1 November 2026 – Mrs Tilda Okonjo (Harebell) is acting DSL until the post is filled",
      "Mrs Gwenllian Rhys",
    ],
    [
      "Larchmere Infant Academy",
      "To be appointed (interim: Mrs Ondine Kasprzak, Trust DSL)",
      "Mrs Gwenllian Rhys",
    ],
    ["Larchmere Infant Academy", "TBC – Mr Caspar Wynn-Ellis covering", "Mrs Gwenllian Rhys"],
    ["Larchmere Infant Academy", "Vacant; acting DSL: Ms Philippa Aldred-Moss", "Mrs Gwenllian Rhys"],
  ])("stays quiet when the cell names an acting or interim lead: | %s | %s | %s |", (...last) => quiet(last));

  it.each([
    ["Larchmere Infant Academy", "TBC", "Mrs Gwenllian Rhys"],
    ["Larchmere Infant Academy", "Vacant (post advertised)", "Mrs Gwenllian Rhys"],
    ["Larchmere Infant Academy", "[name]", "Mrs Gwenllian Rhys"],
    ["Larchmere Infant Academy", "–", "Mrs Gwenllian Rhys"],
    ["Larchmere Infant Academy", "", "Mrs Gwenllian Rhys"],
    [
      "Larchmere Infant Academy",
      "Vacant (previously Mr Anselm Crowther, left in July 2026)",
      "Mrs Gwenllian Rhys",
    ],
    ["Larchmere Infant Academy", "TBC", "–"],
  ])("still reports an explicit gap: | %s | %s | %s |", (...last) => {
    for (const document of layouts(last)) {
      const reported = found(run(leadMissing, document), document);
      expect(reported, `${document.format} ${last.join(" | ")}`).toHaveLength(1);
      expect(reported[0], document.format).toContain("Larchmere");
    }
  });
});
