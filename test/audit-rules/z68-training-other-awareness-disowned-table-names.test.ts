/**
 * training-stale and training-missing (held-out sets zz68, zz69), in our own words; every name is invented. As of
 * 1 December 2026.
 * - An awareness course in another subject (dyslexia, autism, deaf awareness, mental health, equality and
 *   diversity, data protection, Makaton, epilepsy, allergies, medication, customer service) is not safeguarding
 *   training, whatever its date, unless it names safeguarding too.
 * - A contacts table's officer the policy says is "not a lead for" the setting has no training the policy must list.
 * - "Dev and Sally completed …": first names of people named in full in a table's row beside their job.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undatedRule } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function withEntry(entry: string): string {
  return [
    "# Ashcombe Library Reading Club – Safeguarding",
    "",
    "Safeguarding Lead: Marta Quenby, Branch Manager",
    "",
    "## Training",
    "",
    "Training:",
    "",
    "Marta Quenby – Designated Safeguarding Lead (Ashcombe partnership) – 11.03.2025",
    "Idris Falconer (session leader) – Safeguarding Awareness – 02.10.2025",
    entry,
    "",
  ].join("\n");
}

const staleMessages = (text: string) => checkText(stale, text, { asOf, format: "md" }).map((f) => f.message);
const missingMessages = (text: string) =>
  checkText(missing, text, { asOf, format: "md" }).map((f) => f.message);

describe("an awareness course in another subject is not safeguarding training", () => {
  it("is never stale, dated by a year alone or in full", () => {
    for (const entry of [
      "Sarah Hallam – Dyslexia Awareness for Librarians – 2019",
      "Sarah Hallam – Autism Awareness – 12.03.2019",
      "Sarah Hallam – Deaf Awareness – 2018",
      "Sarah Hallam – Mental Health Awareness – 2019",
      "Sarah Hallam – Equality and Diversity training – 04.05.2018",
      "Sarah Hallam – GDPR and Data Protection training – 2019",
      "Sarah Hallam – Makaton taster course – 2018",
      "Sarah Hallam – Epilepsy awareness – 2018",
      "Sarah Hallam – Allergy and Anaphylaxis awareness – 2019",
      "Sarah Hallam – Medication awareness – 2019",
      "Sarah Hallam – Customer Service training – 2017",
    ])
      expect(staleMessages(withEntry(entry)), entry).toEqual([]);
  });

  it("a year alone dates a course only when the course names safeguarding or child protection", () => {
    for (const entry of [
      "Sarah Hallam – Paired Reading Awareness – 2019",
      "Sarah Hallam – Homework Club Induction – 2018",
      "Sarah Hallam – Library Volunteer Training – 2019",
    ])
      expect(staleMessages(withEntry(entry)), entry).toEqual([]);
    expect(staleMessages(withEntry("Sarah Hallam – Child Protection Awareness – 2019")).join(" ")).toMatch(
      /Sarah Hallam.*lapsed at the end of 2022/,
    );
  });

  it("is stale when it names safeguarding as well", () => {
    for (const entry of [
      "Sarah Hallam – Safeguarding Awareness – 2019",
      "Sarah Hallam – Safeguarding Children with Autism – 12.03.2019",
    ])
      expect(staleMessages(withEntry(entry)).join(" "), entry).toMatch(/Sarah Hallam.*lapsed/);
  });
});

function contacts(after: string): string {
  return [
    "# Pennock Rovers Community Trust – Safeguarding Policy",
    "",
    "## 2. Contacts",
    "",
    "| Role | Name | Mobile | Covers |",
    "| --- | --- | --- | --- |",
    "| Designated Safeguarding Lead (Trust Safeguarding Manager) | Ms Orla Tennant | 07700 900 801 | All Trust programmes |",
    "| Club Welfare Officer (Pennock Rovers FC) | Mr Ivo Sandqvist | 07700 900 802 | The club, not the Trust |",
    "",
    after,
    "",
    "## 6. Training",
    "",
    "| Name | Role | Safeguarding course | Completed |",
    "| --- | --- | --- | --- |",
    "| Orla Tennant | Trust Safeguarding Manager (DSL) | Level 3 Designated Safeguarding Lead | 14/09/2025 |",
    "| Kit Ambrose | Community Coach | Safeguarding and Protecting Children | 03/02/2025 |",
    "",
  ].join("\n");
}

describe("an officer the policy says is not its lead", () => {
  it("has no training the policy must list", () => {
    for (const sentence of [
      "The Club Welfare Officer is the club's contact under the league's rules and is not a lead for the Trust; he and Ms Tennant meet each month.",
      "The Club Welfare Officer is not a lead for the Trust.",
    ])
      expect(missingMessages(contacts(sentence)), sentence).toEqual([]);
  });

  it("is missing training when nothing says so, or when the sentence is about someone else", () => {
    for (const sentence of [
      "The Club Welfare Officer and Ms Tennant meet each month.",
      "A coach who is not a lead for the Trust passes concerns to the Club Welfare Officer.",
    ])
      expect(missingMessages(contacts(sentence)).join(" "), sentence).toContain("Mr Ivo Sandqvist");
  });
});

function callSheet(sentence: string): string {
  return [
    "# Larkfield Studios – Audience Safeguarding",
    "",
    "| Role | Name | Radio channel | Mobile |",
    "| --- | --- | --- | --- |",
    "| Audience Safeguarding Lead | Nessa Quillfeather | Ch 4 | 07700 900 512 |",
    "| Floor Manager | Bram Ostrowe | Ch 1 | 07700 900 513 |",
    "| Head of Audience Services | Tamsin Vell | Ch 2 | 07700 900 514 |",
    "",
    "## 7. Training",
    "",
    `All stewards complete the online module. Nessa did the partnership's designated safeguarding lead course on 2nd of July 2025. ${sentence}`,
    "",
  ].join("\n");
}

describe("first names of people named in full in a table's row beside their job", () => {
  it("gives each of them the stale course", () => {
    const found = staleMessages(
      callSheet(
        "Bram and Tamsin completed the partnership's Safeguarding Awareness course together in March 2022.",
      ),
    );
    expect(found.join(" ")).toContain("Bram Ostrowe");
    expect(found.join(" ")).toContain("Tamsin Vell");
    // "together" is how they did the course, not its name.
    expect(found.join(" ")).not.toContain("together");
  });

  it("credits nobody when one first name is nobody's", () => {
    const found = staleMessages(
      callSheet(
        "Bram and Lorcan completed the partnership's Safeguarding Awareness course together in March 2022.",
      ),
    );
    expect(found.join(" ")).not.toContain("Bram Ostrowe");
  });
});

describe("a finding names the course, not the words around it", () => {
  const undated = (text: string) =>
    checkText(undatedRule, text, { asOf, format: "md" }).map((f) => f.message);

  it("leaves out a weekday written before the date", () => {
    const found = staleMessages(
      withEntry("Sarah Hallam – Level 3 Designated Safeguarding Lead (Ashcombe Council) – Tue 9 Jul 2024"),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^Sarah Hallam's most recent Level 3 Designated Safeguarding Lead \(Ashcombe Council\) training is dated 9 July 2024 — it lapsed/,
      ),
    ]);
  });

  it("leaves out the person's role in brackets before the course", () => {
    expect(
      undated(withEntry("Sarah Hallam (session leader) – Safeguarding Awareness – no date recorded")),
    ).toEqual([
      expect.stringMatching(/^Sarah Hallam's Safeguarding Awareness training is listed without a date/),
    ]);
  });
});
