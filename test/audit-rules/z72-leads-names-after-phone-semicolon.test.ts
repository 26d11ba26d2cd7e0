/**
 * Two deputies in one labelled line, each with a job and a phone number, the second after "; and" ("Deputy Designated
 * Safeguarding Leads: Mr A MBE, Head of Family Support – 01632 960413; and Mrs B, Sibling Group Coordinator – 07700
 * 900284"): both are deputies, and the second needs training as much as the first. From held-out set zz72 (issue 11),
 * in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

/** Every name the deputy mentions hold ("A; and B" is one mention, two names). */
const deputyNames = (text: string) =>
  findLeadMentions(text)
    .filter((m) => m.role === "deputy")
    .flatMap((m) => m.names ?? (m.name ? [m.name] : []));

const policy = (deputies: string) =>
  [
    "# Hollybank Hospice Sibling Group – Safeguarding Policy",
    "",
    "**Designated Safeguarding Lead:** Sister Ann Mercer, Lead Nurse – 01632 960412",
    "",
    deputies,
    "",
    "## Training",
    "",
    "| Name | Course | Date |",
    "| --- | --- | --- |",
    "| Ann Mercer | Level 3 Safeguarding Children | May 2025 |",
    "| Olu Hartley | Level 3 Safeguarding Children | May 2025 |",
    "",
  ].join("\n");

describe("deputies listed with a job and a phone number, then '; and' the next", () => {
  it("reads both, and the second's missing training is reported", () => {
    const text = policy(
      "**Deputy Designated Safeguarding Leads:** Mr Olu Hartley MBE, Head of Family Support – 01632 960413; and Mrs Fran Oyebode, Sibling Group Coordinator – 07700 900284",
    );
    expect(deputyNames(text)).toEqual(["Mr Olu Hartley", "Mrs Fran Oyebode"]);
    expect(checkText(missing, text, { asOf, format: "md" }).map((f) => f.message)).toEqual([
      expect.stringContaining("Mrs Fran Oyebode"),
    ]);
  });

  it("near miss: a sentence after the semicolon names nobody", () => {
    const text = policy(
      "**Deputy Designated Safeguarding Lead:** Mr Olu Hartley, Head of Family Support – 01632 960413; The office is open from nine to five.",
    );
    expect(deputyNames(text)).toEqual(["Mr Olu Hartley"]);
    expect(checkText(missing, text, { asOf, format: "md" })).toEqual([]);
  });
});
