/**
 * training-stale, three ways a record's owner or date was lost. From the thirty-third and thirty-fourth held-out
 * sets (issue 11), in our own words; every name is invented.
 * - A converter's Markdown escapes the apostrophe in the bold name heading a person's courses ("**Ruairí
 *   O\'Neill**"): CommonMark escapes any ASCII punctuation, so the name is read as written and the courses are hers.
 * - "| Name | Course | Completed | Expires |": a row whose own expiry has passed is out of date, even where the
 *   course's usual validity (3 years for a course we do not know) has not run out.
 * - "Mr Haldane completed Child Wellbeing and Protection (Core) on …": a safeguarding course's own title, with no
 *   word such as "course" or "training", is the course held, though its "and" splits it.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const messages = (lines: string[]) =>
  checkText(rule, ["# Safeguarding Policy", "", ...lines, ""].join("\n"), { asOf }).map((f) => f.message);

describe("courses under a bold name with an escaped apostrophe", () => {
  const policy = (name: string, course: string) => [
    `Our Youth Worker, ${name}, is the Club\\'s Safeguarding Lead.`,
    "",
    "## Training",
    "",
    `**${name}**`,
    "",
    `-   ${course} -- 3 September 2024`,
    "-   Projectionist\\'s certificate -- May 2025",
    "",
    "**Dara Quigley**",
    "",
    "-   Safeguarding refresher -- completed 2 March 2025",
  ];

  it("belong to the person named (an O' surname)", () => {
    const found = messages(
      policy("Ruairí O\\'Neill", "Designated Safeguarding Lead course, Westmere Safeguarding Partnership"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Ruairí O'Neill's most recent Designated Safeguarding Lead course/);
  });

  it("belong to the person named (a D' surname, hyphenated)", () => {
    const found = messages(policy("Aoife D\\'Arcy-Byrne", "Level 3 DSL training (Westmere SCP)"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Aoife D'Arcy-Byrne's most recent Level 3 DSL training/);
  });

  it("near miss: the same course under a heading that names nobody keeps its finding, naming no one", () => {
    const found = messages([
      "## Courses held",
      "",
      "-   Designated Safeguarding Lead course, Westmere Safeguarding Partnership -- 3 September 2024",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).not.toMatch(/O'Neill|Quigley/);
  });
});

describe("a training table's own expiry column", () => {
  const table = (expiresHeader: string, expires: string) => [
    "Designated Liaison Person: Orla Keane",
    "",
    `| Name | Course | Completed | ${expiresHeader} |`,
    "| --- | --- | --- | --- |",
    `| Orla Keane | Safeguarding Children (Level 1) | 04/2024 | ${expires} |`,
    "| | Coaching Award (Level 2) | 06/2022 | — |",
    "| Colm Fahy | Safeguarding Children (Level 1) | 15/01/2026 | 01/2029 |",
  ];

  it("'Expires' passed: out of date by the record's own words", () => {
    const found = messages(table("Expires", "04/2026"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^Orla Keane's most recent .* expired at the end of April 2026 \(the record's own expiry/,
    );
  });

  it("'Valid until' passed, a day given", () => {
    const found = messages(table("Valid until", "30/04/2026"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Orla Keane's .* expired on 30 April 2026/);
  });

  it("near miss: an expiry still to come says nothing", () => {
    expect(messages(table("Expires", "04/2027"))).toEqual([]);
  });
});

describe("a safeguarding course held, named by its own title", () => {
  const paragraph = (sentence: string) => [
    "Child Protection Officer: Mr Ross Haldane. Depute: Mrs Ines Achebe.",
    "",
    "## Training",
    "",
    `Mrs Achebe completed the Child Protection Officer course on 2 February 2026. ${sentence} All tutors renew the Core course every three years.`,
  ];

  it("with its 'and' (Child Wellbeing and Protection)", () => {
    const found = messages(
      paragraph("Mr Haldane completed Child Wellbeing and Protection (Core) on 12 April 2023."),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Mr Haldane's most recent Child Wellbeing and Protection \(Core\)/);
  });

  it("another title (Keeping Children Safe)", () => {
    const found = messages(paragraph("Mr Haldane has completed Keeping Children Safe on 12 April 2023."));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Mr Haldane's most recent Keeping Children Safe/);
  });

  it("near miss: a title in another subject is no safeguarding course", () => {
    expect(
      messages(paragraph("Mr Haldane completed Brass Conducting and Arranging (Core) on 12 April 2023.")),
    ).toEqual([]);
  });
});
