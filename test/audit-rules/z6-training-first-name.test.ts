/**
 * Training written as sentences that call each lead by first name only ("Seren completed Level 3 DSL training in
 * June 2022"), once the policy has named them in full ("… and Seren Aldous, Lead Instructor"): each course is
 * that person's, so one lead's lapsed course is not hidden by another's newer one. From the sixth held-out set
 * (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const people =
  "Our Designated Safeguarding Lead is Carys Penhallow, Centre Manager, supported by two deputies: Idris Mabon, Head of Outdoor Learning, and Seren Aldous, Lead Instructor. Any of them can be reached through the centre office on 01632 960441.";
const training =
  "Carys completed the designated lead course on 14/05/2025. Idris completed Level 3 DSL training in Spring 2025. Seren completed Level 3 DSL training in June 2022 (refresher due 2024).";

function policy(who = people, courses = training): string {
  return [
    "# Tregarth Outdoor Centre — Safeguarding Policy",
    "",
    "## Who to contact",
    "",
    who,
    "",
    "## Staff training",
    "",
    courses,
    "",
    "Activity leaders complete Level 2 safeguarding training before their first season and every three years after that.",
    "",
  ].join("\n");
}

describe("a course in a sentence naming a lead by first name only", () => {
  it("is that lead's: the lapsed one is reported, naming them in full", () => {
    const text = policy();
    const stale = checkText(trainingStale, text, { asOf });
    expect(excerpts(stale, text)).toEqual([
      "Seren completed Level 3 DSL training in June 2022 (refresher due 2024).",
    ]);
    expect(stale[0].message).toMatch(
      /^Seren Aldous's most recent Level 3 DSL training is June 2022 — it lapsed at the end of June 2024/,
    );
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("reads the same from a PDF, the sentences broken over lines", () => {
    const text = [
      "Tregarth Outdoor Centre Safeguarding Policy",
      "1. Who to contact",
      "Our Designated Safeguarding Lead is Carys Penhallow, Centre Manager, supported by",
      "two deputies: Idris Mabon, Head of Outdoor Learning, and Seren Aldous, Lead",
      "Instructor.",
      "2. Staff training",
      "Carys completed the designated lead course on 14/05/2025. Idris completed Level 3",
      "DSL training in Spring 2025. Seren completed Level 3 DSL training in June 2022",
      "(refresher due 2024).",
      "",
    ].join("\n");
    const stale = checkText(trainingStale, text, { asOf, format: "pdf" });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Seren Aldous's most recent Level 3 DSL training is June 2022/);
    // "Idris completed Level 3" at a line's end is not an undated course: its sentence dates it.
    expect(checkText(trainingUndated, text, { asOf, format: "pdf" })).toEqual([]);
  });

  it("gives each sentence its person", () => {
    const owners = analyse(toDocument(policy())).training.map((t) => t.leadName);
    expect(owners).toEqual(["Carys Penhallow", "Idris Mabon", "Seren Aldous"]);
  });

  it("is nobody's when two people share the first name, or no full name is given", () => {
    const twoSerens = people.replace(
      "Any of them",
      "Seren Vaughan, our Bookings Officer, handles enquiries. Any of them",
    );
    const owners = (text: string) =>
      analyse(toDocument(text))
        .training.filter((t) => t.course.includes("Level 3"))
        .map((t) => t.leadName);
    expect(owners(policy(twoSerens))).toEqual(["Idris Mabon", undefined]);
    const noFullName = people.replace(" and Seren Aldous, Lead Instructor", " and our Lead Instructor");
    expect(owners(policy(noFullName))).toEqual(["Idris Mabon", undefined]);
    // A capitalised word that is not a name starting the sentence.
    const nobody = training.replace("Seren completed", "Everyone completed");
    expect(owners(policy(people, nobody))).toEqual(["Idris Mabon", undefined]);
  });
});

describe("a club's training, a sentence a person, by first name", () => {
  const club = (courses: string[]) =>
    [
      "# Fellside Harriers — Safeguarding Policy",
      "",
      "## 2. Who to talk to",
      "",
      "Club Welfare Officer: Noor Haddow – 07700 900411",
      "",
      "Deputy Welfare Officer: Bryn Castell – 07700 900412",
      "",
      "## 3. Training",
      "",
      ...courses.flatMap((c) => [c, ""]),
      "Approved by the committee, March 2026. Signed: N. Haddow (Club Welfare Officer) and P. Dacre (Chair).",
      "",
    ].join("\n");

  it("gives a sentence that names no 'course' its person, and the signature's initial is the same lead", () => {
    const text = club([
      "Noor completed the Welfare Officer course in March 2025.",
      "Bryn completed Safeguarding and Protecting Children in January 2023.",
    ]);
    const stale = checkText(trainingStale, text, { asOf });
    expect(excerpts(stale, text)).toEqual([
      "Bryn completed Safeguarding and Protecting Children in January 2023.",
    ]);
    // The course is what Bryn completed, not "Bryn completed …" (train8).
    expect(stale[0].message).toMatch(
      /^Bryn Castell's most recent Safeguarding and Protecting Children training is January 2023/,
    );
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });

  it("a course named in passing with no date is no undated record", () => {
    const text = club([
      "Noor has completed the Welfare Officer course and the Time to Listen workshop and holds a current DBS check.",
      "Bryn completed Safeguarding and Protecting Children in January 2026.",
    ]);
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });
});
