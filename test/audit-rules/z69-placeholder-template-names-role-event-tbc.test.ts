/**
 * From the sixty-eighth and sixty-ninth held-out sets (issue 11), in our own words; every name is invented.
 * - "Email: xxxx@example.org": an email address whose own part is x's is the template's, as "XXXX" alone is.
 * - "Deputy DSL: Firstname Surname": a template's words for a name ("Firstname Surname", "First Name Last Name",
 *   "Forename Surname", "Full Name") are a blank — a placeholder, and no person: the deputy is missing, and no
 *   training is asked of "Firstname Surname".
 * - "[ROLE]", "[JOB TITLE]": capitals in square brackets asking for a role are a fill-in, as "[NAME]" is.
 * - "| Youth Assembly | TBC (spring 2027) |" under a conference table's "Dates" column: an event not yet booked is
 *   the plan, not a blank in the policy; "Deputy DSL: TBC", "Next review: TBC", "Phone: TBC" still are.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const found = (text: string, format: SourceDocument["format"] = "md") =>
  excerpts(checkText(placeholderText, text, { asOf, format }), text).map((e) => e.replace(/\s+/g, " "));

const policy = (...body: string[]) =>
  [
    "# Lindenford Saturday Club – Keeping Children Safe",
    "",
    "Adopted by the trustees on 2 February 2026. This policy is reviewed every year.",
    "",
    "## 1. Who to tell",
    "",
    ...body,
    "",
    "## 2. Training",
    "",
    "All volunteers complete safeguarding awareness training every three years. Our volunteers' certificates are:",
    "",
    "- Nia Farrow – safeguarding awareness (Level 1) – 10 January 2026",
    "- Tomas Reyne – safeguarding awareness (Level 1) – 22 October 2025",
    "",
  ].join("\n");

describe("placeholder-text: an email address of x's", () => {
  it("reports the address whose own part is x's", () => {
    expect(found(policy("Designated Safeguarding Lead: Amira Holt", "Email: xxxx@example.org"))).toEqual([
      "xxxx@example.org",
    ]);
    expect(found(policy("Designated Safeguarding Lead: Amira Holt (XXX@example.org.uk)"))).toEqual([
      "XXX@example.org.uk",
    ]);
  });

  it("leaves a real address alone, x's in it or not (near miss)", () => {
    expect(found(policy("Designated Safeguarding Lead: Amira Holt", "Email: rex@example.org"))).toEqual([]);
    expect(found(policy("Designated Safeguarding Lead: Amira Holt", "Email: xxavier@example.org"))).toEqual(
      [],
    );
  });
});

describe("placeholder-text: a template's words for a name", () => {
  it.each([
    "Firstname Surname",
    "First Name Last Name",
    "Forename Surname",
    "Full Name",
    "FIRSTNAME SURNAME",
  ])("reports a deputy written %s", (blank) => {
    expect(
      found(
        policy(
          "Designated Safeguarding Lead: Amira Holt",
          "",
          `Deputy Designated Safeguarding Lead: ${blank}`,
        ),
      ),
    ).toEqual([blank]);
  });

  it("leaves a form's labels and a sentence about names alone (near miss)", () => {
    const form = [
      "Designated Safeguarding Lead: Amira Holt",
      "",
      "| First Name | Last Name | Date of birth |",
      "| --- | --- | --- |",
      "| | | |",
      "",
      "Full Name:",
      "",
      "Write the child's full name and surname on the sign-in sheet.",
    ];
    expect(found(policy(...form))).toEqual([]);
  });

  it("reads the deputy as missing and asks no training of the template's name", () => {
    const text = policy(
      "Designated Safeguarding Lead: Amira Holt",
      "",
      "Deputy Designated Safeguarding Lead: Firstname Surname",
    );
    const deputy = checkText(deputyMissing, text, { asOf, format: "md" });
    expect(deputy).toHaveLength(1);
    const training = checkText(trainingMissing, text, { asOf, format: "md" });
    expect(training.map((f) => f.message).join(" ")).not.toMatch(/Firstname/);
  });
});

describe("placeholder-text: a role left in capitals in square brackets", () => {
  it.each(["[ROLE]", "[JOB TITLE]", "[POSITION]"])("reports %s", (blank) => {
    expect(
      found(
        policy(
          "Designated Safeguarding Lead: Amira Holt",
          "",
          `Out of hours, ring the switchboard and ask for the on-call ${blank}.`,
        ),
      ),
    ).toEqual([blank]);
  });

  it("leaves an editor's note in capitals alone (near miss)", () => {
    expect(
      found(
        policy("Designated Safeguarding Lead: Amira Holt", "", "The session ends with a game [ROLE PLAY]."),
      ),
    ).toEqual([]);
  });
});

describe("placeholder-text: an event's date TBC in a table", () => {
  const events = (rows: string[], header = "| Conference | Dates | Host | Overnight? |") => [
    "Designated Safeguarding Lead: Amira Holt",
    "",
    header,
    "| --- | --- | --- | --- |",
    ...rows,
  ];

  it("leaves an event's date or venue still to be booked alone", () => {
    expect(
      found(
        policy(
          ...events([
            "| Harrowby Schools MUN | 20–21 February 2027 | Harrowby Grammar School | No |",
            "| Lindenford Youth Assembly | TBC (spring 2027) | Lindenford University | No |",
          ]),
        ),
      ),
    ).toEqual([]);
    expect(
      found(
        policy(
          ...events(
            ["| Summer camp | 3–7 August 2027 | TBA | Yes |"],
            "| Trip | Date | Venue | Overnight? |",
          ),
        ),
      ),
    ).toEqual([]);
  });

  it("still reports TBC for a person, a number or the policy's own review (near miss)", () => {
    const people = [
      "Designated Safeguarding Lead: Amira Holt",
      "Deputy DSL: TBC",
      "Phone: TBC",
      "",
      "| Document | Dates |",
      "| --- | --- |",
      "| Next review | TBC |",
    ];
    expect(found(policy(...people))).toEqual(["TBC", "TBC", "TBC"]);
    const training = [
      "Designated Safeguarding Lead: Amira Holt",
      "",
      "| Course | Date | Provider | Level |",
      "| --- | --- | --- | --- |",
      "| Designated lead training | TBC | Council | 3 |",
    ];
    expect(found(policy(...training))).toEqual(["TBC"]);
  });
});
