/**
 * A training log of dated entries, newest last, people interleaved and known by initials that a key elsewhere in
 * the policy explains ("03/02/24 – PO – Level 3 refresher"); a booking entry is no completion. And a one-column
 * table under a "Training" heading whose row is a rule for everyone ("Every volunteer repeats … each January") is
 * no undated course. From the 114th held-out set, in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const log = [
  "# Brightwater Youth Project – Safeguarding Policy",
  "",
  "### Key to initials",
  "",
  "PO – Priya Okonjo-Hart, Safeguarding Lead (Project Manager), 07700 900 101",
  "DL – Dara Lindqvist, Deputy Safeguarding Lead (Mentor), 07700 900 102",
  "SN – Sam Nwachukwu-Reyes, Mentor",
  "",
  "## Training record (oldest first)",
  "",
  "03/02/22 – PO – Level 3 Designated Lead (County SCP)",
  "15/06/23 – SN – Safeguarding awareness (County SCP)",
  "09/09/23 – DL – Paediatric first aid",
  "03/02/24 – PO – Level 3 refresher",
  "10/10/25 – DL – Level 3 Designated Lead (County SCP)",
  "25/11/26 – PO – booked onto DSL refresher on 14/02/27",
  "",
].join("\n");

describe("a training log under keyed initials", () => {
  it("reads each entry as the keyed person's, the latest of each course judged", () => {
    const found = checkText(trainingStale, log, { asOf });
    expect(excerpts(found, log)).toEqual([
      "03/02/24 – PO – Level 3 refresher",
      "15/06/23 – SN – Safeguarding awareness (County SCP)",
    ]);
    expect(found[0].message).toContain("Priya Okonjo-Hart");
    expect(found[0].message).toContain("lapsed on 3 February 2026");
    expect(found[1].message).toContain("Sam Nwachukwu-Reyes");
  });

  it("reads nothing under initials that no key explains", () => {
    const text = log.replace(/^(?:PO|DL|SN) – .*$/gm, "");
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});

describe("a one-column training table whose row is a rule for a group", () => {
  const table = (row: string) =>
    [
      "# Fernbrook Academy – Safeguarding Policy",
      "",
      "| **1. Our team** |",
      "| --- |",
      "| Designated Safeguarding Lead: Mrs Petra Oyelaran-Hughes, Deputy Head – 01632 960 111 |",
      "",
      "| **2. Training of the team** |",
      "| --- |",
      "| Mrs Oyelaran-Hughes – DSL training (Fernbrook Partnership), 5 June 2025. |",
      `| ${row} |`,
      "",
    ].join("\n");

  it("is no undated course", () => {
    for (const row of [
      "Every member of staff does safeguarding training at induction and a refresher each January.",
      "All volunteers repeat their safeguarding course every two years.",
    ])
      expect(checkText(trainingUndated, table(row), { asOf }), row).toEqual([]);
  });
});

describe("a one-column training table whose rows open with a title and surname", () => {
  it("gives each row to the named lead with that surname", () => {
    const text = [
      "# Fernbrook Academy – Safeguarding Policy",
      "",
      "| **1. Our team** |",
      "| --- |",
      "| Designated Safeguarding Lead: Dr Helena Quill-Amberly, Deputy Head – 01632 960 111 |",
      "| Deputy Designated Safeguarding Lead: Mr Tobias Renwick-Osei (Head of Year 13) |",
      "",
      "| **2. Training of the team** |",
      "| --- |",
      "| Dr Quill-Amberly – DSL training (Fernbrook Partnership), 21/09/2024; termly network briefings. |",
      "| Mr Renwick-Osei – DSL training (Fernbrook Partnership), 4 April 2025. |",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual([
      "| Dr Quill-Amberly – DSL training (Fernbrook Partnership), 21/09/2024; termly network briefings. |",
    ]);
    expect(found[0].message).toContain("Quill-Amberly");
  });
});

describe("a checklist table of dated items, one a named lead's course", () => {
  it("reads the lead's course from its item, and nothing else", () => {
    const text = [
      "# Safeguarding Policy",
      "",
      "Designated Safeguarding Lead: Oren Castellanos, Services Manager – 01632 960 333",
      "",
      "## Our checklist",
      "",
      "| Item | Last done | Next due | Status |",
      "| --- | --- | --- | --- |",
      "| Designated lead training – Oren Castellanos | 02/11/2024 | 02/11/2026 | Green |",
      "| Staff handbook update | 05/2023 | 05/2024 | Red – overdue |",
      "| Fire drill | 01/09/2026 | 01/12/2026 | Green |",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual([
      "| Designated lead training – Oren Castellanos | 02/11/2024 | 02/11/2026 | Green |",
    ]);
    expect(found[0].message).toContain("Oren Castellanos's most recent Designated lead training is dated");
  });
});

describe("a webinar on another subject and safeguarding", () => {
  it("does not renew a person's general safeguarding course", () => {
    const text = [
      "# Safeguarding Policy",
      "",
      "Welfare Officer: Nadia Ferreira-Stone, 07700 900 444",
      "",
      "Deputy Welfare Officer: Callum Ibekwe-Marsh, 07700 900 445",
      "",
      "## Training",
      "",
      "Callum Ibekwe-Marsh",
      "· Safeguarding Children Level 2 (online) – Jan 2022",
      "· Hearing loss and safeguarding (charity webinar) – 9th June 2024",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual(["Safeguarding Children Level 2 (online) – Jan 2022"]);
    expect(found[0].message).toContain("Callum Ibekwe-Marsh");
  });
});
