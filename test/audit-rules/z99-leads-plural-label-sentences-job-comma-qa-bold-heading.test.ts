/**
 * Ways of naming a lead or deputy, in our own words with invented names and settings:
 *  - after a plural role label ("Deputies", "Deputy DSLs", "Our deputies"), a cell or a line of several sentences,
 *    each opening with a person's name and their job or place ("Mina Castell, Play Leader, Orchard Site (…). Rhys
 *    Vantongeren, Play Leader, Brook Site (…).") names every one of them — but never a sentence that goes on about
 *    someone ("Tom Ure is the manager"), nor anything after a sentence that names no one.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("deputies: several sentences after a plural label, each opening with a name", () => {
  const table = [
    "# Safeguarding arrangements — Brookfold Play Association",
    "",
    "| No. | Topic | What we do | Owner |",
    "| --- | --- | --- | --- |",
    "| 1 | Designated lead | Our Designated Safeguarding Lead is the Play Manager, Tomas Ure (07700 900100). | Trustees |",
    "| 2 | Deputies | Mina Castell, Play Leader, Orchard Site (07700 900201). Rhys Vantongeren, Play Leader, Brook Site (07700 900202). | Play Manager |",
    "| 3 | Training | Tomas – DSL (Level 3), 03/2026. Mina – DSL (Level 3), 04/2026. Rhys – Safeguarding Awareness (Level 2), 2022-05-10. | Play Manager |",
    "",
  ].join("\n");
  for (const format of ["md", "docx"] as const) {
    it(`reads both deputies in the cell (${format})`, () => {
      expect(namesFor(table, format, "deputy")).toEqual(["Mina Castell", "Rhys Vantongeren"]);
    });
  }
  it("the second deputy's old course is stale", () => {
    const found = checkText(trainingStale, table, { asOf, format: "md" });
    expect(found.map((f) => f.message).filter((m) => m.includes("Rhys Vantongeren"))).toHaveLength(1);
  });

  it("a line after a plural label: every sentence that opens with a name and a job", () => {
    const line = [
      "# Safeguarding policy — Brookfold Play Association",
      "",
      "Our Designated Safeguarding Lead is Tomas Ure (07700 900100).",
      "",
      "Deputy DSLs: Mina Castell, Play Leader, Orchard Site (07700 900201). Rhys Vantongeren, Play Leader, Brook Site (07700 900202).",
      "",
    ].join("\n");
    expect(namesFor(line, "md", "deputy")).toEqual(["Mina Castell", "Rhys Vantongeren"]);
  });

  it("a sentence that goes on about someone, or one after a sentence naming no one, is not a deputy", () => {
    const prose = [
      "# Safeguarding policy — Brookfold Play Association",
      "",
      "Our Designated Safeguarding Lead is Tomas Ure (07700 900100).",
      "",
      "| Area | Detail |",
      "| --- | --- |",
      "| Deputies | Mina Castell, Play Leader (07700 900201). Gwen Harrow is our chair and handles complaints. |",
      "| Deputy DSLs | Mina Castell, Play Leader (07700 900201). Staff ring her first. Owen Pask, Treasurer, keeps the rota. |",
      "",
    ].join("\n");
    expect(namesFor(prose, "md", "deputy")).toEqual(["Mina Castell"]);
  });

  it("a singular label keeps its one name", () => {
    const single = [
      "# Safeguarding policy — Brookfold Play Association",
      "",
      "Our Designated Safeguarding Lead is Tomas Ure (07700 900100).",
      "",
      "| Area | Detail |",
      "| --- | --- |",
      "| Deputy | Mina Castell, Play Leader (07700 900201). Owen Pask, Treasurer, keeps the accounts (07700 900203). |",
      "",
    ].join("\n");
    expect(namesFor(single, "md", "deputy")).toEqual(["Mina Castell"]);
  });
});

describe("a job after the holder's name and a comma is not a second holder", () => {
  const text = [
    "# Safeguarding policy — Elmcroft Therapy Centre",
    "",
    "Designated Safeguarding Lead: Mr Owain Pryce, Centre Director",
    "",
    "Deputy: Dr Ilse Varga, Clinical Psychologist",
    "",
    "## Training",
    "",
    "| Name | Course | Completed |",
    "| --- | --- | --- |",
    "| Owain Pryce | Designated Safeguarding Lead training | 10/02/2026 |",
    "| Ilse Varga | Designated Safeguarding Lead training | 11/02/2026 |",
    "",
  ].join("\n");
  it("names the deputy alone", () => {
    expect(namesFor(text, "md", "deputy")).toEqual(["Dr Ilse Varga"]);
    expect(checkText(trainingMissing, text, { asOf, format: "md" })).toEqual([]);
  });
  it("a second person after the comma is still read", () => {
    const two = text.replace("Dr Ilse Varga, Clinical Psychologist", "Dr Ilse Varga, Tamsin Orley");
    expect(namesFor(two, "md", "deputy")).toEqual(["Dr Ilse Varga", "Tamsin Orley"]);
  });
});

describe("a who-question answered with the holder's job and name", () => {
  const qa = (answer: string) =>
    [
      "# Keeping children safe at Larkspur Youth Hub — questions and answers",
      "",
      "**Who is the safeguarding lead?**",
      "",
      answer,
      "",
    ].join("\n");
  it('"It\'s our <job>, <Name>, who …"', () => {
    expect(
      namesFor(qa("It's our Hub Manager, Perrin Lasky, who takes every worry you raise."), "md", "dsl"),
    ).toEqual(["Perrin Lasky"]);
  });
  it('"It is <Name>, our <job>, who …"', () => {
    expect(
      namesFor(qa("It is Perrin Lasky, our Hub Manager, who takes every worry you raise."), "md", "dsl"),
    ).toEqual(["Perrin Lasky"]);
  });
  it("a job with no name after it names no one", () => {
    expect(namesFor(qa("It's our Hub Manager, who takes every worry you raise."), "md", "dsl")).toEqual([]);
  });
});

describe("a Lead | Deputy pair under a heading line that is not a Markdown heading", () => {
  const pair = (heading: string) =>
    [
      "# Larkspur Youth Hub",
      "",
      "## Summer programme",
      "",
      "The programme runs for six weeks from July.",
      "",
      heading,
      "",
      "Lead: Perrin Lasky | Deputy: Odette Vries",
      "",
    ].join("\n");
  it("under a bold heading about safeguarding contacts", () => {
    expect(namesFor(pair("**Safeguarding contacts**"), "md", "deputy")).toEqual(["Odette Vries"]);
  });
  it("under a plain heading line about safeguarding contacts", () => {
    expect(namesFor(pair("Safeguarding contacts"), "md", "deputy")).toEqual(["Odette Vries"]);
  });
  it("under a bold heading about something else: not the safeguarding pair", () => {
    const text = [
      "# Larkspur Youth Hub",
      "",
      "**Summer camp staffing**",
      "",
      "Lead: Perrin Lasky | Deputy: Odette Vries",
      "",
    ].join("\n");
    expect(namesFor(text, "md", "deputy")).toEqual([]);
  });
});
