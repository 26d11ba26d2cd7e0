/**
 * Training matrices headed with Wales's national safeguarding training groups (held-out set zz54), in our own words;
 * every name is invented. As of 3 December 2026. A matrix's columns "Group A", "Grŵp B / Group B", "Group C (DSP)"
 * are courses: "Group A" and "Group B" are awareness courses (3 years), a column marked "(DSP)" (Designated
 * Safeguarding Person) is the designated lead's course (2 years). A "Group C training – date" line is an undated
 * course. Near misses: age groups, "Group leader" and other "Group" columns are never courses; a Group A within
 * three years stays silent. The matrix's people: a deputy with a Welsh initial of two letters ("Mr Ll. R. …") is one
 * person, not "Mr Ll"; an authority's officer "(… / advice only; …)" beside a bold role is not a lead needing training.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

function policy(table: string[], extra: string[] = []): string {
  return [
    "# Canolfan Awyr Agored Nant Eira — Safeguarding Policy",
    "",
    "## 2. Who is who",
    "",
    "| Role | Name | Contact |",
    "| --- | --- | --- |",
    "| Designated Safeguarding Person (DSP) | Ms Lowri Haf-Tennant, Centre Manager | 07700 900 614 |",
    "| Deputy DSP | Mr Dewi Abernant, Senior Instructor | 07700 900 615 |",
    "",
    ...extra,
    "## 7. Training",
    "",
    "Instructors complete Group A training when they join and every three years; the DSP and deputy hold Group C.",
    "",
    ...table,
    "",
  ].join("\n");
}

const matrix = (
  dspGroupC: string,
  dspGroupA = "01/2025",
  header = "| Name | Role | Group A | Group C (DSP) | Paddlesport coach |",
) => [
  header,
  "| --- | --- | --- | --- | --- |",
  `| Lowri Haf-Tennant | Centre Manager, DSP | ${dspGroupA} | ${dspGroupC} | 08/2023 |`,
  "| Dewi Abernant | Senior Instructor, Deputy DSP | 02/2025 | 07/2025 | 09/2024 |",
  "| Idris Cole-Mabon | Instructor | 11/2025 | N/A | 03/2022 |",
];

const run = (rule: typeof stale, text: string, format: "md" | "docx" = "md") =>
  checkText(rule, text, { asOf, format }).map((f) => f.message);

describe("a training matrix headed with Wales's safeguarding groups", () => {
  it("reports the DSP's Group C (DSP) column as lapsed after two years", () => {
    for (const format of ["md", "docx"] as const) {
      const messages = run(stale, policy(matrix("04/2024")), format);
      expect(messages, format).toHaveLength(1);
      expect(messages[0]).toContain("Lowri Haf-Tennant");
      expect(messages[0]).toContain("Group C (DSP)");
    }
  });

  it("reports a Group A column's course lapsed after three years, in a bilingual header", () => {
    const header = "| Enw / Name | Rôl / Role | Grŵp A / Group A | Grŵp C / Group C | Paddlesport coach |";
    const messages = run(stale, policy(matrix("06/2025", "10/2023", header)));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Lowri Haf-Tennant");
    expect(messages[0]).toContain("Group A");
  });

  it("near miss: a Group A within three years and a Group C (DSP) within two stay silent", () => {
    expect(run(stale, policy(matrix("02/2025", "03/2024")))).toEqual([]);
  });

  it("reads the matrix as the leads' training: no lead is reported without training", () => {
    expect(run(missing, policy(matrix("02/2025")))).toEqual([]);
  });

  it("near miss: age groups and a group leader's column are not courses", () => {
    const table = [
      "| Name | Group leader | Group A (8–11s) | Group B (12–15s) |",
      "| --- | --- | --- | --- |",
      "| Lowri Haf-Tennant | Yes | 03/2019 | 04/2019 |",
      "| Dewi Abernant | No | 05/2018 | 06/2018 |",
    ];
    expect(run(stale, policy(table))).toEqual([]);
    const ages = ["| Group | Ages | Started |", "| --- | --- | --- |", "| Group A | 8–11 | 09/2019 |"];
    expect(run(stale, policy(ages))).toEqual([]);
  });
});

describe("a DSP's course in a line under the person's name", () => {
  it("reports 'DSP training' lapsed after two years, not three", () => {
    const lines = [
      "**Dewi Abernant**",
      "DSP training (regional board) – 05/2024",
      "Group A safeguarding awareness – 02/2025",
    ];
    const messages = run(stale, policy([], [...lines, ""]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Dewi Abernant");
    expect(messages[0]).toContain("DSP training");
  });
});

describe("a Group C line left to fill in", () => {
  it("reports 'Group C training – date' under the deputy's name as undated", () => {
    const lines = [
      "**Dewi Abernant**",
      "Group C training – date",
      "Group A safeguarding awareness – 02/2025",
    ];
    const messages = run(undated, policy([], [...lines, ""]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Dewi Abernant");
  });
});

describe("the matrix's people", () => {
  const named = (deputy: string, adviser: string[] = []) =>
    [
      "# Canolfan Awyr Agored Nant Eira — Safeguarding Policy",
      "",
      "**Designated Safeguarding Person**",
      "Ms Lowri Haf-Tennant, Centre Manager",
      "",
      "**Deputy Designated Safeguarding Person**",
      `${deputy}, Senior Instructor`,
      "",
      ...adviser,
      "## 7. Training",
      "",
      "| Name | Role | Group A | Group C (DSP) |",
      "| --- | --- | --- | --- |",
      "| Ms Lowri Haf-Tennant | DSP | 01/2025 | 02/2025 |",
      `| ${deputy} | Deputy DSP | 02/2025 | 07/2025 |`,
      "| Mr Idris Cole-Mabon | Instructor | 11/2025 | N/A |",
      "",
    ].join("\n");

  it("a deputy named with a Welsh initial of two letters is the matrix row's person", () => {
    expect(run(missing, named("Mr Ll. R. Abernant"))).toEqual([]);
    expect(run(missing, named("Mrs Rh. Abernant-Wynne"))).toEqual([]);
  });

  it("an authority's officer for advice only, in a bilingual bracket, needs no training of ours", () => {
    const adviser = [
      "**Swyddog Diogelu'r Cyngor / Council Youth Safeguarding Officer** (cyngor yn unig / advice only; not for day-to-day concerns)",
      "Mr Emrys Tal-y-bont, 01632 960 771",
      "",
    ];
    expect(run(missing, named("Mr Dewi Abernant", adviser))).toEqual([]);
  });
});
