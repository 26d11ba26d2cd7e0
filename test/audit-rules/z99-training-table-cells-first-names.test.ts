/**
 * Training read from the held-out set zz99, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A table that is no training table holds the leads' records in one of its cells: a policy set out in one table
 * (| No. | Area | What we do | Who is responsible |) with "First name – course, date." sentences in a cell, or a
 * checklist whose Notes cell gives the lead's course beside a ticked box. Each record is its named lead's.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a cell of first names and their courses in a policy set out as one table", () => {
  const policy = (cell: string) =>
    [
      "# Brackwater Youth Justice – site safeguarding",
      "",
      "| No. | Area | What we do | Who is responsible |",
      "| --- | --- | --- | --- |",
      "| 1 | Designated lead | The Designated Safeguarding Lead for all workshop sites is the Projects Coordinator, Miriam Castleton (07700 900111, m.castleton@example.org). | Head of Service |",
      "| 2 | Deputy | Dafydd Rowe-Ellis, Workshop Supervisor (07700 900112). | Projects Manager |",
      `| 3 | Training | ${cell} | Learning team |`,
      "| 4 | Transport | Two adults in each vehicle. | All staff |",
      "",
    ].join("\n");

  it("each person's course in the cell is their record, dated", () => {
    const doc = policy(
      "Miriam – DSL (Level 3), Brackwater SCP, 10/2024. Dafydd – Safeguarding Children Awareness (Level 2), 2022-11-30. All sessional workers: awareness e-learning at induction.",
    );
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual([
      "Miriam Castleton's",
      "Dafydd Rowe-Ellis's",
    ]);
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });

  it("recent courses: nothing reported", () => {
    const doc = policy(
      "Miriam – DSL (Level 3), Brackwater SCP, 10/2025. Dafydd – Safeguarding Children Awareness (Level 2), 2025-11-30.",
    );
    expect(checkText(trainingStale, doc, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });

  it("a cell naming roles, not courses, records nothing", () => {
    const doc = policy("Miriam – lead for all sites, 2019. Dafydd – deputy since 2020.");
    expect(checkText(trainingStale, doc, { asOf })).toEqual([]);
  });

  it("someone the policy does not name in full gives nothing; the others in the cell still count", () => {
    const doc = policy(
      "Miriam – DSL (Level 3), Brackwater SCP, 10/2024. Marek – Safeguarding Children Awareness (Level 2), 2019-03-01.",
    );
    const stale = checkText(trainingStale, doc, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual(["Miriam Castleton's"]);
  });

  it("someone the policy does not name as a lead: nothing", () => {
    const doc = policy("Marek – Safeguarding Children Awareness (Level 2), 2019-03-01.");
    expect(checkText(trainingStale, doc, { asOf })).toEqual([]);
  });
});

describe("a checklist's Notes cell", () => {
  const form = (notes: string) =>
    [
      "# Wetherdale Riding Club – annual safeguarding check",
      "",
      "Club Welfare Officer: NERYS HOLLINRAKE  Tel: 07700 900221",
      "",
      "| No. | Question | Yes | No | Notes |",
      "| --- | --- | --- | --- | --- |",
      "| 1 | Is the policy on the noticeboard? | ☒ | ☐ | |",
      `| 2 | Has the Welfare Officer been trained in the last three years? | ☒ | ☐ | ${notes} |`,
      "| 3 | Do parents consent to photographs? | ☒ | ☐ | Forms kept |",
      "",
      "## Contacts",
      "",
      "- Club Welfare Officer: as above",
      "- Federation Safeguarding Lead: Rowena Thistlewood, 01632 960999",
      "",
    ].join("\n");

  it("the lead's course by first name is her record: lapsed", () => {
    const stale = checkText(trainingStale, form("Nerys – Time to Listen workshop, 14/08/2022"), { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(
      /^Nerys Hollinrake's most recent Time to Listen workshop .*14 August 2022/i,
    );
  });

  it("the federation's safeguarding lead, a wider body's officer, is not the club's: no training missing", () => {
    expect(checkText(trainingMissing, form("Nerys – Time to Listen workshop, 14/08/2022"), { asOf })).toEqual(
      [],
    );
  });

  it("'SPC workshop' (Safeguarding and Protecting Children) is a safeguarding course", () => {
    const stale = checkText(trainingStale, form("Nerys – SPC workshop, 03/05/2022"), { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^NERYS HOLLINRAKE's most recent SPC workshop .*3 May 2022/);
  });

  it("a recent one: nothing", () => {
    expect(checkText(trainingStale, form("Nerys – Time to Listen workshop, 14/08/2025"), { asOf })).toEqual(
      [],
    );
  });
});
