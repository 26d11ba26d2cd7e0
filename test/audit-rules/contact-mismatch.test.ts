import { describe, expect, it } from "vitest";
import { rule as contactMismatch } from "../../src/audit/rules/contact-mismatch.js";
import { checkText, excerpts, sampleSetting } from "../helpers/audit-context.js";

const asOf = "2026-11-28";
const setting = sampleSetting(); // Riverbend: LADO 0113 496 0150, hub 0113 496 0100

describe("contact-mismatch", () => {
  it("finds a service's number or email that differs from the directory", () => {
    const text = [
      "Phone the LADO on 0113 496 0999.",
      "",
      "| Riverbend Children's Advice and Support Hub | 0113 496 0101 | [hub@riverbend.example.gov.uk](mailto:hub@riverbend.example.gov.uk) |",
      "",
      "Riverbend Emergency Duty Team",
      "0113 496 0198",
    ].join("\n");
    const found = checkText(contactMismatch, text, { asOf, setting });
    expect(excerpts(found, text)).toEqual([
      "0113 496 0999",
      "0113 496 0101",
      "hub@riverbend.example.gov.uk",
      "0113 496 0198",
    ]);
    expect(found[0]).toMatchObject({
      message:
        "The policy gives 0113 496 0999 for Riverbend Local Authority Designated Officer (LADO), but the partnership's directory says 0113 496 0150 — correct the policy, or update the directory in partnership.yaml if the number has changed",
      actual: "0113 496 0999",
      expected: "0113 496 0150",
    });
  });

  it("accepts the directory's numbers, the setting's own, other areas' and other services'", () => {
    const text = [
      "Phone the LADO on 0113 496 0150 or email [lado@riverbend.example.gov.uk](mailto:lado@riverbend.example.gov.uk).",
      "Tell our designated officer, Priya Marsh (0113 496 0712), before you call the LADO.",
      "A child in Fallowmere? Their LADO is on 0118 496 0350.",
      "If the LADO does not respond, call the NSPCC whistleblowing helpline on 0808 800 5000.",
      "| Riverbend Children's Advice and Support Hub | 0113 496 0100 | <advicehub@riverbend.example.gov.uk> |",
      "Police (non-emergency) 101; in an emergency 999.",
    ].join("\n");
    expect(checkText(contactMismatch, text, { asOf, setting })).toEqual([]);
  });

  it("needs to know the setting", () => {
    expect(checkText(contactMismatch, "Phone the LADO on 0113 496 0999.", { asOf })).toEqual([]);
  });
});
