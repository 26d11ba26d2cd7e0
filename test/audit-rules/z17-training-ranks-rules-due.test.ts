/**
 * Training records as the seventeenth and eighteenth held-out sets (issue 11) wrote them, in our own words; every
 * name is invented:
 * - a uniformed youth organisation names its officers by full rank and name in the team table, and by abbreviated
 *   rank and initial in the training table ("Lieutenant Commander Oriel Vasquez-Brand" / "Lt Cdr O. Vasquez-Brand");
 *   its wing's safeguarding officer is a wider body's contact, not its lead;
 * - "Tell the Welfare Officer, or the Treasurer (Mr …)": the name is the other role's;
 * - a row for a whole group ("All volunteers | … | at induction | every 2 years") is a rule, not an undated record;
 * - a table with only the date each course falls due again ("Course … Refresher due"), laid out with spaces, is
 *   read: a date that has passed is stale training, and none of its rows is undated.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function unit(team: string[], training: string[]): string {
  return [
    "# Brackenfold Sea Cadet Unit — Safeguarding Orders",
    "",
    "## Unit safeguarding team",
    "",
    "| Post | Rank and name | Telephone |",
    "| --- | --- | --- |",
    ...team,
    "",
    "## Training",
    "",
    "| Name | Course | Completed | Expires |",
    "| --- | --- | --- | --- |",
    ...training,
    "",
  ].join("\n");
}

describe("officers named by rank in full and by abbreviated rank and initial", () => {
  it("matches the training table's abbreviated rank and initial to the team table's full rank and name", () => {
    for (const [team, training] of [
      [
        "| Commanding Officer and Designated Safeguarding Lead | Lieutenant Commander Oriel Vasquez-Brand RNR | 07700 900301 |",
        "| Lt Cdr O. Vasquez-Brand | Designated Safeguarding Lead (partnership course) | 04/04/2025 | 04/04/2027 |",
      ],
      [
        "| Deputy Designated Safeguarding Lead | Sub Lieutenant Kwabena Oyelaran | 07700 900302 |",
        "| S Lt K. Oyelaran | Designated Safeguarding Lead (partnership course) | 12/09/2025 | 12/09/2027 |",
      ],
      [
        "| Designated Safeguarding Lead | Petty Officer Hesper Lindqvist | 07700 900303 |",
        "| PO H Lindqvist | Designated Safeguarding Lead (partnership course) | 01/02/2026 | 01/02/2028 |",
      ],
    ]) {
      const text = unit(
        [team],
        [training, "| CI R. Tamsworth | Safeguarding e-learning | 03/03/2025 | 03/03/2028 |"],
      );
      expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).toEqual([]);
    }
  });

  it("still reports an officer the training table does not name (near miss)", () => {
    const text = unit(
      ["| Designated Safeguarding Lead | Lieutenant Commander Oriel Vasquez-Brand RNR | 07700 900301 |"],
      [
        "| Lt Cdr O. Marchbank | Designated Safeguarding Lead (partnership course) | 04/04/2025 | 04/04/2027 |",
        "| CI R. Tamsworth | Safeguarding e-learning | 03/03/2025 | 03/03/2028 |",
      ],
    );
    expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).toEqual([
      "Lieutenant Commander Oriel Vasquez-Brand",
    ]);
  });

  it("leaves a wing's safeguarding officer alone: a wider body's contact, not the unit's lead", () => {
    const text = unit(
      [
        "| Designated Safeguarding Lead | Lieutenant Oriel Vasquez-Brand | 07700 900301 |",
        "| Wing Safeguarding Officer (Northern Wing) | Mrs Pella Drummond-Ashe | 01632 960111 |",
      ],
      [
        "| Lt O. Vasquez-Brand | Designated Safeguarding Lead (partnership course) | 04/04/2025 | 04/04/2027 |",
      ],
    );
    expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).toEqual([]);
  });
});

function club(sentence: string): string {
  return [
    "# Fellgate Junior Orienteering Club — Safeguarding",
    "",
    "**Welfare Officer:** Mrs Tamsin Okoro-Blake, 07700 900401",
    "",
    "## Concerns about an adult",
    "",
    sentence,
    "",
    "## Training",
    "",
    "| Name | Course | Completed | Refresher due |",
    "| --- | --- | --- | --- |",
    "| Mrs T. Okoro-Blake | Designated Safeguarding Lead (partnership) | 10/10/2025 | 10/2027 |",
    "| Mr P. Ashdown | Safeguarding awareness (online) | 05/05/2025 | 05/2028 |",
    "",
  ].join("\n");
}

describe("another role named between a lead's role and a name", () => {
  it("gives the name to the other role", () => {
    for (const sentence of [
      "Tell the Welfare Officer, or the Treasurer (Mr Bertrand Quill-Osei, 07700 900402) if the concern is about the Welfare Officer.",
      "Speak to the Welfare Officer or the Club President: Dr Annika Farrow-Lees, 07700 900403.",
    ]) {
      const text = club(sentence);
      expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).toEqual([]);
    }
  });
});

function scheme(row: string): string {
  return [
    "# Ystrad Valley Young Farmers — Safeguarding",
    "",
    "Designated Safeguarding Person: Bethan Morys-Price",
    "",
    "## Training",
    "",
    "| Name | Role | Course | Completed | Renewal due |",
    "| --- | --- | --- | --- | --- |",
    "| Bethan Morys-Price | Designated Safeguarding Person | Safeguarding Level 3 | 02/02/2026 | 02/2028 |",
    row,
    "",
  ].join("\n");
}

describe("a row for a whole group", () => {
  it("is a rule, not an undated record", () => {
    for (const row of [
      "| All volunteers | Volunteers | Safeguarding Level 1 (online) | at induction | every 2 years |",
      "| Every new helper | Helpers | Safeguarding awareness | within their first month | every 3 years |",
      "| Everyone | All roles | Safeguarding basics | see the induction pack | every 3 years |",
    ]) {
      const text = scheme(row);
      expect(excerpts(checkText(trainingUndated, text, { asOf }), text)).toEqual([]);
    }
  });

  it("still reports a named person's row with no date (near miss)", () => {
    const text = scheme(
      "| Allegra Penhaligon | Leader | Safeguarding Level 1 (online) | at induction | every 2 years |",
    );
    expect(checkText(trainingUndated, text, { asOf })).toHaveLength(1);
  });
});

function nurseries(dates: string[]): string {
  const names = ["Morwenna Tregarthen", "Idris Falconbridge", "Sunniva Achterberg"];
  return [
    "# Meadowlark Nurseries — Safeguarding and Child Protection",
    "",
    "Designated Safeguarding Lead: Morwenna Tregarthen, Group Manager",
    "",
    "## Training",
    "",
    "  Name                    Site             Course                 Refresher due",
    "  ----------------------- ---------------- ---------------------- --------------",
    ...names.map(
      (n, i) =>
        `  ${n.padEnd(24)}${["Head office", "Quarry Hill", "Quarry Hill"][i].padEnd(17)}DSL (Level 3)          ${dates[i]}`,
    ),
    "",
  ].join("\n");
}

describe("a table laid out with spaces with only the date each course falls due", () => {
  it("reports a refresher date that has passed as stale, and no row as undated", () => {
    for (const [dates, stale] of [
      [["04/2027", "20/11/2026", "09/2027"], "Idris Falconbridge"],
      [["01/2027", "06/2027", "10/2026"], "Sunniva Achterberg"],
    ] as const) {
      const text = nurseries([...dates]);
      const found = checkText(trainingStale, text, { asOf });
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain(stale);
      expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    }
  });

  it("says nothing when every refresher is still to come (near miss)", () => {
    const text = nurseries(["04/2027", "02/2027", "09/2027"]);
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });
});
