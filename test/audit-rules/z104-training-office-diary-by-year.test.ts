/**
 * Training read from the held-out set zz104, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A training log kept as an office diary under year lines ("**2023**", then "Tue 9 May – Imogen: …"): each entry's
 * date is its day and month in the year of the latest year line above it. An entry with a person (a first name the
 * policy gives in full) and a safeguarding course is that person's record; a booking ("booked onto … for March
 * 2027"), a note still to do ("to book her renewal – not done yet") and a group's entry ("All instructors: …") are
 * nobody's. A deputy of two named in one "Deputies: A (…) and B (…)" line with no entry has no training recorded.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (diary: string[]) =>
  [
    "# Ashcombe Climbing Wall – Safeguarding Policy",
    "",
    "## 2. Who is responsible",
    "",
    "Centre Safeguarding Lead: Imogen Threlfall (Centre Manager), 07700 900634",
    "Deputies: Priya Lalwani (mornings, Office Manager) and Tomasz Wierzba (evenings, Head Instructor)",
    "",
    "Instructors tell one of these three about any worry the same day.",
    "",
    "## 4. Training diary",
    "",
    "Kept by Imogen at the front desk. Newest last.",
    "",
    ...diary,
    "",
    "Every instructor does an online safeguarding course in their first month.",
    "",
    "## 5. Numbers",
    "",
    "Ashcombe Children's Services 01632 960411",
  ].join("\n");

describe("a training log kept as an office diary under year lines", () => {
  const diary = policy([
    "**2023**",
    "Tue 9 May – Imogen: Designated Safeguarding Lead course (two days) with Ashcombe SCP. Certificate on file.",
    "",
    "**2025**",
    "Wed 12 Mar – Priya did the DSL refresher online (Ashcombe SCP e-learning).",
    "Fri 16 May – All instructors: talk on lost children at the wall (Imogen led it).",
    "Mon 2 Jun – Kit and Rosa (new instructors) did NSPCC Safeguarding Basics online.",
    "",
    "**2026**",
    "Thu 15 Jan – Priya booked onto the full Level 3 course for March 2027.",
    "Mon 4 May – Imogen to book her own renewal – not done yet.",
  ]);

  it("the lead's course is dated in its year line's year, and has lapsed", () => {
    const stale = checkText(trainingStale, diary, { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual(["Imogen Threlfall's"]);
    expect(stale[0].message).toContain("9 May 2023");
  });

  it("the deputy no entry names is reported; the other deputy and the lead are not", () => {
    const missing = checkText(trainingMissing, diary, { asOf });
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("Tomasz Wierzba");
  });

  it("no entry is read as an undated course", () => {
    expect(checkText(trainingUndated, diary, { asOf })).toEqual([]);
  });

  it("the lead's renewal in a later year's diary is her latest course: nothing lapsed", () => {
    const renewed = policy([
      "**2023**",
      "Tue 9 May – Imogen: Designated Safeguarding Lead course (two days) with Ashcombe SCP.",
      "",
      "**2025**",
      "Wed 12 Mar – Priya did the DSL refresher online (Ashcombe SCP e-learning).",
      "Thu 6 Nov – Imogen: DSL refresher with Ashcombe SCP.",
      "Sat 22 Nov – Tomasz completed the deputy's safeguarding course (Level 3).",
    ]);
    expect(checkText(trainingStale, renewed, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, renewed, { asOf })).toEqual([]);
  });

  it("a booking and a note still to do are no records: the deputy with only those is reported", () => {
    const booked = policy([
      "**2025**",
      "Tue 9 Sep – Imogen: Designated Safeguarding Lead course with Ashcombe SCP.",
      "Wed 12 Nov – Priya did the DSL refresher online.",
      "",
      "**2026**",
      "Thu 15 Jan – Tomasz booked onto the full Level 3 course for March 2027.",
      "Mon 4 May – Tomasz to book his safeguarding course – not done yet.",
    ]);
    const missing = checkText(trainingMissing, booked, { asOf });
    expect(missing.map((f) => f.message.includes("Tomasz Wierzba"))).toEqual([true]);
    expect(checkText(trainingStale, booked, { asOf })).toEqual([]);
  });
});
