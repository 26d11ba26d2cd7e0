/**
 * Training read from the held-out set zz95, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A person's line that lists several records between semicolons, each with a bare year, some of them checks or
 * another subject's qualification ("Nadia Ferris – DBS checked 2012; Child protection awareness (Ashcombe Sports
 * Forum) 2020; Paddlesport Leader Level 2, 2015."): the safeguarding course is her record, dated by its own year;
 * the check's year never dates it, and a line of checks alone records no training. Read the same whether the line
 * is a paragraph of its own or follows a rule's sentence in the same paragraph.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function club(volunteers: string): string {
  return [
    "# Ashcombe Canoe Club – Juniors' Safeguarding",
    "",
    "## Contacts",
    "",
    "Club Welfare Officer: Lowri Pennant, 07700 900 301",
    "",
    "Nadia Ferris – Deputy Welfare Officer",
    "07700 900 302",
    "",
    "## Volunteers",
    "",
    "Lowri Pennant completed the Club Welfare Officer course on 5 March 2026.",
    "",
    volunteers,
    "",
  ].join("\n");
}

const RULE = "Every helper on the water is DBS checked before they start.";
const RECORD =
  "Nadia Ferris – DBS checked 2012; Child protection awareness (Ashcombe Sports Forum) 2020; Paddlesport Leader Level 2, 2015.";

describe("a person's line of records with bare years, a check among them", () => {
  it("after a rule's sentence in the same paragraph: the course is her record, dated 2020", () => {
    const text = club(`${RULE} ${RECORD}`);
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Nadia Ferris's most recent Child protection awareness .*is 2020 —/);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("as a paragraph of its own: the same record", () => {
    const text = club(RECORD);
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Nadia Ferris's most recent Child protection awareness .*is 2020 —/);
  });

  it("after a short rule's sentence, with no word for training: the workshop is her record", () => {
    const text = club(
      "Helpers are vetted. Nadia Ferris – Disclosure 2012; Safeguarding and Protecting Children workshop 2021; Outdoor first aid 2020.",
    );
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(
      /^Nadia Ferris's most recent Safeguarding and Protecting Children workshop is 2021 —/,
    );
  });

  it("a recent course is not stale: the check's older year never dates it", () => {
    for (const text of [
      club(`${RULE} ${RECORD.replace("2020", "2025")}`),
      club(RECORD.replace("2020", "2025")),
    ]) {
      expect(checkText(trainingStale, text, { asOf })).toEqual([]);
      expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    }
  });

  it("near misses: a line of checks alone, or a job with a year, records no training", () => {
    for (const line of [
      "Nadia Ferris – DBS checked 2012; CRB checked 2009.",
      `${RULE} Nadia Ferris – DBS checked 2012; CRB checked 2009.`,
      "Nadia Ferris – Child Protection Officer, 2019; DBS checked 2012.",
    ]) {
      const text = club(line);
      expect(checkText(trainingStale, text, { asOf })).toEqual([]);
      expect(
        checkText(trainingMissing, text, { asOf })
          .map((f) => f.message)
          .join(),
      ).toMatch(/Nadia Ferris/);
    }
  });
});
