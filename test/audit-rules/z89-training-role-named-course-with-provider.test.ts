/**
 * In a section about training, "Name – Designated Safeguarding Lead (Provider SCP), 14/03/2025": a person, a course
 * named after the role, who ran it in brackets, then the date it was completed. That is the lead's training record,
 * not a role line ("Name – Designated Safeguarding Lead" carries no provider and no completion date). From the
 * held-out set zz89, in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (leadLine: string) =>
  [
    "# Pebblebrook Shore Explorers – Safeguarding Policy",
    "",
    "## 1. Who to talk to",
    "",
    "**Safeguarding Lead**",
    "Ottilie Brannagh-Vance, Club Leader, 07700 900318",
    "",
    "**Deputy Safeguarding Lead**",
    "Mr R. T. Okonkwo, Trips Co-ordinator, 07700 900326",
    "",
    "Tell the Safeguarding Lead the same day.",
    "",
    "## 2. Training",
    "",
    leadLine,
    "Mr R. T. Okonkwo – Designated Safeguarding Lead refresher (Eastmarsh SCP), 10/2025",
    "Jonah Petherick (helper) – Safeguarding Awareness, 06/2024",
    "",
    "Helpers renew safeguarding awareness every three years.",
    "",
  ].join("\n");

describe("a course named after the role, with its provider and date, in a training section", () => {
  const text = policy("Ottilie Brannagh-Vance – Designated Safeguarding Lead (Eastmarsh SCP), 22/04/2025");

  it("is the lead's record of that course", () => {
    const records = analyse(toDocument(text))
      .training.filter((t) => t.leadName === "Ottilie Brannagh-Vance")
      .map((t) => [t.course, t.date?.text]);
    expect(records).toEqual([["Designated Safeguarding Lead (Eastmarsh SCP)", "22/04/2025"]]);
  });

  it("does not report the lead's training as missing", () => {
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });

  it("reports the course as lapsed, naming the lead, when its date is more than two years old", () => {
    const old = policy("Ottilie Brannagh-Vance – Designated Safeguarding Lead (Eastmarsh SCP), 22/04/2023");
    const stale = checkText(trainingStale, old, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Ottilie Brannagh-Vance's most recent /);
  });
});

describe("a role line in a training section", () => {
  it("with no provider and no date is still the role, and the lead's training is missing", () => {
    const text = policy("Ottilie Brannagh-Vance – Designated Safeguarding Lead");
    const missing = checkText(trainingMissing, text, { asOf });
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toMatch(/none for Ottilie Brannagh-Vance/);
  });
});

describe("a role line whose bracket names a site, not who ran a course (review of the twenty-eighth session)", () => {
  it("is the role held there, with the date it was taken on: no course record, so nothing lapsed", () => {
    const text = policy(
      "Ottilie Brannagh-Vance – Designated Safeguarding Lead (Riverside Hall site), September 2019",
    );
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});
