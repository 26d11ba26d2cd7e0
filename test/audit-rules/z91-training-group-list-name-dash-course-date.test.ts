/**
 * A group's line ("Leaders") over list entries that each open with a person's name, then their course and its
 * date after dashes ("· Yaw Boateng – Safeguarding awareness (online) – 10/2023"): each entry is that person's
 * record, dated, though the name is one the name tagger does not know; a course's title in the same shape
 * ("· Child Protection – Level 2 – 2019") names nobody. From the held-out set zz91, in our own words; every name is
 * invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const text = [
  "# Pedal Pals Cycle Training – Safeguarding Policy",
  "",
  "## 4. Training",
  "",
  "Ruth Calloway",
  "· Designated Safeguarding Lead training (Eastmarsh SCP) – 03/2025",
  "",
  "Leaders",
  "· Yaw Boateng – Safeguarding awareness (online) – 10/2023",
  "· Dara Quigley – Safeguarding awareness (online) – date",
  "· Emeka Nwosu – Safeguarding awareness (online) – 05/2025",
  "",
  "Leaders repeat the safeguarding awareness course every three years.",
  "",
].join("\n");

describe("a group's list of names, each with a dated course", () => {
  it("gives each entry to the person it opens with", () => {
    const records = analyse(toDocument(text)).training.map((t) => [t.leadName, t.course, t.date?.text]);
    expect(records).toContainEqual(["Yaw Boateng", "Safeguarding awareness (online)", "10/2023"]);
    expect(records).toContainEqual(["Emeka Nwosu", "Safeguarding awareness (online)", "05/2025"]);
  });

  it("reports the lapsed course naming its person, and the undated one naming hers", () => {
    const stale = checkText(trainingStale, text, { asOf }).map((f) => f.message);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatch(/^Yaw Boateng's most recent Safeguarding awareness/);
    const undated = checkText(trainingUndated, text, { asOf }).map((f) => f.message);
    expect(undated).toHaveLength(1);
    expect(undated[0]).toMatch(/Dara Quigley/);
  });

  it("does not read a course's title in the same shape as a person", () => {
    const titled = text.replace(
      "· Emeka Nwosu – Safeguarding awareness (online) – 05/2025",
      "· Child Protection – Level 2 – 05/2025",
    );
    const names = analyse(toDocument(titled)).training.map((t) => t.leadName);
    expect(names).not.toContain("Child Protection");
  });
});
