/**
 * training-undated and placeholder-text (held-out set zz57), in our own words; every name is invented. As of
 * 1 December 2026. A training section lists one line a person, "Name – course – date"; for someone who is not a
 * lead the course may carry no word "training" ("Group A safeguarding awareness", Wales's group for all staff).
 * A "– date" left where that line's date belongs is the person's undated training (the corpus rule: not also a
 * placeholder), just as a real date there makes the line their record.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(training: string[]): string {
  return [
    "# Canolfan Dringo Cwm Eithin — Safeguarding Policy",
    "",
    "## 2. Who to contact",
    "",
    "Nia Morgan – Designated Safeguarding Person",
    "",
    "Dafydd Rees – Deputy Designated Safeguarding Person",
    "",
    "Gareth Price – Climbing Instructor",
    "",
    "## 3. Training",
    "",
    ...training,
    "",
  ].join("\n");
}

describe("'Name – course – date' with the date left to fill in", () => {
  const lines = [
    "Nia Morgan – Group C (DSP) – 03/2026",
    "Dafydd Rees – Group C (DSP) – 05/2026",
    "Gareth Price – Group A safeguarding awareness – date",
  ];

  it("is the person's undated course, reported by training-undated", () => {
    const found = checkText(undated, policy(lines), { asOf, format: "md" });
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Gareth Price's Group A safeguarding awareness .*without a date/),
    ]);
  });

  it("is not also a placeholder", () => {
    expect(checkText(placeholder, policy(lines), { asOf, format: "md" })).toEqual([]);
  });

  it("a line that names no course is a placeholder, not training", () => {
    const text = policy([...lines.slice(0, 2), "Gareth Price – Climbing Instructor – date"]);
    expect(checkText(undated, text, { asOf, format: "md" })).toEqual([]);
    expect(checkText(placeholder, text, { asOf, format: "md" }).map((f) => f.excerpt)).toEqual(["– date"]);
  });
});

describe("'Name – job title – date' is a sign-off line, though the title holds a course's words (review MUST 2)", () => {
  const signOff = (title: string) =>
    `${policy(["Nia Morgan – Group C (DSP) – 03/2026", "Dafydd Rees – Group C (DSP) – 05/2026"])}
## 9. Approved by

Gareth Price – ${title} – date
`;

  for (const title of [
    "Online Safety Lead",
    "Prevent Lead",
    "Safeguarding Governor",
    "Safer Recruitment Officer",
  ])
    it(`"${title}" is a job, so "– date" is a placeholder, not undated training`, () => {
      expect(checkText(undated, signOff(title), { asOf, format: "md" })).toEqual([]);
      expect(checkText(placeholder, signOff(title), { asOf, format: "md" }).map((f) => f.excerpt)).toEqual([
        "– date",
      ]);
    });

  it("a course that ends in a course word is still the person's undated training", () => {
    const found = checkText(undated, signOff("Online Safety awareness"), { asOf, format: "md" });
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Gareth Price's Online Safety awareness/),
    ]);
  });
});
