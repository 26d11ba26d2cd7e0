import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadContactMissing } from "../../src/audit/rules/lead-contact-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkSetting, checkText, excerpts, OLD_POLICY } from "../helpers/audit-context.js";

const asOf = "2026-11-28";

const LEADS_TABLE = `| Role | Name | Job title | Email | Phone |
| --- | --- | --- | --- | --- |
| Designated safeguarding lead | Priya Marsh | Nursery Manager | [priya.marsh@acorns-nursery.example.org](mailto:priya.marsh@acorns-nursery.example.org) | 0113 496 0712 |
| Deputy designated safeguarding lead | Tom Okafor | Deputy Manager | | |
`;

describe("lead-missing", () => {
  it("reports setting data without a dsl", () => {
    const found = checkSetting(
      leadMissing,
      { leads: [{ role: "deputy", name: "Tom Okafor", email: "t@example.org" }] },
      { asOf },
    );
    expect(found).toEqual([expect.objectContaining({ path: ["leads"] })]);
    expect(found[0].message).toMatch(/has no designated safeguarding lead — add a lead with role: dsl/);
    expect(checkSetting(leadMissing, {}, { asOf })).toEqual([]);
  });

  it("reports a policy whose lead is a placeholder or never named", () => {
    const placeholder = "Designated Safeguarding Lead: (name)\nTell the DSL about any concern.\n";
    const found = checkText(leadMissing, placeholder, { asOf });
    expect(excerpts(found, placeholder)).toEqual(["Designated Safeguarding Lead: (name)"]);
    expect(found[0].message).toMatch(/"\(name\)" stands where the name should be/);
    const unnamed =
      "Tell the designated safeguarding lead straight away.\nThe DSL will Contact Children's Social Care.\n";
    expect(excerpts(checkText(leadMissing, unnamed, { asOf }), unnamed)).toEqual([
      "designated safeguarding lead",
    ]);
    const none = "# Policy\n\nWe keep children safe.\n";
    expect(checkText(leadMissing, none, { asOf })[0].message).toMatch(
      /does not name a designated safeguarding lead/,
    );
  });

  it("finds the lead in the shapes policies use", () => {
    for (const text of [
      OLD_POLICY,
      LEADS_TABLE,
      "Our designated safeguarding lead is Ada Price.",
      "The Designated Safeguarding Lead (DSL) is Mrs J. Smith, Headteacher.",
      "Designated Person for Child Protection: Mr O'Neil",
      "### Designated Safeguarding Lead\n\nMary-Jane McDonald, Centre Manager",
      "| DSL | Deputy DSL |\n|---|---|\n| Jane Smith | John Brown |",
      // PDF text of our leads table: cells separated by spaces.
      "Role Name Job title Email Phone\nDesignated safeguarding lead Priya Marsh Nursery Manager priya@example.org 0113 496 0712",
    ]) {
      expect(checkText(leadMissing, text, { asOf }), text).toEqual([]);
    }
  });
});

describe("deputy-missing", () => {
  it("reports setting data and policies without a deputy", () => {
    const found = checkSetting(
      deputyMissing,
      { leads: [{ role: "dsl", name: "Priya Marsh", email: "p@example.org" }] },
      { asOf },
    );
    expect(found).toEqual([expect.objectContaining({ path: ["leads"] })]);
    const found2 = checkText(deputyMissing, OLD_POLICY, { asOf });
    expect(excerpts(found2, OLD_POLICY)).toEqual(["Deputy Designated Safeguarding Lead: (name)"]);
    const onlyDsl = "Designated Safeguarding Lead: Jane Smith\n";
    expect(checkText(deputyMissing, onlyDsl, { asOf })[0].message).toMatch(
      /does not name a deputy designated safeguarding lead/,
    );
  });

  it("accepts a named deputy", () => {
    expect(checkSetting(deputyMissing, {}, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, LEADS_TABLE, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, "Deputy DSL: Tom Okafor (Deputy Manager)\n", { asOf })).toEqual([]);
    expect(
      checkText(deputyMissing, "| DSL | Deputy DSL |\n|---|---|\n| Jane Smith | John Brown |", { asOf }),
    ).toEqual([]);
  });
});

describe("lead-contact-missing", () => {
  it("reports a dsl or deputy with no email and no phone", () => {
    const found = checkSetting(
      leadContactMissing,
      {
        leads: [
          { role: "dsl", name: "Priya Marsh", phone: "0113 496 0712" },
          { role: "deputy", name: "Tom Okafor" },
          { role: "governor", name: "Ruth Bell" },
        ],
      },
      { asOf },
    );
    expect(found).toEqual([
      expect.objectContaining({
        path: ["leads", 1],
        message:
          "Tom Okafor (deputy designated safeguarding lead) has no email address or phone number — add an email or phone to their entry in orgs/acorns-day-nursery.yaml so people can reach them",
      }),
    ]);
  });

  it("accepts leads with a way to reach them", () => {
    expect(checkSetting(leadContactMissing, {}, { asOf })).toEqual([]);
  });
});
