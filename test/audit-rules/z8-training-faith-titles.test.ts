/**
 * Training written as sentences that call a faith leader by title and surname ("Rabbi Feldstein completed …",
 * "Imam Haddad-Clarke attended …"), as a policy that named them in full once does everywhere else: the record is
 * theirs, so they are not missing training, and a lapsed course is reported as theirs. From the eighth held-out
 * set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lead: string, deputy: string, records: string[]): string {
  return [
    "# Almond Grove Supplementary School — Safeguarding Policy",
    "",
    "## Our safeguarding team",
    "",
    `Our Designated Safeguarding Lead is ${lead}, Head of School (07700 900821). Our deputy is ${deputy} (07700 900822).`,
    "",
    "## Training",
    "",
    ...records.flatMap((r) => [r, ""]),
    "All volunteers attend our safeguarding session each September.",
    "",
  ].join("\n");
}

describe("training sentences that call a faith leader by title and surname", () => {
  it("gives the record to the deputy, so no training is missing", () => {
    for (const [deputy, short] of [
      ["Imam Yusuf Haddad-Clarke", "Imam Haddad-Clarke"],
      ["Rabbi Miriam Feldstein", "Rabbi Feldstein"],
      ["Pastor Grace Adeyemi-Lund", "Pastor Adeyemi-Lund"],
      // Every title roles.ts lists counts, not only the ones a held-out set used.
      ["Canon Ruth Ellery", "Canon Ellery"],
      ["Father Tomasz Nowak", "Father Nowak"],
      ["Sister Bernadette Okafor", "Sister Okafor"],
    ]) {
      const text = policy("Mrs Carys Abernethy", deputy, [
        "Mrs Abernethy attended the Designated Safeguarding Lead course run by the county partnership on 9 March 2026.",
        `${short} completed Level 3 designated safeguarding lead training on 14.05.2026.`,
      ]);
      expect(checkText(trainingMissing, text, { asOf }), deputy).toEqual([]);
      const owners = analyse(toDocument(text)).training.map((t) => t.leadName);
      expect(owners, deputy).toEqual(["Mrs Abernethy", short]);
    }
  });

  it("reports a lapsed course as theirs", () => {
    const text = policy("Mrs Carys Abernethy", "Rabbi Miriam Feldstein", [
      "Mrs Abernethy attended the Designated Safeguarding Lead course run by the county partnership on 9 March 2026.",
      "Rabbi Feldstein completed Level 3 designated safeguarding lead training on 11.01.2022.",
    ]);
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Rabbi Feldstein's most recent /);
  });
});

describe("a place named after a titled person", () => {
  it("is not a person whose training it is", () => {
    for (const place of ["Lady Lumley's School", "Canon Slade School", "Lord Wandsworth College"]) {
      const text = policy("Mrs Carys Abernethy", "Mr Idris Vaughan", [
        "Mrs Abernethy attended the Designated Safeguarding Lead course run by the county partnership on 9 March 2026.",
        "Mr Vaughan completed Level 3 designated safeguarding lead training on 14.05.2026.",
        `${place} completed safer recruitment training in June 2020.`,
      ]);
      const owners = analyse(toDocument(text)).training.map((t) => t.leadName);
      expect(owners, place).not.toContain(place.replace(/ (?:School|College)$/, ""));
      for (const finding of checkText(trainingStale, text, { asOf }))
        expect(finding.message, place).not.toMatch(/^(?:Lady|Canon|Lord)\b/);
    }
  });
});

describe("a line that opens with a person's name in the possessive", () => {
  it("is that person's record, named without the 's", () => {
    const text = policy("Mrs Carys Abernethy", "Mr Idris Vaughan", [
      "Carys Abernethy's Level 3 DSL training: 9 March 2026",
      "Idris Vaughan's Level 3 DSL training: 14 May 2026",
    ]);
    expect(analyse(toDocument(text)).training.map((t) => t.leadName)).toEqual([
      "Carys Abernethy",
      "Idris Vaughan",
    ]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });
});
