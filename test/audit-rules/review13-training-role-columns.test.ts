/**
 * training-stale and training-missing (review 13): a transposed training matrix — a row per course — whose columns
 * are headed with roles, not names ("| Course | DSL | Deputy DSL |"). Where the policy names who holds the role
 * ("Our DSL is …"), the column is that person's record; where nobody is named for it, the record is the role's and is
 * reported in the role's words, as a matrix's row headed with a role always was. A matrix with a row per person
 * reads a row headed with a role the same way. As of 3 December 2026; every name here is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

function policy(who: string[], table: string[]): string {
  return [
    "# Kestrel Vale Gymnastics — Safeguarding Policy",
    "",
    "## 2. Who to go to",
    "",
    ...who,
    "",
    "## 8. Training",
    "",
    "Every coach refreshes safeguarding training every three years; the welfare leads every two.",
    "",
    ...table,
    "",
    "## 9. Reporting",
    "",
    "Tell a welfare lead on the same day.",
    "",
  ].join("\n");
}

const named = [
  "Our Designated Safeguarding Lead (DSL) is Mrs Ilse Marchetti, head coach.",
  "",
  "Our Deputy DSL is Rhodri Fenwick, the club secretary.",
];
const unnamed = [
  "The Designated Safeguarding Lead (DSL) is the head coach; the Deputy DSL is the club secretary.",
];

const byCourse = (dsl: string, deputy = "09/2025") => [
  "| Course | DSL | Deputy DSL |",
  "| --- | --- | --- |",
  `| Designated lead training | ${dsl} | ${deputy} |`,
  "| Prevent awareness | 04/2025 | 04/2025 |",
];

const run = (rule: typeof stale, text: string, format: "md" | "docx" = "md") =>
  checkText(rule, text, { asOf, format }).map((f) => f.message);

describe("a transposed training matrix with a column per role", () => {
  it("reads a role's column as the record of the person named for it", () => {
    for (const format of ["md", "docx"] as const) {
      const messages = run(stale, policy(named, byCourse("03/2022")), format);
      expect(messages, format).toHaveLength(1);
      expect(messages[0], format).toMatch(/^Mrs Ilse Marchetti's most recent Designated lead training/);
      expect(messages[0], format).toContain("March 2022");
      expect(run(missing, policy(named, byCourse("03/2022")), format), format).toEqual([]);
    }
  });

  it("reports the deputy's lapsed column under the deputy's name", () => {
    const messages = run(stale, policy(named, byCourse("10/2025", "01/2023")));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Rhodri Fenwick's most recent Designated lead training/);
  });

  it("reads the column as the role's record when nobody is named for the role", () => {
    const messages = run(stale, policy(unnamed, byCourse("03/2022")));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^DSL's most recent Designated lead training/);
  });

  it("near miss: a matrix all current stays silent", () => {
    expect(run(stale, policy(named, byCourse("10/2025")))).toEqual([]);
  });

  it("two people named for the role (two sites): the column stays the role's, and neither is untrained", () => {
    const twoLeads = [
      "Designated Safeguarding Lead (DSL) at the Northgate hall: Mrs Ilse Marchetti.",
      "",
      "Designated Safeguarding Lead (DSL) at the Riverside hall: Gideon Ashworth-Lyle.",
    ];
    const messages = run(stale, policy(twoLeads, byCourse("03/2022")));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^DSL's most recent Designated lead training/);
    // Nor is either of them said to have no training: the role's column may be theirs.
    expect(run(missing, policy(twoLeads, byCourse("03/2022")))).toEqual([]);
  });
});

describe("a training matrix with a row per role", () => {
  const byPerson = (dsl: string) => [
    "| Name | Designated lead training | Prevent awareness |",
    "| --- | --- | --- |",
    `| DSL | ${dsl} | 04/2025 |`,
    "| Deputy DSL | 09/2025 | 04/2025 |",
  ];

  it("reads a role's row as the record of the person named for it, and credits them with it", () => {
    const messages = run(stale, policy(named, byPerson("03/2022")));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Mrs Ilse Marchetti's most recent Designated lead training/);
    expect(run(missing, policy(named, byPerson("03/2022")))).toEqual([]);
  });

  it("keeps the role's words when nobody is named for it", () => {
    const messages = run(stale, policy(unnamed, byPerson("03/2022")));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^DSL's most recent Designated lead training/);
  });
});
