/**
 * A sentence by first name that records two courses, each with its own date ("Kwame completed Safeguarding
 * Awareness for Youth Workers on 3 March 2024 and the DSL foundation course on 20 June 2025"): two records, so the
 * later designated-lead course keeps the deputy current. From the held-out set zz86, in our own words; every
 * name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const text = [
  "# Millbrook Canal Trust – Young Volunteers Safeguarding Policy",
  "",
  "## Our safeguarding team",
  "",
  "**Volunteer Safeguarding Lead**",
  "Ms Halina Okonedo, Operations Manager",
  "",
  "**Deputy Safeguarding Lead**",
  "Kwame Asante-Blake, Volunteer Coordinator",
  "",
  "## Training",
  "",
  "Halina completed Designated Safeguarding Lead training in September 2025. Kwame completed Safeguarding Awareness for Youth Workers on 3 March 2024 and the DSL foundation course on 20 June 2025.",
  "",
  "All supervisors complete safeguarding awareness at induction and every three years.",
  "",
].join("\n");

describe("two dated courses in one sentence", () => {
  it("gives each course its own record and date", () => {
    const records = analyse(toDocument(text))
      .training.filter((t) => t.leadName === "Kwame Asante-Blake")
      .map((t) => [t.course, t.date?.text]);
    expect(records).toEqual([
      ["Safeguarding Awareness for Youth Workers", "on 3 March 2024"],
      ["DSL foundation course", "on 20 June 2025"],
    ]);
  });

  it("does not report the deputy's training as lapsed", () => {
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});

describe("a sentence nobody is known to own, with two dated courses", () => {
  it("dates the course it names by the date after that course", () => {
    const unowned = text.replace("Kwame Asante-Blake, Volunteer Coordinator", "A volunteer coordinator");
    const records = analyse(toDocument(unowned))
      .training.filter((t) => t.leadName === undefined)
      .map((t) => [t.course, t.date?.text]);
    expect(records).toEqual([["DSL foundation course", "on 20 June 2025"]]);
  });
});
