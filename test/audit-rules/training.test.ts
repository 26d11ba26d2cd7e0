import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkSetting, checkText, excerpts, OLD_POLICY } from "../helpers/audit-context.js";

const asOf = "2026-11-28";

const TRAINING_TABLE = `| Name | Role | Course | Completed | Renew by |
| --- | --- | --- | --- | --- |
| Priya Marsh | Designated safeguarding lead | Early Years Designated Safeguarding Lead training | 12 March 2025 | 12 March 2027 |
| Priya Marsh | Designated safeguarding lead | Safeguarding Thresholds training | 15 October 2024 | 15 October 2027 |
| Tom Okafor | Deputy designated safeguarding lead | Early Years Designated Safeguarding Lead training | 20 June 2022 | 20 June 2024 |
| Tom Okafor | Deputy designated safeguarding lead | Early Years Designated Safeguarding Lead training | 1 June 2025 | 1 June 2027 |
`;

describe("training-missing", () => {
  it("reports a dsl, deputy or team member with no training in the data", () => {
    const found = checkSetting(
      trainingMissing,
      {
        leads: [
          {
            role: "dsl",
            name: "Priya Marsh",
            email: "p@example.org",
            training: [{ course: "dsl-full", date: "2025-01-01" }],
          },
          { role: "deputy", name: "Tom Okafor", training: [] },
          { role: "team", name: "Hannah Lowe" },
          { role: "governor", name: "Ruth Bell" },
        ],
      },
      { asOf },
    );
    expect(found.map((f) => f.path)).toEqual([
      ["leads", 1],
      ["leads", 2],
    ]);
    expect(found[0].message).toMatch(
      /^Tom Okafor \(deputy designated safeguarding lead\) has no safeguarding training recorded/,
    );
  });

  it("reports a named lead with no training when the policy lists training", () => {
    const text = `${OLD_POLICY}\nDeputy Designated Safeguarding Lead: John Brown\n`;
    const found = checkText(trainingMissing, text, { asOf });
    expect(excerpts(found, text)).toEqual(["John Brown"]);
    const table = `${TRAINING_TABLE}| Hannah Lowe | Deputy designated safeguarding lead | No safeguarding training recorded | | |\n`;
    expect(excerpts(checkText(trainingMissing, table, { asOf }), table)).toEqual([
      "| Hannah Lowe | Deputy designated safeguarding lead | No safeguarding training recorded | | |",
    ]);
  });

  it("is quiet when every lead has training, or the policy lists none", () => {
    expect(checkSetting(trainingMissing, {}, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, TRAINING_TABLE, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, OLD_POLICY, { asOf })).toEqual([]);
    expect(
      checkText(trainingMissing, "Designated Safeguarding Lead: Jane Smith\nDeputy DSL: John Brown\n", {
        asOf,
      }),
    ).toEqual([]);
  });
});

describe("training-undated", () => {
  it("reports records without a date", () => {
    const found = checkSetting(
      trainingUndated,
      {
        leads: [
          { role: "dsl", name: "Priya Marsh", email: "p@example.org", training: [{ course: "dsl-full" }] },
        ],
      },
      { asOf },
    );
    expect(found).toEqual([
      expect.objectContaining({
        path: ["leads", 0, "training", 0],
        message: `Priya Marsh's Designated Safeguarding Lead training has no date — add date: YYYY-MM-DD (the day it was completed) to the record in orgs/acorns-day-nursery.yaml`,
      }),
    ]);
  });

  it("reports training lines with no date in a policy", () => {
    const found = checkText(trainingUndated, OLD_POLICY, { asOf });
    expect(excerpts(found, OLD_POLICY)).toEqual(["Level 3 Designated Safeguarding Lead training – date"]);
    expect(found[0].message).toBe(
      `Jane Smith's Level 3 Designated Safeguarding Lead training is listed without a date — write the date it was completed (day, month and year)`,
    );
    const block =
      "Designated Safeguarding Lead: Jane Smith\n- Safeguarding Thresholds Training\n- Prevent awareness course: 3 May 2025\n";
    expect(excerpts(checkText(trainingUndated, block, { asOf }), block)).toEqual([
      "Safeguarding Thresholds Training",
    ]);
  });

  it("leaves dated training and prose about training alone", () => {
    expect(checkSetting(trainingUndated, {}, { asOf })).toEqual([]);
    expect(checkText(trainingUndated, TRAINING_TABLE, { asOf })).toEqual([]);
    const prose =
      "All staff complete safeguarding training at induction and every three years.\n\n## 2.1 Training\n\nOur leads renew their training every two years.\n";
    expect(checkText(trainingUndated, prose, { asOf })).toEqual([]);
  });
});

