import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkSetting, checkText, excerpts, OLD_POLICY } from "../helpers/audit-context.js";

const asOf = "2026-11-28";

describe("placeholder-text", () => {
  it("finds template leftovers in an old policy", () => {
    const found = checkText(placeholderText, OLD_POLICY, { asOf });
    // "Level 3 Designated Safeguarding Lead training – date" is a training line: training-undated reports it.
    expect(excerpts(found, OLD_POLICY)).toEqual(["(GROUP / ORGANISATION)", "(name)"]);
    expect(found[0].message).toMatch(/placeholder left over from the template — replace it/);
  });

  it("finds a date left to fill in on a line that is not a training record", () => {
    const text = "# Policy\n\nAdopted by the management committee – date\n";
    const found = checkText(placeholderText, text, { asOf });
    expect(excerpts(found, text)).toEqual(["– date"]);
    expect(found[0].message).toBe('This line ends in "– date" where a date should be — write the date in');
  });

  it("finds every kind of placeholder", () => {
    const text = [
      "Our Designated Safeguarding Lead is [insert name].",
      "Training: (list training including dates)",
      "Phone 0113 XXX XXXX or email TBC.",
      "Dear {{ setting.name }}, {% if x %}",
      "Signed: (NAME OF CHAIR)",
      "Next review: tba",
    ].join("\n");
    expect(excerpts(checkText(placeholderText, text, { asOf }), text)).toEqual([
      "[insert name]",
      "(list training including dates)",
      "0113 XXX XXXX",
      "TBC",
      "{{ setting.name }}",
      "{% if x %}",
      "(NAME OF CHAIR)",
      "tba",
    ]);
  });

  it("leaves acronyms, real words and up-to-date text alone", () => {
    const text = [
      "The Local Authority Designated Officer (LADO) and the Multi-Agency Safeguarding Hub (MASH).",
      "We follow Keeping Children Safe in Education (KCSIE) and UK data protection law (UK GDPR).",
      "| Designated safeguarding lead | Priya Marsh | Nursery Manager |",
      "We keep records up-to-date. Taxis and boxes are not placeholders; neither is Xavier.",
      "Police (non-emergency): 101. Children with special educational needs and disabilities (SEND).",
      "Safeguarding Thresholds training – 15 September 2025",
    ].join("\n");
    expect(checkText(placeholderText, text, { asOf })).toEqual([]);
  });

  it("checks every string in the setting data", () => {
    const found = checkSetting(
      placeholderText,
      {
        leads: [{ role: "dsl", name: "TBC", email: "dsl@example.org" }],
        sections: { recruitment: "We check references with (NAME OF SETTING)." },
      },
      { asOf },
    );
    expect(found.map((f) => f.path)).toEqual([
      ["leads", 0, "name"],
      ["sections", "recruitment"],
    ]);
    expect(found[0].message).toBe(
      'leads[0].name contains a placeholder, "TBC" — write the real value in orgs/acorns-day-nursery.yaml',
    );
  });

  it("passes correct setting data", () => {
    expect(checkSetting(placeholderText, {}, { asOf })).toEqual([]);
  });
});

describe("empty-link", () => {
  it("finds links to nowhere and click here with no link", () => {
    const text = [
      "Read the [local procedures](#) and the [flowchart]().",
      "",
      "Click here for the referral form.",
      "",
    ].join("\n");
    const found = checkText(emptyLink, text, { asOf });
    expect(excerpts(found, text)).toEqual([
      "[local procedures](#)",
      "[flowchart]()",
      "Click here for the referral form",
    ]);
    expect(found[0].message).toBe(
      'The link "local procedures" does not go anywhere — add the web address it should open, or remove the link',
    );
  });

  it("accepts real links, linked click here, and plain text with the address", () => {
    const text = [
      "Read the [local procedures](https://procedures.rfscp.example.org).",
      "",
      "[Click here](https://procedures.rfscp.example.org/form) for the form.",
      "",
      "Click here to open the form: https://procedures.rfscp.example.org/form",
      "",
      "Email [ada@example.org](mailto:ada@example.org) or see [section 4](#allegations).",
      "",
      "## Allegations",
    ].join("\n");
    expect(checkText(emptyLink, text, { asOf })).toEqual([]);
  });
});
