/**
 * Three shapes from the seventy-fourth and seventy-fifth held-out sets (issue 11), in our own words; every name is
 * invented:
 * - a deputy titled "Back-up" or "Backup" before the lead's title, cut to its last word ("Backup Champion") where
 *   the lead is a "Safeguarding Champion";
 * - a person's training entry with a bracketed note of how often it is renewed ("(renewed annually)"): still a
 *   record, not a rule about training;
 * - training lines given by role only ("Deputy Welfare Lead – Designated lead training. Refreshed: 01/2024"), the
 *   role's holder named elsewhere;
 * - a course whose date is "to follow" or "to be confirmed": an undated record.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const FORMATS = ["md", "docx", "pdf"] as const;

function deputies(text: string, format: (typeof FORMATS)[number]): string[] {
  return analyse(toDocument(text, format))
    .leads.filter((m) => m.role === "deputy")
    .flatMap((m) => m.names ?? []);
}

const CHAMPIONS = (deputyTitle: string) =>
  [
    "# Brightwater Rowing Club – Safeguarding Policy",
    "",
    "Our lead is called the **Safeguarding Champion**.",
    "",
    "**Safeguarding Champion:** Priya Ostrowski – 07700 900 111",
    `**${deputyTitle}:** Tomasz Quill – 07700 900 222`,
    "",
    "Training (each course is renewed annually):",
    "",
    "- Priya Ostrowski – Safeguarding Champion course (renewed annually) – 04/2023",
    "- Tomasz Quill – Safeguarding refresher (renewed annually) – 09/2026",
    "",
  ].join("\n");

describe("a 'Back-up' or 'Backup' title before the lead's is the deputy", () => {
  for (const title of ["Backup Champion", "Back-up Champion", "Back-up Safeguarding Champion"])
    for (const format of FORMATS)
      it(`${title} (${format})`, () => {
        const text = CHAMPIONS(title);
        expect(deputies(text, format)).toEqual(["Tomasz Quill"]);
        expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
      });

  it("the verb 'back up' is not a deputy's title (near miss)", () => {
    const text = [
      "# Brightwater Rowing Club – Safeguarding Policy",
      "",
      "**Safeguarding Champion:** Priya Ostrowski – 07700 900 111",
      "",
      "Coaches back up the Champion: Tomasz Quill helps at regattas.",
      "",
    ].join("\n");
    expect(deputies(text, "md")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toHaveLength(1);
  });
});

describe("a training entry with its renewal note in brackets is still a record", () => {
  for (const format of FORMATS)
    it(`the lapsed course is stale, the current one not (${format})`, () => {
      const found = checkText(trainingStale, CHAMPIONS("Backup Champion"), { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain("Priya Ostrowski");
    });
});

describe("training lines given by the role, its holder named elsewhere", () => {
  const text = [
    "# Brightwater Rowing Club – Safeguarding Policy",
    "",
    "| Who | Details |",
    "| --- | --- |",
    "| Welfare Lead | Priya Ostrowski (Head Coach), 01632 960411 |",
    "| Deputy Welfare Lead | Tomasz Quill (Boat Captain), 01632 960412 |",
    "",
    "## 5. Training",
    "",
    "Our lead and deputy keep their safeguarding lead course current:",
    "",
    "Welfare Lead – Designated lead training. Refreshed: 10/2025",
    "Deputy Welfare Lead – Designated lead training. Refreshed: 01/2024",
    "",
  ].join("\n");
  for (const format of ["md", "docx"] as const)
    it(`the deputy's lapsed lead training is stale (${format})`, () => {
      const found = checkText(trainingStale, text, { asOf, format });
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain("Tomasz Quill");
      expect(found[0].message).toMatch(/January 2024/);
      expect(found[0].message).not.toMatch(/Refreshed|Welfare Lead –/);
    });

  it("a role two people hold names neither of them (near miss)", () => {
    const two = text.replace(
      "| Deputy Welfare Lead | Tomasz Quill (Boat Captain), 01632 960412 |",
      "| Deputy Welfare Lead | Tomasz Quill (Boat Captain), 01632 960412 |\n| Deputy Welfare Lead | Ama Kyei (Cox), 01632 960413 |",
    );
    expect(checkText(trainingStale, two, { asOf, format: "md" })).toEqual([]);
  });
});

describe("a course whose date is to follow is undated", () => {
  for (const note of ["(date to follow)", "(date to be confirmed)", "– date to follow"])
    for (const format of FORMATS)
      it(`${note} (${format})`, () => {
        const text = [
          "# Brightwater Rowing Club – Safeguarding Policy",
          "",
          "Club Welfare Officer: Priya Ostrowski, 01632 960411",
          "",
          "Training:",
          `Priya Ostrowski – Safeguarding and Protecting Children ${note}`,
          "",
        ].join("\n");
        const found = checkText(trainingUndated, text, { asOf, format });
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain("Priya Ostrowski");
      });

  it("a date to follow for something else is no record (near miss)", () => {
    const text = [
      "# Brightwater Rowing Club – Safeguarding Policy",
      "",
      "Club Welfare Officer: Priya Ostrowski, 01632 960411",
      "",
      "Regatta open day (date to follow).",
      "",
    ].join("\n");
    expect(checkText(trainingUndated, text, { asOf, format: "md" })).toEqual([]);
  });
});