describe("training-stale", () => {
  it("reports the latest record of a course when it is out of date", () => {
    const found = checkSetting(
      trainingStale,
      {
        leads: [
          {
            role: "dsl",
            name: "Priya Marsh",
            email: "p@example.org",
            training: [
              { course: "dsl-full", date: "2019-03-12" },
              { course: "dsl-full", date: "2021-03-12" },
              { course: "thresholds", date: "2024-10-15" },
              { course: "Paediatric first aid and safeguarding", date: "2022-01-10" },
            ],
          },
        ],
      },
      { asOf },
    );
    expect(found.map((f) => f.path)).toEqual([
      ["leads", 0, "training", 1, "date"],
      ["leads", 0, "training", 3, "date"],
    ]);
    expect(found[0].message).toBe(
      "Priya Marsh's Designated Safeguarding Lead training is dated 12 March 2021, more than 24 months before 28 November 2026 — book a refresher and record the new date",
    );
    expect(found[1].message).toMatch(
      /Paediatric first aid and safeguarding training is dated 10 January 2022, more than 36 months/,
    );
  });

  it("uses the options and the course catalogue", () => {
    const setting = {
      leads: [
        {
          role: "dsl" as const,
          name: "Priya Marsh",
          email: "p@example.org",
          training: [{ course: "dsl-full", date: "2025-01-10" }],
        },
      ],
    };
    expect(checkSetting(trainingStale, setting, { asOf })).toEqual([]);
    expect(checkSetting(trainingStale, setting, { asOf, options: { dsl_months: 18 } })).toHaveLength(1);
    // Exactly 24 months is still in date.
    const edge = {
      leads: [
        {
          role: "dsl" as const,
          name: "P M",
          email: "p@example.org",
          training: [{ course: "dsl-full", date: "2024-11-28" }],
        },
      ],
    };
    expect(checkSetting(trainingStale, edge, { asOf })).toEqual([]);
    expect(checkSetting(trainingStale, {}, { asOf })).toEqual([]);
  });

  it("reports stale training lines in a policy", () => {
    const found = checkText(trainingStale, OLD_POLICY, { asOf });
    expect(excerpts(found, OLD_POLICY)).toEqual(["Safeguarding Thresholds Training – January 2018"]);
    expect(found[0].message).toBe(
      "Jane Smith's most recent Safeguarding Thresholds training is January 2018 — it lapsed at the end of January 2021 (it is valid for 3 years); book a refresher and record the new date",
    );
    const free = "Designated Safeguarding Lead: Jane Smith\n- Level 3 child protection course – 4 May 2024\n";
    expect(excerpts(checkText(trainingStale, free, { asOf }), free)).toEqual([
      "Level 3 child protection course – 4 May 2024",
    ]);
    expect(checkText(trainingStale, free, { asOf: "2026-05-04" })).toEqual([]);
  });

  it("checks only the latest row per person and course in a training table", () => {
    expect(checkText(trainingStale, TRAINING_TABLE, { asOf })).toEqual([]);
    const found = checkText(trainingStale, TRAINING_TABLE, { asOf: "2027-06-02" });
    expect(found.map((f) => f.message)).toEqual([
      "Priya Marsh's most recent Early Years Designated Safeguarding Lead training is dated 12 March 2025 — it lapsed on 12 March 2027 (it is valid for 2 years); book a refresher and record the new date",
      "Tom Okafor's most recent Early Years Designated Safeguarding Lead training is dated 1 June 2025 — it lapsed on 1 June 2027 (it is valid for 2 years); book a refresher and record the new date",
    ]);
  });
});

describe("training lines in prose and history", () => {
  it("are not training records", () => {
    const text = [
      "1 September 2021  Model 1.0  Training section added",
      "2 March 2022  Model 1.1  Updated the training table",
      "",
      "Every member of staff has safeguarding training at induction.",
    ].join("\n");
    for (const rule of [trainingStale, trainingUndated, trainingMissing])
      expect(checkText(rule, text, { asOf }), rule.meta.id).toEqual([]);
  });

  it("but a dated sentence about training is checked", () => {
    const text = "Whole-staff safeguarding training was last held on 4 September 2022.\n";
    expect(checkText(trainingStale, text, { asOf })[0].message).toBe(
      "The training on this line is dated 4 September 2022 — it lapsed on 4 September 2025 (it is valid for 3 years); book a refresher and record the new date",
    );
  });
});

describe("training tables written by the HTML and Word readers (one hyphen per delimiter cell)", () => {
  // Millbrook's policy: "No date recorded" in the Completed column is undated training, not missing training.
  const table = `| Name | Role | Course | Completed | Renew by |
| - | - | - | - | - |
| Shauna Doyle | Designated safeguarding lead | Designated Safeguarding Lead training | 17 May 2025 | 17 May 2027 |
| Imran Qureshi | Deputy designated safeguarding lead | Designated Safeguarding Lead training | No date recorded | |
| Imran Qureshi | Deputy designated safeguarding lead | Safeguarding basic awareness | 9 March 2024 | 9 March 2027 |
`;

  it("reports the undated row as training-undated", () => {
    const found = checkText(trainingUndated, table, { asOf });
    expect(excerpts(found, table)).toEqual([
      "| Imran Qureshi | Deputy designated safeguarding lead | Designated Safeguarding Lead training | No date recorded | |",
    ]);
    expect(found[0].message).toMatch(
      /^Imran Qureshi's Designated Safeguarding Lead training is listed without a date/,
    );
  });

  it("does not report the deputy as having no training", () => {
    expect(checkText(trainingMissing, table, { asOf })).toEqual([]);
  });
});
