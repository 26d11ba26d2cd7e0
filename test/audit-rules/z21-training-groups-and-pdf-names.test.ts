/**
 * Training tables and PDF rows as policies write them (issue 11), in our own words; every name is invented. As of
 * 1 December 2026:
 * - a group's row listing several groups after "All" ("All stewards, drivers and coaches"), an em dash in its empty
 *   cell, is a rule for whoever joins, not an undated record;
 * - "The Welfare Officer and deputies hold the … course", a PDF line that wraps before its "renewed every two
 *   years", is what the role's holders hold, not the lead's undated course;
 * - a name read from a PDF row takes neither a header's words ("Completed Expires") nor the next cell's ("Shift"
 *   of "Shift Supervisor", "On-call"), while hyphenated given names ("Min-jun") still read;
 * - a sentence that opens with a capital outside A–Z ("Łucja Wróbel completed …") ends the one before it.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function club(rows: string[]): string {
  return [
    "# Fenwick Vale Harriers — Safeguarding Policy",
    "",
    "Club Welfare Officer: Mrs Odile Brannagh, 01632 960 411.",
    "",
    "## Training",
    "",
    "| Name | Role | Course | Completed | Renewal |",
    "| --- | --- | --- | --- | --- |",
    "| Mrs Odile Brannagh | Welfare Officer | Welfare officer course | 12/05/2026 | 05/2029 |",
    ...rows,
    "",
  ].join("\n");
}

describe("a group's row listing several groups", () => {
  it("is a rule, with commas, '&' or '/' between the groups and a dash for its empty cell", () => {
    for (const row of [
      "| All stewards, drivers and coaches | — | Safeguarding awareness | at induction | every 3 years |",
      "| All stewards & drivers | – | Safeguarding awareness | on joining | every 3 years |",
      "| All coaches / officials | - | Safeguarding in sport | | every 2 years |",
    ])
      expect(excerpts(checkText(trainingUndated, club([row]), { asOf }), club([row])), row).toEqual([]);
  });

  it("still reports a named person's row with no date (near miss)", () => {
    const text = club(["| Mr Ivo Stanbury | Coach | Safeguarding in sport | | |"]);
    const found = checkText(trainingUndated, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Ivo Stanbury");
  });
});

function wrapped(sentence: string[]): string {
  return [
    "Fenwick Vale Harriers Safeguarding Policy",
    "1. Who to tell",
    "Our Club Welfare Officer is Mrs Odile Brannagh (01632 960 411). Her deputies are named on the",
    "noticeboard.",
    "2. Training",
    ...sentence,
    "",
  ].join("\n");
}

describe("the lead with others in the plural, in a wrapped PDF line", () => {
  it("is a rule for the role's holders, not the lead's undated course", () => {
    for (const sentence of [
      [
        "Every coach completes safeguarding training before their first",
        "session. The Club Welfare Officer and deputies hold the welfare officer course,",
        "renewed every two years.",
      ],
      [
        "Every coach completes safeguarding training before their first",
        "session. The Welfare Officer and all deputies hold designated safeguarding training,",
        "refreshed every three years.",
      ],
    ]) {
      const text = wrapped(sentence);
      expect(excerpts(checkText(trainingUndated, text, { asOf, format: "pdf" }), text), sentence[0]).toEqual(
        [],
      );
    }
  });

  it("still reports the lead alone holding an undated course (near miss)", () => {
    const text = wrapped(["The Club Welfare Officer holds the welfare officer course."]);
    expect(checkText(trainingUndated, text, { asOf, format: "pdf" })).toHaveLength(1);
  });
});

describe("a name read from a PDF table's row", () => {
  it("takes neither the header's words nor the next cell's", () => {
    const names = (text: string) => findLeadMentions(text).map((m) => m.name);
    expect(
      names(
        ["Name Role Course Completed Expires", "Jo Marr-Tate", "Shift", "Supervisor", "(deputy)"].join("\n"),
      ),
    ).toContain("Jo Marr-Tate");
    expect(names(["Ana Pelham Shift", "Leader", "(deputy)"].join("\n"))).toContain("Ana Pelham");
    expect(names(["Site Safeguarding Lead On-call", "Rowan Court, 2 Mill Lane"].join("\n"))).toEqual([
      undefined,
    ]);
    expect(names(["Safeguarding Lead Follow-up", "Heron Lodge, 4 Quay Street"].join("\n"))).toEqual([
      undefined,
    ]);
  });

  it("still reads hyphenated given names and surnames (near miss)", () => {
    for (const name of ["Min-jun Park", "Ji-woo Han", "Priya Mistry-Lowe", "In-ho Seo"])
      expect(findLeadMentions(`Designated Safeguarding Lead: ${name}`).map((m) => m.name)).toEqual([name]);
  });
});

describe("a paragraph's sentences, one opening with a letter outside A–Z", () => {
  const paragraph = (deputy: string) =>
    [
      "# Policy",
      "",
      "Designated Safeguarding Lead: Mrs Ada Lee",
      "",
      `Deputy DSL: ${deputy}`,
      "",
      "## Training",
      "",
      `Our lead and deputy keep their training up to date with the local partnership and attend its briefings. Mrs Ada Lee completed Level 3 DSL training in March 2019 with the partnership. ${deputy} completed Level 3 DSL training in May 2026 with the partnership.`,
      "",
    ].join("\n");
  const messages = (text: string) => checkText(trainingStale, text, { asOf }).map((d) => d.message);

  it("are read one by one, as the same paragraph with a name in A–Z is", () => {
    const unicode = messages(paragraph("Łucja Wróbel"));
    expect(unicode).toEqual(messages(paragraph("Lucja Wrobel")));
    expect(unicode).toHaveLength(1);
    expect(unicode[0]).toMatch(/^Mrs Ada Lee's most recent Level 3 DSL training/);
  });
});
