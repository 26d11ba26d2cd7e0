/**
 * training-stale and training-missing (review r24b), in our own words; every name is invented. As of 1 December 2026.
 * - "Tom Reyes – Whistleblowing Officer – 2021" under a team list: a job held since that year, not a course.
 * - "Ruth Okafor – Basic Awareness Course – 2019" for the named welfare officer: a lead's course dated by a year
 *   alone is safeguarding training unless it names another subject.
 * - "The Club Welfare Officer does not handle concerns about …" limits the officer's remit; it does not say the
 *   holder is not the club's lead, so their missing training is still missing.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const staleMessages = (text: string) => checkText(stale, text, { asOf, format: "md" }).map((f) => f.message);
const missingMessages = (text: string) =>
  checkText(missing, text, { asOf, format: "md" }).map((f) => f.message);

describe("a job title before a spaced dash and a year is a role held since then", () => {
  const team = (entries: string[]) =>
    [
      "# Larchwood Bowls Club – Safeguarding Policy",
      "",
      "Club Welfare Officer: Mrs Enid Maple",
      "",
      "## Who is who (and the year each took up the role)",
      "",
      "Enid Maple – Club Welfare Officer – 2024",
      "",
      ...entries.flatMap((e) => [e, ""]),
      "## Training",
      "",
      "Enid Maple – Safeguarding and Protecting Children – 4 June 2026",
      "",
    ].join("\n");

  it("is never stale training", () => {
    for (const entry of [
      "Colm Barrow – Whistleblowing Officer – 2021",
      "Priya Dunmore – Safer Recruitment Lead – 2020",
      "Hal Quist – Safeguarding Manager – 2019",
    ])
      expect(staleMessages(team([entry])), entry).toEqual([]);
  });

  it("a course before the dash and year is still a course", () => {
    expect(staleMessages(team(["Colm Barrow – Whistleblowing Awareness – 2021"])).length).toBe(1);
  });
});

describe("a named lead's course dated by a year alone", () => {
  const policy = (entry: string) =>
    [
      "# Fernbrook Tennis Club – Safeguarding Policy",
      "",
      "Club Welfare Officer: Mrs Orla Pennant",
      "",
      "## Training",
      "",
      entry,
      "",
    ].join("\n");

  it("is safeguarding training, stale when the year is too old", () => {
    const found = staleMessages(policy("Orla Pennant – Basic Awareness Course – 2019"));
    expect(found.length).toBe(1);
    expect(found[0]).toContain("Orla Pennant");
  });

  it("is not when it names another subject", () => {
    expect(staleMessages(policy("Orla Pennant – Dyslexia Awareness Course – 2019"))).toEqual([]);
  });

  it("someone who is not a lead: a year alone still dates only a course that names safeguarding", () => {
    expect(
      staleMessages(
        policy(
          [
            "Orla Pennant – Safeguarding and Protecting Children – 2026",
            "Bram Ely – Basic Awareness Course – 2019",
          ].join("\n\n"),
        ),
      ),
    ).toEqual([]);
  });
});

describe("a sentence limiting the officer's remit does not disown the officer", () => {
  const policy = (sentence: string) =>
    [
      "# Millbeck Rugby Club – Safeguarding Policy",
      "",
      "Club Welfare Officer: Mrs Orla Pennant",
      "",
      "Deputy Club Welfare Officer: Mr Bram Ely",
      "",
      "## Responding to concerns",
      "",
      sentence,
      "",
      "## Training",
      "",
      "Bram Ely – Safeguarding and Protecting Children – 4 June 2026",
      "",
    ].join("\n");

  it("still finds the officer's training missing", () => {
    const found = missingMessages(
      policy(
        "The Club Welfare Officer does not handle concerns about a coach's conduct; these go straight to the county safeguarding team.",
      ),
    );
    expect(found.some((m) => m.includes("Orla Pennant"))).toBe(true);
  });

  it("a sentence saying the holder is not the club's lead still disowns", () => {
    const found = missingMessages(
      policy("The Club Welfare Officer is not a lead for the junior section, which has its own officer."),
    );
    expect(found.some((m) => m.includes("Orla Pennant"))).toBe(false);
  });
});
