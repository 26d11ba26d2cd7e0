/**
 * Training records as real policies write them (issue 11): month-and-year dates with a two-digit year, courses
 * named in a sentence with no date or a placeholder for one, and table rows a PDF flattened into lines.
 * Every fixture is written in our own words; names and places are invented.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("a month and a two-digit year ('Level 3 – 04/23') dates a training record", () => {
  it("on a 'Name — course – MM/YY' line, with a renewal note after it", () => {
    const text = [
      "## Our safeguarding team",
      "",
      "Designated Safeguarding Lead: Mrs Delia Marsh",
      "Deputy: Mr Rafael Ortiz",
      "",
      "## Training",
      "",
      "Mrs Delia Marsh — Level 3 – 04/23 (refresher due 04/2025)",
      "Mr Rafael Ortiz — Level 3 – 10/25 (refresher due 10/2027)",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual(["Mrs Delia Marsh — Level 3 – 04/23 (refresher due 04/2025)"]);
    expect(found[0].message).toBe(
      "Mrs Delia Marsh's most recent Level 3 training is April 2023 — it lapsed at the end of April 2025 (it is valid for 2 years); book a refresher and record the new date",
    );
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("in pandoc's hard line breaks ('Name -- DSL Level 3 -- 2/24\\')", () => {
    const text = [
      "**4. Training**",
      "",
      "Mr Ivo Brennan -- DSL Level 3 -- 2/24\\",
      "Ms Tamsin Hale -- DSL Level 3 -- 09/25",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual(["Mr Ivo Brennan -- DSL Level 3 -- 2/24\\"]);
    expect(found[0].message).toMatch(
      /^Mr Ivo Brennan's most recent DSL Level 3 training is February 2024 — /,
    );
  });

  it("in a training table's date column and in a list under a person's name", () => {
    const text = [
      "| Name | Course | Date |",
      "| --- | --- | --- |",
      "| Kezia Obi | Designated lead training | 03/24 |",
      "| Kezia Obi | Prevent awareness | 11/25 |",
      "",
      "Sol Adeyemi, Deputy Safeguarding Lead",
      "- Designated lead refresher 5/24",
      "- Online safety update 07/26",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(excerpts(found, text)).toEqual([
      "| Kezia Obi | Designated lead training | 03/24 |",
      "Designated lead refresher 5/24",
    ]);
  });

  it("but a day and a month, a score or a version are not dates", () => {
    const text = [
      "Designated Safeguarding Lead: Mrs Delia Marsh",
      "",
      "Mrs Delia Marsh — Level 3 course, passed 18/20",
      "- Safeguarding update v3/24",
      "",
    ].join("\n");
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});

describe("a sentence saying which course a lead holds is a training record, dated or not", () => {
  const team = [
    "| Role | Name |",
    "| --- | --- |",
    "| Club Safeguarding Officer | Mr Declan Moss |",
    "| Treasurer | Mrs Hilda Yates |",
    "",
  ].join("\n");

  it("each course is undated, and a date left to fill in is reported once, as training-undated", () => {
    const text = `${team}
## Training

Coaches' training is logged by the county association. The Club Safeguarding Officer holds the Safeguarding Young People course [insert date] and the Time to Listen certificate.
`;
    const undated = checkText(trainingUndated, text, { asOf });
    expect(excerpts(undated, text)).toEqual([
      "the Safeguarding Young People course [insert date]",
      "the Time to Listen certificate",
    ]);
    expect(undated.map((f) => f.message.replace(/ — .*/, ""))).toEqual([
      "Mr Declan Moss's Safeguarding Young People course is listed without a date",
      "Mr Declan Moss's Time to Listen certificate is listed without a date",
    ]);
    expect(checkText(placeholderText, text, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("a name opening the sentence, a course in brackets to fill in, and one date shared by two courses", () => {
    const text = `${team}
Mr Declan Moss has completed the Safeguarding and Protecting Children course (date) and the Welfare Officer workshop.

Mrs Aisha Karim, Designated Safeguarding Lead

Mrs Aisha Karim attended the Level 3 designated lead course and the Prevent module in May 2023.
`;
    expect(excerpts(checkText(trainingUndated, text, { asOf }), text)).toEqual([
      "the Safeguarding and Protecting Children course (date)",
      "the Welfare Officer workshop",
    ]);
    expect(checkText(placeholderText, text, { asOf })).toEqual([]);
    expect(checkText(trainingStale, text, { asOf }).map((f) => f.message.replace(/ — .*/, ""))).toEqual([
      "Mrs Aisha Karim's most recent Level 3 designated lead course is May 2023",
      "Mrs Aisha Karim's most recent Prevent module is May 2023",
    ]);
  });

  it("also when a PDF breaks the sentence over lines", () => {
    const text = `Club Safeguarding Officer: Mr Declan Moss
Deputy Club Safeguarding Officer: Ms Orla Quinn

5. Training
Our coaches' certificates are checked each season. The Club Safeguarding Officer
holds the Safeguarding and Protecting Children course (insert date) and the
Time to Listen certificate. Ms Orla Quinn completed the Safeguarding and Protecting
Children course in March 2022.
`;
    const undated = checkText(trainingUndated, text, { asOf, format: "pdf" });
    expect(undated.map((f) => f.message.replace(/ — .*/, ""))).toEqual([
      "Mr Declan Moss's Safeguarding and Protecting Children course is listed without a date",
      "Mr Declan Moss's Time to Listen certificate is listed without a date",
    ]);
    expect(checkText(placeholderText, text, { asOf, format: "pdf" })).toEqual([]);
    expect(
      checkText(trainingStale, text, { asOf, format: "pdf" }).map((f) => f.message.replace(/ — .*/, "")),
    ).toEqual(["Ms Orla Quinn's most recent Safeguarding and Protecting Children course is March 2022"]);
  });

  it("but not a rule, a plan, someone else's course or a DBS certificate", () => {
    const text = `${team}
All coaches hold the FA Safeguarding Children certificate. The Club Safeguarding Officer will complete the Level 3 course this season. The Club Safeguarding Officer holds a current DBS certificate. Every new volunteer completes the online awareness course in their first month, and the county association keeps the records. The Club Safeguarding Officer must have completed the Level 3 course before taking up the role. A parent asked whether the Club Safeguarding Officer holds the Level 3 certificate. The Club Safeguarding Officer holds responsibility for training and holds the training records for all coaches.

The Club Safeguarding Officer has completed the Level 3 course on 12 May 2025 and is booked on a refresher in March 2027.
`;
    for (const rule of [trainingUndated, trainingStale, trainingMissing, placeholderText])
      expect(checkText(rule, text, { asOf }), rule.meta.id).toEqual([]);
  });
});

