/**
 * Training records from the eightieth to eighty-second held-out sets, in our own words (every name invented):
 * a PDF line broken inside a bracket ("… e-learning (no date" / "given).", "… course (one day, Wrenfield" /
 * "Children Partnership), 03/10/2023 (refresher due 10/2025)") is read as the one entry it is; a lead's training
 * labelled with their first name in the possessive ("Orla's training: …") is the lead's; "certificate seen, no
 * date on record" is a course whose date is missing. Near misses: a closing bracket on a new list entry is not
 * joined, and a possessive label for a name that is no lead's stays nobody's.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function messages(rule: typeof stale, text: string, format: "md" | "pdf" = "md"): string[] {
  return checkText(rule, text, { asOf, format }).map((d) => d.message);
}

describe("a PDF entry broken inside a bracket", () => {
  const pdf = [
    "2. Who to talk to",
    "Our Designated Safeguarding Lead is Ines Carbery (07700 900111).",
    "3. Training log",
    "● Ines Carbery – Designated Safeguarding Lead course (one day, Wrenfield",
    "Children Partnership), 03/10/2023 (refresher due 10/2025)",
    "4. Responding to a concern",
  ].join("\n");

  it("reads the date on the next line as the course's, not an undated course", () => {
    expect(messages(undated, pdf, "pdf").filter((m) => m.includes("Ines"))).toEqual([]);
    const found = messages(stale, pdf, "pdf");
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      "Ines Carbery's most recent Designated Safeguarding Lead course (one day, Wrenfield",
    );
  });

  it("reads '(no date' / 'given).' as a course with no date", () => {
    const notes = [
      "3. Training",
      "Ines Carbery (Safeguarding Lead): Designated Safeguarding Lead course, Wrenfield SCP – 3rd Oct '25.",
      "Sam Porter (session volunteer): Safeguarding Basics e-learning (no date",
      "given).",
      "4. Responding to a concern",
    ].join("\n");
    expect(messages(undated, notes, "pdf")).toEqual([
      "Sam Porter's Safeguarding Basics e-learning is listed without a date — write the date it was completed (day, month and year)",
    ]);
  });
});

describe("a lead's training labelled with their name in the possessive", () => {
  const policy = (name: string) =>
    [
      "# Wrenfield Tenancy Support – Safeguarding Policy",
      "",
      "| Role | Name | Phone |",
      "| --- | --- | --- |",
      "| Lead Officer for Safeguarding | Orla Fennimore | 01632 960 111 |",
      "",
      `${name}'s training: Designated Safeguarding Lead (Level 3), Wrenfield SCP – 04/03/2024. Safeguarding Adults for Managers – 12/09/2025.`,
    ].join("\n");

  it("is the lead's, and a later course for adults does not renew it", () => {
    expect(messages(stale, policy("Orla"))).toEqual([
      "Orla Fennimore's most recent Designated Safeguarding Lead (Level 3), Wrenfield SCP training is dated 4 March 2024 — it lapsed on 4 March 2026 (it is valid for 2 years); book a refresher and record the new date",
    ]);
  });

  it("near miss: a name that is no lead's is not made the lead's", () => {
    expect(messages(stale, policy("Gideon")).join("\n")).not.toContain("Orla");
  });
});

describe("'certificate seen, no date on record'", () => {
  it("is a course listed without a date", () => {
    const text = [
      "# Wrenfield Owls Juniors",
      "",
      "**Assistant Welfare Officer**",
      "Ffion Marchetti-Lowe",
      "",
      "## Training",
      "",
      "Ffion Marchetti-Lowe: Safeguarding and Protecting Children (UK Coaching) – certificate seen, no date on record.",
    ].join("\n");
    expect(messages(undated, text)).toEqual([
      "Ffion Marchetti-Lowe's Safeguarding and Protecting Children (UK Coaching) training is listed without a date — write the date it was completed (day, month and year)",
    ]);
  });
});
