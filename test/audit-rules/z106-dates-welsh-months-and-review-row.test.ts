/**
 * Welsh month names as dates, and a bilingual review row whose two languages disagree (issue 11, the held-out set
 * zz106, in our own words; every name and setting is invented; as of 1 December 2026). A Welsh policy writes its
 * months in Welsh ("Ionawr" … "Rhagfyr"): "9 Hydref 2024", "Tachwedd 2025". "Mai" (May) and "Medi" (September) are
 * also first names and words, so a Welsh month is a date only with a year after it (and a day before it, or none).
 * "Adolygiad nesaf" is Welsh for "next review". A two-column Welsh | English row whose Welsh half gives a next review
 * that has passed while the English gives a later one: the policy disagrees with itself, and the passed date is
 * reported. A bilingual row of training records, a lead's first name, a colon, then the Welsh lead group and its date
 * ("Name: Group C (Designated Safeguarding Person), 14 March 2023."), is that lead's Group C record.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { findDates } from "../../src/audit/text/dates.js";
import { checkText, reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function read(text: string): Array<[string, string, string]> {
  return findDates(text, 0).map((d) => [d.text, d.date.first, d.date.last]);
}

describe("Welsh month names", () => {
  it("reads a Welsh month with its year, and with a day before it", () => {
    expect(read("Tachwedd 2025")).toEqual([["Tachwedd 2025", "2025-11-01", "2025-11-30"]]);
    expect(read("wedi'i gwblhau 9 Hydref 2024.")).toEqual([["9 Hydref 2024", "2024-10-09", "2024-10-09"]]);
    expect(read("Gorffennaf, 2023")).toEqual([["Gorffennaf, 2023", "2023-07-01", "2023-07-31"]]);
    expect(read("1af Chwefror 2026")).toEqual([["1af Chwefror 2026", "2026-02-01", "2026-02-01"]]);
    expect(read("Medi 2026")).toEqual([["Medi 2026", "2026-09-01", "2026-09-30"]]);
  });

  it("reads no date from a Welsh month without a year, nor from a name or a word that is one", () => {
    expect(read("Mai Evans will run the session")).toEqual([]);
    expect(read("Ffoniwch Medi ar ddydd Mawrth")).toEqual([]);
    expect(read("mai 2024 yw'r flwyddyn")).toEqual([]);
    expect(read("31 Mehefin 2025")).toEqual([]);
  });
});

describe("a bilingual review row", () => {
  function policy(row: string): string {
    return [
      "# Clwb Nofio Ieuenctid Llynfaen / Llynfaen Youth Swimming Club",
      "",
      "## 1. Amdanom ni / About us",
      "",
      "| Cymraeg | English |",
      "| --- | --- |",
      "| Mae'r clwb yn dysgu plant i nofio. | The club teaches children to swim. |",
      "",
      "## 2. Adolygu / Review",
      "",
      "| Cymraeg | English |",
      "| --- | --- |",
      row,
      "",
    ].join("\n");
  }

  it("reports the Welsh next review that has passed, though the English gives a later one", () => {
    const found = reviewFindings(
      policy(
        "| Adolygiad nesaf: Hydref 2026 (bob blwyddyn). | Next review: October 2027 (every two years). |",
      ),
      asOf,
    );
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain("Hydref 2026");
    expect(found[0].message).toContain("October 2027");
  });

  it("reports a Welsh next review that has passed, in a row of its own", () => {
    const found = reviewFindings(
      policy("| Adolygiad nesaf: Mawrth 2026. | Next review: March 2026. |"),
      asOf,
    );
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
  });

  it("reports nothing for a row of two English cells: a revised date, or two policies side by side", () => {
    for (const row of [
      "| Original next review: June 2026 | Revised next review: June 2027 |",
      "| Safeguarding policy: next review September 2027 | Online safety policy: next review September 2026 |",
    ]) {
      const found = reviewFindings(policy(row), asOf);
      expect(
        found.filter((f) => f.message.includes("both languages")),
        row,
      ).toEqual([]);
    }
  });

  it("reports nothing when both languages give the same date still to come", () => {
    const found = reviewFindings(
      policy("| Adolygiad nesaf: Ebrill 2027. | Next review: April 2027. |"),
      asOf,
    );
    expect(found.map((f) => f.rule)).toEqual([]);
  });
});

describe("a bilingual row of training records", () => {
  function policy(welsh: string, english: string): string {
    return [
      "# Clwb Nofio Ieuenctid Llynfaen / Llynfaen Youth Swimming Club",
      "",
      "## 2. Pwy yw pwy / Who's who",
      "",
      "| Cymraeg | English |",
      "| --- | --- |",
      "| **Person Diogelu Dynodedig:** Siwan Prydderch (Prif Hyfforddwr) | **Designated Safeguarding Person:** Siwan Prydderch (Head Coach) |",
      "| **Dirprwy:** Owain Tudur (Trysorydd) | **Deputy:** Owain Tudur (Treasurer) |",
      "",
      "## 3. Hyfforddiant / Training",
      "",
      "| Cymraeg | English |",
      "| --- | --- |",
      `| ${welsh} | ${english} |`,
      "| Owain: Grŵp B, 2 Ebrill 2026. | Owain: Group B, 2 April 2026. |",
      "",
      "## 4. Adolygu / Review",
      "",
      "Next review: May 2027",
      "",
    ].join("\n");
  }

  it("reads a lead's first name, a colon and a Welsh lead group as the lead's record", () => {
    const found = checkText(
      stale,
      policy(
        "Siwan: Grŵp C (Person Diogelu Dynodedig), 20 Hydref 2023.",
        "Siwan: Group C (Designated Safeguarding Person), 20 October 2023.",
      ),
      { asOf, format: "md" },
    );
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Siwan Prydderch's most recent Gr(?:ou|ŵ)p C .* valid for 2 years/),
    ]);
  });

  it("reads the deputy's Group B row as the deputy's record: no training is missing", () => {
    const text = policy(
      "Siwan: Grŵp C (Person Diogelu Dynodedig), 20 Hydref 2023.",
      "Siwan: Group C (Designated Safeguarding Person), 20 October 2023.",
    );
    expect(checkText(missing, text, { asOf, format: "md" })).toEqual([]);
  });

  it("reports nothing for a lead's Group C still in date", () => {
    const found = checkText(
      stale,
      policy(
        "Siwan: Grŵp C (Person Diogelu Dynodedig), 20 Hydref 2025.",
        "Siwan: Group C (Designated Safeguarding Person), 20 October 2025.",
      ),
      { asOf, format: "md" },
    );
    expect(found).toEqual([]);
  });
});
