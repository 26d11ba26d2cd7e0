/**
 * training-stale and training-missing on a PDF's text (held-out set zz71), in our own words; every name is invented.
 * As of 1 December 2026. A lead's bulleted entry "● Name – Course for customer-facing staff" that the page's edge
 * broke before its date ("(online) – Autumn 2022" on the next line) is the lead's record, not a name opening a block.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const pdfText = (second: string) =>
  [
    "Cipher Yard Escape Rooms – Safeguarding Policy",
    "Safeguarding Lead: Priya Lomas, Venue Manager – 01632 960 418",
    "Deputy Safeguarding Lead: Kwabena Asante-Boateng, Senior Games Host – 07700",
    "900 261",
    "7. Training",
    "Training record for the leads:",
    "● Priya Lomas – Designated Safeguarding Lead course (two days) – 14.03.25",
    "● Kwabena Asante-Boateng – Safeguarding Awareness for customer-facing staff",
    second,
    "8. National contacts",
    "● NSPCC helpline: 0808 800 5000",
  ].join("\n");

const messages = (rule: typeof stale, text: string) =>
  checkText(rule, text, { asOf, format: "pdf" }).map((f) => f.message);

describe("a PDF entry broken before its date", () => {
  it.each(["(online) – Autumn 2022", "(online) – October 2022", "online – 12/10/2022"])(
    "is the lead's record: %s",
    (second) => {
      const text = pdfText(second);
      expect(messages(stale, text).join(" ")).toMatch(/Kwabena Asante-Boateng's most recent .*2022.*lapsed/);
      expect(messages(missing, text)).toEqual([]);
    },
  );

  it("near miss: guidance whose title reads like a name, cited with its date on the next line, is no one's record", () => {
    const text = pdfText("(online) – Autumn 2025").replace(
      "8. National contacts",
      [
        "8. Law and guidance",
        "● Information Sharing: Advice for practitioners providing safeguarding services",
        "(HM Government, July 2018);",
      ].join("\n"),
    );
    expect(messages(stale, text)).toEqual([]);
  });

  it("near miss: a rule on the next line dates nothing", () => {
    const text = pdfText("(online), repeated every three years");
    expect(messages(stale, text)).toEqual([]);
  });
});