describe("a training table a PDF flattened into lines", () => {
  // Name | Role | Course | Date completed | Renewal due, each cell broken over lines; page 2 repeats the running
  // header and the table's header, and a course cell runs over the page break.
  const pdf = [
    "Part 5: Training",
    "Name Role Course Date",
    "completed",
    "Renewal due",
    "Rhona",
    "Blackwood",
    "Designated",
    "Safeguarding",
    "Lead",
    "Designated lead",
    "refresher",
    "02/02/2024 02/2026 –",
    "booked",
    "Tariq Mahmood Deputy Level 3",
    "designated lead",
    "17/09/2025 Booked",
    "Esme Carrow Playworker Safeguarding",
    "basics (online)",
    "Nadia Petrov Cook Food hygiene",
    "level 2",
    "03/03/2025 03/2028",
    "Hamish Greer Playworker Child protection",
    "",
    "Sunny Days Holiday Club — Safeguarding Policy",
    "Name Role Course Date",
    "completed",
    "Renewal due",
    "awareness",
    "(online)",
    "Bridget Lomax Playworker Safeguarding",
    "basics (online)",
    "11/04/2022",
    "Laszlo Varga Playworker Safeguarding",
    "basics (online)",
    "Part 6: Safer recruitment",
    "",
  ].join("\n");
  const team = "Designated Safeguarding Lead: Rhona Blackwood\nDeputy DSL: Tariq Mahmood\n\n";
  const text = team + pdf;

  it("reads every row: a status after the dates, empty date cells, a row carried over a page", () => {
    const undated = checkText(trainingUndated, text, { asOf, format: "pdf" });
    expect(undated.map((f) => f.message.replace(/ is listed.*/, ""))).toEqual([
      "Esme Carrow's Safeguarding basics (online) training",
      "Hamish Greer's Child protection awareness (online) training",
      "Laszlo Varga's Safeguarding basics (online) training",
    ]);
    const stale = checkText(trainingStale, text, { asOf, format: "pdf" });
    expect(stale.map((f) => f.message.replace(/ — .*/, ""))).toEqual([
      "Rhona Blackwood's most recent Designated lead refresher is dated 2 February 2024",
      "Bridget Lomax's most recent Safeguarding basics (online) training is dated 11 April 2022",
    ]);
    // Tariq Mahmood's row ("… 17/09/2025 booked") is read: he has training, which lapses in September 2027.
    expect(checkText(trainingMissing, text, { asOf, format: "pdf" })).toEqual([]);
    expect(
      checkText(trainingStale, text, { asOf: "2027-10-01", format: "pdf" }).map((f) =>
        f.message.replace(/ — .*/, ""),
      ),
    ).toContain(
      "Tariq Mahmood's most recent Deputy Level 3 designated lead training is dated 17 September 2025",
    );
  });

  it("never says a lead named in the table has no training, even when their row cannot be taken apart", () => {
    // "policy" in a course's name reads like a page's running footer, so the row is set aside.
    const lost = `${team}Part 5: Training
Name Role Course Date
completed
Rhona Blackwood DSL Designated lead refresher 02/02/2026
Tariq Mahmood Deputy Level 3 and policy update 17/09/2025
`;
    expect(checkText(trainingMissing, lost, { asOf, format: "pdf" })).toEqual([]);
    // A lead the table does not name at all is still reported.
    const absent = `${team}Part 5: Training
Name Role Course Date
completed
Rhona Blackwood DSL Designated lead refresher 02/02/2026
`;
    expect(
      checkText(trainingMissing, absent, { asOf, format: "pdf" }).map((f) => f.message.replace(/ — .*/, "")),
    ).toEqual([
      "The policy lists safeguarding training for other people, but none for Tariq Mahmood (deputy designated safeguarding lead)",
    ]);
  });
});

