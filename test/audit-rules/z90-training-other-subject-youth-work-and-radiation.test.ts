/**
 * A qualification in youth work, playwork, childcare, teaching or coaching is its own subject, not safeguarding
 * training: it does not lapse as a safeguarding course does. Another subject's "protection" (radiation, data, fire,
 * fall, hearing, respiratory) is not child protection either. From the held-out sets zz90 and zz92, in our own
 * words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function listPolicy(records: string[]): string {
  return [
    "# Brookfield Chapel Children's Church – Safeguarding Policy",
    "",
    "## 2. Who to speak to",
    "",
    "Our Safeguarding Coordinator is Miriam Tull (07700 900611); her deputy is Josiah Ekwueme.",
    "",
    "## 3. Training",
    "",
    "Miriam Tull",
    "· Level 3 Designated Safeguarding Lead, 4th May 2025",
    "",
    "Josiah Ekwueme",
    ...records,
    "",
    "Every children's worker attends a safeguarding refresher every two years.",
    "",
  ].join("\n");
}

function tablePolicy(rows: string[]): string {
  return [
    "# Seaview Orthodontics – Safeguarding Policy for School Visits",
    "",
    "## 2. Safeguarding leads",
    "",
    "| Role | Name | Contact |",
    "| --- | --- | --- |",
    "| Safeguarding Lead | Dr Priya Talwar-Moss | 01632 960 711 |",
    "| Deputy Safeguarding Lead | Owen Fairclough | 01632 960 712 |",
    "",
    "## 3. Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Dr Priya Talwar-Moss | Safeguarding children and young people Level 3 | 14/03/2025 |",
    "| Owen Fairclough | Safeguarding children Level 3 | 02/2025 |",
    ...rows,
    "",
  ].join("\n");
}

const stale = (text: string) => checkText(trainingStale, text, { asOf }).map((f) => f.message);

describe("a qualification in youth work, playwork, childcare, teaching or coaching", () => {
  it("is not safeguarding training that lapses", () => {
    for (const course of [
      "· Youth Work Level 3 Certificate, June 2018",
      "· Playwork Level 2 Diploma, March 2016",
      "· Childcare Level 3, 2014",
      "· Youth and Community Work degree, 2011",
      "· Teaching Assistant Level 2 Certificate, 2017",
    ]) {
      expect(
        stale(listPolicy(["· Thirtyone:eight Safeguarding Foundations, 2nd March 2025", course])),
      ).toEqual([]);
    }
  });

  it("still lapses when its title says safeguarding or child protection", () => {
    const found = stale(listPolicy(["· Youth Work Safeguarding and Child Protection Level 3, June 2018"]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Josiah Ekwueme's/);
  });
});

describe("another subject's protection", () => {
  it("is not child protection training", () => {
    for (const course of [
      "IR(ME)R radiation protection update",
      "Radiation protection refresher",
      "Fire protection course",
      "Fall protection training",
      "Hearing protection awareness",
    ]) {
      expect(stale(tablePolicy([`| Dr Priya Talwar-Moss | ${course} | 2017 |`]))).toEqual([]);
      expect(stale(tablePolicy([`| Bethan Lloyd | ${course} | 2017 |`]))).toEqual([]);
    }
  });

  it("child protection, the protection of children, safeguarding and protection still lapse", () => {
    for (const course of [
      "Child protection update",
      "Protection of children refresher",
      "Safeguarding and protection update",
    ]) {
      const found = stale(tablePolicy([`| Bethan Lloyd | ${course} | 2017 |`]));
      expect(found, course).toHaveLength(1);
      expect(found[0]).toMatch(/^Bethan Lloyd's/);
    }
  });
});
