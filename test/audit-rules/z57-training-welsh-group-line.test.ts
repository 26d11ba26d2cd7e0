/**
 * training-stale (held-out set zz57), in our own words; every name is invented. As of 1 December 2026.
 * A Welsh centre lists training a line a person: "Name – Group C (DSP) – 09/2024". Once the role's words ("DSP")
 * are set aside, the Welsh lead group names the course: it is a record, a designated lead's (two years), and the
 * finding names the course without the person's name in it.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(training: string[], heading = "3. Training"): string {
  return [
    "# Canolfan Awyr Agored Llwynhir — Safeguarding Policy",
    "",
    "## 2. Who to contact",
    "",
    "Mererid Tomos – Designated Safeguarding Person",
    "",
    "Iolo Prys – Deputy Designated Safeguarding Person",
    "",
    `## ${heading}`,
    "",
    ...training,
    "",
  ].join("\n");
}

describe("training-stale: 'Name – Group C (DSP) – date' lines", () => {
  it("reads the line as the lead's Group C record and reports it lapsed after two years", () => {
    const text = policy(["Mererid Tomos – Group C (DSP) – 08/2024", "Iolo Prys – Group C (DSP) – 03/2025"]);
    const found = checkText(stale, text, { asOf, format: "md" });
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^Mererid Tomos's most recent Group C \(DSP\) training is August 2024 — .*valid for 2 years/,
      ),
    ]);
  });

  it("outside a section about training, '– Group D leader' is a job, not a course", () => {
    const text = policy(["Mererid Tomos – Group D leader – 09/2024"], "3. Staff and groups");
    expect(
      checkText(missing, text, { asOf, format: "md" })
        .map((f) => f.message)
        .join("\n"),
    ).not.toMatch(/other people, but none for Iolo Prys/);
  });

  it("a Group C line still in date is not reported", () => {
    const text = policy(["Mererid Tomos – Group C (DSP) – 10/2025"]);
    expect(checkText(stale, text, { asOf, format: "md" })).toEqual([]);
  });
});
