/**
 * training-stale, review 7 of 05baab3 and 9d78b60 (issue 11), in our own words; every name is invented.
 * - An "Expires" cell that dates another check ("DBS 14/07/2026"), or an "Expires" column after a DBS column, is
 *   not the course's expiry: the course keeps its usual validity.
 * - "The Designated Safeguarding Lead and staff completed … on …": "staff" (like "parents") is a group, not the
 *   holders of a role; the record is the lead's, named.
 * - "… completed Child Wellbeing and Protection (Core) with the council on …": the course's title ends before the
 *   provider ("with the council").
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const messages = (lines: string[]) =>
  checkText(rule, ["# Safeguarding Policy", "", ...lines, ""].join("\n"), { asOf }).map((f) => f.message);

describe("an expiry that belongs to another check", () => {
  const leads = [
    "Designated Safeguarding Lead: Nadia Okoro",
    "Deputy Designated Safeguarding Lead: Ewan Pike",
    "",
  ];

  it("a cell naming DBS in the Expires column is no course expiry", () => {
    expect(
      messages([
        ...leads,
        "| Name | Course | Completed | Expires |",
        "| --- | --- | --- | --- |",
        "| Nadia Okoro | Designated Safeguarding Lead | 11/02/2026 | DBS 14/07/2026 |",
        "| Ewan Pike | Designated Safeguarding Lead | 20/03/2026 | 20/03/2028 |",
      ]),
    ).toEqual([]);
  });

  it("a cell naming first aid is no course expiry either", () => {
    expect(
      messages([
        ...leads,
        "| Name | Course | Completed | Expires |",
        "| --- | --- | --- | --- |",
        "| Nadia Okoro | Designated Safeguarding Lead | 11/02/2026 | First aid: 14/07/2026 |",
      ]),
    ).toEqual([]);
  });

  it("an Expires column after a DBS column dates the DBS check", () => {
    expect(
      messages([
        ...leads,
        "| Name | Training | Completed | DBS | Expires |",
        "| --- | --- | --- | --- | --- |",
        "| Nadia Okoro | Designated Safeguarding Lead | 11/02/2026 | Enhanced | 14/07/2026 |",
        "| Ewan Pike | Designated Safeguarding Lead | 20/03/2026 | Enhanced | 20/03/2029 |",
      ]),
    ).toEqual([]);
  });

  it("near miss: the course's own expiry, passed, is still out of date", () => {
    const found = messages([
      ...leads,
      "| Name | Course | Completed | DBS | Expires |",
      "| --- | --- | --- | --- | --- |",
      "| Ewan Pike | Designated Safeguarding Lead | 20/03/2026 | 01/2026 | 20/03/2028 |",
      "| Rhys Dane | Safeguarding Level 1 | 10/04/2025 | | |",
      "",
      "| Name | Course | Completed | Expires |",
      "| --- | --- | --- | --- |",
      "| Nadia Okoro | Designated Safeguarding Lead | 11/02/2026 | 14/07/2026 |",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Nadia Okoro's .* expired on 14 July 2026 \(the record's own expiry/);
  });
});

describe("the lead and a group in the plural", () => {
  const lead = ["Designated Safeguarding Lead: Nadia Okoro", "", "Next review date: September 2027.", ""];

  it("'and staff': the lead's record, named", () => {
    const found = messages([
      ...lead,
      "The Designated Safeguarding Lead and staff completed designated safeguarding lead training on 5 May 2019.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^Nadia Okoro's most recent designated safeguarding lead training is dated 5 May 2019/i,
    );
  });

  it("'and parents': the lead's record, named", () => {
    const found = messages([
      ...lead,
      "The Designated Safeguarding Lead and parents attended the Level 3 course on 5 May 2019.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Nadia Okoro's most recent Level 3 course is dated 5 May 2019/);
  });

  it("near miss: the lead 'and deputies' hold a course, a rule for the role", () => {
    expect(
      messages([
        ...lead,
        "The Designated Safeguarding Lead and deputies hold the Level 3 course, renewed every two years.",
      ]),
    ).toEqual([]);
  });
});

describe("a course's title before its provider", () => {
  const paragraph = (sentence: string) => [
    "Designated Safeguarding Lead: Nadia Okoro",
    "",
    `Nadia Okoro completed Designated Safeguarding Lead training on 11 February 2026. ${sentence}`,
  ];

  it("stops at '(Core)', not at 'with the council'", () => {
    const found = messages(
      paragraph(
        "Sam Price has completed Child Wellbeing and Protection (Core) with the council on 9 June 2019.",
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^Sam Price's most recent Child Wellbeing and Protection \(Core\) training is dated/,
    );
  });

  it("stops before 'through the local authority' after another title", () => {
    const found = messages(
      paragraph("Sam Price completed Keeping Children Safe through the local authority on 9 June 2019."),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Sam Price's most recent Keeping Children Safe training is dated/);
  });

  it("near miss: teaching the subject is no course held", () => {
    expect(
      messages(
        paragraph(
          "We teach child wellbeing and protection to every child, and reviewed our curriculum in 2019.",
        ),
      ),
    ).toEqual([]);
  });
});