describe("a record with only the date its course falls due again", () => {
  it("is out of date once that date has passed, and is never 'undated'", () => {
    const text = [
      "Designated Safeguarding Lead: Mr Ivo Brennan",
      "Deputy DSL: Ms Tamsin Hale",
      "",
      "Mr Ivo Brennan — DSL refresher due 06/2026",
      "Ms Tamsin Hale — Level 3 designated lead course, renewal due March 2027",
      "",
    ].join("\n");
    const stale = checkText(trainingStale, text, { asOf });
    expect(excerpts(stale, text)).toEqual(["Mr Ivo Brennan — DSL refresher due 06/2026"]);
    expect(stale[0].message).toBe(
      "Mr Ivo Brennan's DSL refresher was due for renewal in June 2026, and the policy records no later training — book a refresher and record the new date",
    );
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("but a plan, a booking or a due date beside a recorded completion is judged by the completion", () => {
    const text = [
      "Designated Safeguarding Lead: Mr Ivo Brennan",
      "",
      "Mr Ivo Brennan",
      "- Level 3 DSL training – 4 June 2025",
      "- DSL training refresher due 01/2026",
      "- Prevent refresher – booked for March 2022",
      "- Next DSL training: May 2026",
      "",
    ].join("\n");
    for (const rule of [trainingStale, trainingUndated, trainingMissing])
      expect(checkText(rule, text, { asOf }), rule.meta.id).toEqual([]);
  });
});

describe("a per-site table of leads a PDF flattened into lines", () => {
  // Site | Designated Safeguarding Lead | Deputy DSL | Telephone, one row per site, names with job titles.
  const table = [
    "3. Who leads on safeguarding",
    "Site Designated",
    "Safeguarding",
    "Lead",
    "Deputy DSL Telephone",
    "Riverside Halima",
    "Osei (Centre Manager)",
    "Bryn Talbot (Senior",
    "Practitioner)",
    "01632 960 501 Duty Phone (evenings)",
    "Kingsway Nell Hartigan",
    "(Centre Manager)",
    "Ruth Okoro-Mensah",
    "(Room Leader)",
    "01632 960 502",
    "",
    "7. Training",
    "Halima Osei",
    "· Designated Safeguarding Lead training – 12 March 2025",
    "Bryn Talbot",
    "· Designated Safeguarding Lead training – 3 February 2025",
    "Nell Hartigan",
    "· Designated Safeguarding Lead training – 20 January 2026",
    "",
  ].join("\n");

  it("finds the lead of every site, so one with no training listed is reported", () => {
    const found = checkText(trainingMissing, table, { asOf, format: "pdf" });
    expect(found.map((f) => f.message.replace(/ — .*/, ""))).toEqual([
      "The policy lists safeguarding training for other people, but none for Ruth Okoro-Mensah (deputy designated safeguarding lead)",
    ]);
  });

  it("reads only people with a job title in brackets (not a phone's note); a site's name run into a lead's is not another person", () => {
    const trained = `${table}Ruth Okoro-Mensah\n· Designated Safeguarding Lead training – 9 May 2025\n`;
    expect(checkText(trainingMissing, trained, { asOf, format: "pdf" })).toEqual([]);
  });
});
