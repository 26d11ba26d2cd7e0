/**
 * Training read from the held-out set zz98, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * 1. A CPD log per person: a bold caption naming a lead ("Name — CPD log"), then a table with the date first and an
 *    "Activity" column and no column of names (| Date | Activity | Provider | Hours |): each safeguarding row is the
 *    captioned person's record. Another subject's row records nothing.
 * 2. One line of records for two people by first name, between semicolons ("Training: Aled — DSL course, 3rd May
 *    '24; Priya — deputies' course, date to be added."): each part is its own person's.
 * 3. ", and <first name> did the … course on <date>": a clause of its own with its own person, not a second course
 *    of the person before.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const messages = (rule: typeof trainingStale, text: string) =>
  checkText(rule, text, { asOf }).map((f) => f.message);

describe("a CPD log under a person's caption", () => {
  const policy = (rows: string[]) =>
    [
      "# Brackenside Sailing School — Safeguarding",
      "",
      "Safeguarding lead: Hywel Prothero, 07700 900 210",
      "Deputy safeguarding lead: Jess Amadi, 07700 900 211",
      "",
      "## Training",
      "",
      "**Hywel Prothero — CPD log**",
      "",
      "| Date | Activity | Provider | Hours |",
      "| --- | --- | --- | --- |",
      ...rows,
      "",
      "**Jess Amadi — CPD log**",
      "",
      "| Date | Activity | Provider | Hours |",
      "| --- | --- | --- | --- |",
      "| 10/01/2025 | Safeguarding awareness (e-learning) | Brackenside LSCP | 2 |",
      "",
    ].join("\n");

  it("the captioned lead's lapsed lead course, though a later webinar is current", () => {
    const found = messages(
      trainingStale,
      policy([
        "| 02/05/2023 | Designated Safeguarding Lead course | Brackenside LSCP | 12 |",
        "| 14/10/2025 | Online safety webinar for instructors | RYA | 1 |",
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Hywel Prothero");
    expect(found[0]).toContain("2 May 2023");
  });

  it("a current lead course: nothing stale, nobody missing", () => {
    const text = policy(["| 02/05/2025 | Designated Safeguarding Lead course | Brackenside LSCP | 12 |"]);
    expect(messages(trainingStale, text)).toEqual([]);
    expect(messages(trainingMissing, text)).toEqual([]);
  });

  it("another subject's row is no record", () => {
    expect(
      messages(
        trainingStale,
        policy([
          "| 02/05/2025 | Designated Safeguarding Lead course | Brackenside LSCP | 12 |",
          "| 02/05/2019 | Powerboat Level 2 | RYA | 14 |",
        ]),
      ),
    ).toEqual([]);
  });
});

describe("two people's records on one line by first name", () => {
  const policy = (line: string) =>
    [
      "# Saltwick Glass Studio — Safeguarding",
      "",
      "Lead: Aled Morgan-Price | Deputy: Priya Ramdas",
      "",
      "## Worries",
      "",
      "Tell Aled the same day. If Aled is away, tell Priya.",
      "",
      "## Training",
      "",
      line,
      "",
    ].join("\n");
  const LINE =
    "Training: Aled — Designated Safeguarding Lead (Saltwick SCP), 3rd May '24; Priya — Safeguarding for deputies (Saltwick SCP), date to be added. Volunteers take the free online course.";

  it("the first person's lapsed course and the second's undated one", () => {
    const lapsed = messages(trainingStale, policy(LINE));
    expect(lapsed).toHaveLength(1);
    expect(lapsed[0]).toContain("Aled Morgan-Price");
    const undated = messages(trainingUndated, policy(LINE));
    expect(undated).toHaveLength(1);
    expect(undated[0]).toContain("Priya Ramdas");
    expect(messages(trainingMissing, policy(LINE))).toEqual([]);
  });

  it("both dated and current: nothing", () => {
    const line =
      "Training: Aled — Designated Safeguarding Lead (Saltwick SCP), 3rd May '25; Priya — Safeguarding for deputies (Saltwick SCP), 9th June '25.";
    expect(messages(trainingStale, policy(line))).toEqual([]);
    expect(messages(trainingUndated, policy(line))).toEqual([]);
    expect(messages(trainingMissing, policy(line))).toEqual([]);
  });
});

describe("a clause of its own: ', and <name> did the course'", () => {
  const policy = (sentence: string) =>
    [
      "# Nant Gwyn Riding for Therapy — Safeguarding",
      "",
      "Our Designated Safeguarding Person is Dr Eleri Vaughan-Ames, 07700 900 500. Her deputy is Tomos Pryce, 07700 900 501.",
      "",
      "Tell Eleri (or Tomos) the same day.",
      "",
      "## Training",
      "",
      sentence,
      "",
    ].join("\n");
  const SENTENCE =
    "Eleri completed Level 3 safeguarding with the regional board on 4th March 2025, and Tomos did the Group B course on 21.05.2022.";

  it("the deputy's own lapsed course, and no missing training for him", () => {
    const lapsed = messages(trainingStale, policy(SENTENCE));
    expect(lapsed).toHaveLength(1);
    expect(lapsed[0]).toContain("Tomos Pryce");
    expect(messages(trainingMissing, policy(SENTENCE))).toEqual([]);
  });
});
