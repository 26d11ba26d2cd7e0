/**
 * training-missing (held-out zz163, issue 11), in our own words; every name is invented. As of 1 December 2026.
 * A nickname in quotes or brackets between a first name and a surname ('Robert "Robbie" Anstruther', "Margaret
 * (Peggy) Ellis", "Robert ‘Bob’ Hale") is part of the person's name, not its end: the deputy is "Robert Anstruther",
 * also called "Robbie", and training listed under the nickname ("Robbie's training:", "Robbie Anstruther completed
 * …") is his — no training-missing error.
 * Stays as it is: a quoted course title after a name ('Ann Lee "Time to Listen" 2024' is "Ann Lee"), a bracket
 * holding a job ("Ann Lee (Chair)", "Jane (Chair) Smith"), and a deputy whose nickname's training is not listed at all
 * (the error keeps).
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { nicknameKey } from "../../src/audit/text/leads.js";
import { nameAt } from "../../src/audit/text/people.js";
import { run } from "../fixtures/structure/documents.js";
import { checkText } from "../helpers/audit-context.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const asOf = "2026-12-01";

describe("a nickname between a first name and a surname", () => {
  it.each([
    ['Robert "Robbie" Anstruther', 'Robert "Robbie" Anstruther'],
    ["Robert “Robbie” Anstruther – 07700 900 413", "Robert “Robbie” Anstruther"],
    ["Margaret (Peggy) Ellis, Treasurer", "Margaret (Peggy) Ellis"],
    ["Robert ‘Bob’ Hale", "Robert ‘Bob’ Hale"],
    ["Mrs Margaret 'Peggy' Ellis", "Mrs Margaret 'Peggy' Ellis"],
  ])("is part of the name: %s", (window, name) => {
    expect(nameAt(window)?.name).toBe(name);
  });

  it.each([
    ['Ann Lee "Time to Listen" 2024', "Ann Lee"],
    ["Ann Lee (Chair)", "Ann Lee"],
    ["Jane (Chair) Smith", "Jane"],
    ['Ann "Robbie" and the team', "Ann"],
  ])("near miss: a course title, a job, or no surname: %s", (window, name) => {
    expect(nameAt(window)?.name).toBe(name);
  });

  it("gives the key of the name the person goes by", () => {
    expect(nicknameKey('Robert "Robbie" Anstruther')).toBe("robbie anstruther");
    expect(nicknameKey("Mrs Margaret (Peggy) Ellis")).toBe("peggy ellis");
    expect(nicknameKey("Robert ‘Bob’ Hale")).toBe("bob hale");
    expect(nicknameKey("Ann Lee")).toBeUndefined();
  });
});

const table = (deputy: string, training: string[]) =>
  [
    "# Fernhollow Trampoline Club – Safeguarding and Welfare Policy",
    "",
    "Next review: September 2027",
    "",
    "## 1. Our welfare team",
    "",
    "| Club Welfare Officer | Priya Castellane |",
    "|---|---|",
    "| Phone | 07700 900 412 |",
    `| Deputy Welfare Officer | ${deputy} |`,
    "| Phone | 07700 900 413 |",
    "",
    "Priya's training:",
    "- Safeguarding and Protecting Children: 12 March 2025",
    "",
    ...training,
    "",
  ].join("\n");

describe("training-missing: the deputy's training under the nickname", () => {
  const underNickname = (nick: string) => [
    `${nick}'s training:`,
    "- Safeguarding and Protecting Children: 10/24",
  ];
  it.each([
    ['Robert "Robbie" Anstruther', underNickname("Robbie")],
    ["Robert “Robbie” Anstruther", underNickname("Robbie")],
    ["Margaret (Peggy) Ellis", underNickname("Peggy")],
    ["Robert ‘Bob’ Hale", underNickname("Bob")],
  ])("no error: %s", (deputy, training) => {
    expect(checkText(missing, table(deputy, training), { asOf, format: "md" })).toEqual([]);
  });

  // TODO: a sentence naming the deputy by nickname right under another person's list ("Priya's training:" then
  // "Robbie Anstruther completed …") is still read as that list's line: the training reader's known names (sameName on
  // the leads' keys) do not hold the nickname's key yet.
  it.todo("no error: the nickname's sentence right under another person's list");

  it("keeps the error when the nickname's training is not listed", () => {
    const messages = checkText(missing, table('Robert "Robbie" Anstruther', []), { asOf, format: "md" }).map(
      (f) => f.message,
    );
    expect(messages).toEqual([expect.stringMatching(/none for Robert "Robbie" Anstruther/)]);
  });

  it("reads the same in every layout", () => {
    for (const document of sectionLayouts(
      "Safeguarding Policy — Fernhollow Trampoline Club",
      "Who to contact",
      [
        "Welfare Officer: Priya Castellane (07700 900 412)",
        'Deputy Welfare Officer: Robert "Robbie" Anstruther (07700 900 413)',
        "Priya Castellane completed Safeguarding and Protecting Children on 12 March 2025.",
        "Robbie Anstruther completed Safeguarding and Protecting Children on 4 October 2024.",
      ],
    ))
      expect(run(missing, document).map((f) => f.message)).toEqual([]);
  });
});
