/**
 * Two layouts of the leads' training records:
 * - lines that each open with a lead's first name, a dash, then the course and its date ("Marta – Designated
 *   Safeguarding Lead course (two-day), Harbour Safeguarding Partnership, May 2025"), under a sentence that
 *   introduces them; the lead is named in full elsewhere ("Marta Szabo (Manager and Designated Safeguarding Lead)").
 *   Each line is that person's record, not the record of the person on the line above;
 * - a yes/no checklist: "Has the Club Safeguarding Officer had safeguarding training …? Yes – course, date" is
 *   the record of the one person named for that role, not of the person named on the line above.
 * From the held-out set zz107, in our own words; every name and setting is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const records = (text: string) =>
  analyse(toDocument(text)).training.map((t) => [t.leadName, t.date?.text ?? null]);

function board(deputyCard: string): string {
  return [
    "# Puffin Cove Day Nursery – Safeguarding Policy",
    "",
    "## Our team",
    "",
    "Front row: Marta Szabo (Manager and Designated Safeguarding Lead); Ellis Brandt (Room Leader).",
    "",
    "Back row: Kofi Mensah-Dale (Deputy Manager and Deputy DSL); Ruby Tan (Cook).",
    "",
    "When Marta is away, the Deputy DSL on duty takes the lead.",
    "",
    "## Training",
    "",
    "The cards on our noticeboard give each lead's training:",
    "",
    "Marta – Designated Safeguarding Lead (two days, face to face), Harbour Safeguarding Partnership, May 2025",
    deputyCard,
    "",
    "Every practitioner completes Level 1 e-learning at induction.",
    "",
  ].join("\n");
}

describe("lines opening with a lead's first name and a dash", () => {
  it("reads each line as its own person's record, under their full name", () => {
    const text = board("Kofi – Early Years DSL refresher, October 2025");
    expect(records(text)).toEqual([
      ["Marta Szabo", "May 2025"],
      ["Kofi Mensah-Dale", "October 2025"],
    ]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });

  it("finds the deputy's lapsed course", () => {
    const found = checkText(trainingStale, board("Kofi – Early Years DSL refresher, June 2024"), { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/Kofi Mensah-Dale/);
  });

  it("does not take a first name nobody is named in full with", () => {
    const text = board("Zara – Early Years DSL refresher, October 2025");
    expect(records(text).map((r) => r[0])).not.toContain("Kofi Mensah-Dale");
  });
});

function checklist(leadTraining: string): string {
  return [
    "# Tidewater Junior Fencing Club – Safeguarding Checklist",
    "",
    "1. Is there a named Club Safeguarding Officer? Yes – Mr Caspian Welby, 07700 900 731.",
    "2. Is there a deputy Club Safeguarding Officer? Yes – Noor Halvorsen, who covers the Sunday sessions.",
    `3. ${leadTraining}`,
    "4. Has the deputy had safeguarding training? Yes – Safeguarding and Protecting Children, 9 February 2025.",
    "5. When is the next review? By 31 July 2027.",
    "",
  ].join("\n");
}

describe("a checklist's question whether a role's holder is trained", () => {
  it("is the record of the role's holder", () => {
    const text = checklist(
      'Has the Club Safeguarding Officer had safeguarding training in the last three years? Yes – Safeguarding and Protecting Children (UK Coaching), 4 June 2025, and British Fencing\'s "Safe Sport" welfare officer course, 12 October 2025.',
    );
    expect(records(text)).toContainEqual(["Mr Caspian Welby", "4 June 2025"]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });
});

describe("a course for the lead role named in the plural", () => {
  it("is a lead's course, renewed every two years", () => {
    const text = [
      "# St Brychan's Chapel – Safeguarding Policy",
      "",
      "Chapel Safeguarding Coordinator: Mrs Delyth Rowe, 07700 900 881",
      "",
      "Delyth completed the Advanced Course for Chapel Safeguarding Coordinators on 2 April 2024.",
      "",
      "Our policy is reviewed every year. Next review: 1 March 2027.",
      "",
    ].join("\n");
    const found = checkText(trainingStale, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/Delyth Rowe/);
  });
});
