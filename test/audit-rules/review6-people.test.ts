/**
 * Review 6 of issue 11, people (in our own words; every name is invented):
 * - A name after a capitalised preposition in a plain sentence ("With Folasade Adebayo-Nwosu (Designated
 *   Safeguarding Lead) away, …", "For Babatunde Okafor, our Designated Safeguarding Lead, …") names the lead: only
 *   a course bullet under a lead's bold name ("· In Safe Hands (CWPO) – 12 March 2025") is a course's title.
 * - Names opening a line, a dash, a job and the deputy role ("Asha Patel & Tomasz Reid – Senior Tutors and Deputy
 *   Designated Safeguarding Leads") are the deputies — for deputy-missing and for training-missing alike; a line
 *   whose role is someone else's ("… the Deputy DSL's assistants") or still to come ("… our Deputy DSL (to be
 *   appointed) share the rota") names no deputy.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const sentence = (line: string) =>
  ["# Larkspur Nursery — Safeguarding Policy", "", line, "", "Next review: October 2027.", ""].join("\n");

describe("a name after a capitalised preposition in a sentence", () => {
  it("names the lead when a bracket follows the name", () => {
    const text = sentence(
      "With Folasade Adebayo-Nwosu (Designated Safeguarding Lead) away, concerns go to the nursery manager.",
    );
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
  });

  it("names the lead when a comma follows the name", () => {
    const text = sentence(
      "For Babatunde Okafor, our Designated Safeguarding Lead, this means a daily check.",
    );
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
  });

  it("near miss: a course bullet under a lead's bold name is still the course, not a lead", () => {
    const text = [
      "# Glenmoriston Badminton Juniors — Child Wellbeing and Protection Policy",
      "",
      "Our Child Wellbeing and Protection Officer (CWPO) is Mrs Isla Munro. Her deputy is Mr Rory Dunbar.",
      "",
      "## Training",
      "",
      "**Mrs Isla Munro (CWPO)**",
      "· In Safe Hands (CWPO) – 3rd May 2025",
      "",
      "**Mr Rory Dunbar (Deputy CWPO)**",
      "· Safeguarding and Protecting Children – 9 June 2025",
      "",
    ].join("\n");
    expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).toEqual([]);
  });

  it("near miss: a capitalised preposition inside a sentence starts a title, not a lead's name", () => {
    const text = [
      "# Glenmoriston Badminton Juniors — Child Wellbeing and Protection Policy",
      "",
      "Our Child Wellbeing and Protection Officer (CWPO) is Mrs Isla Munro.",
      "",
      "Every player is In Safe Hands (CWPO) – that is our pledge.",
      "",
      "**Mrs Isla Munro (CWPO)**",
      "· Safeguarding and Protecting Children – 9 June 2025",
      "",
    ].join("\n");
    expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).toEqual([]);
  });
});

const deputiesLine = (line: string, training = false) =>
  [
    "# Millbrook Drama School — Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Ms Greta Lindqvist, Principal (07700 900 811)",
    "",
    line,
    "",
    ...(training
      ? [
          "## Training",
          "",
          "| Name | Course | Completed |",
          "| --- | --- | --- |",
          "| Greta Lindqvist | Designated Safeguarding Lead training | 02/04/2026 |",
          "",
        ]
      : []),
    "Next review: October 2027.",
    "",
  ].join("\n");

describe("names, a dash, a job and the deputy role", () => {
  it("are the deputies", () => {
    const text = deputiesLine(
      "Sarah Whitfield & David Okoro – Senior Tutors and Deputy Designated Safeguarding Leads",
    );
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });

  it("are deputies whose training is missing", () => {
    const text = deputiesLine(
      "Sarah Whitfield & David Okoro – Senior Tutors and Deputy Designated Safeguarding Leads",
      true,
    );
    expect(excerpts(checkText(trainingMissing, text, { asOf }), text)).toEqual([
      "Sarah Whitfield",
      "David Okoro",
    ]);
  });

  it("near miss: another's role, in the possessive, names no deputy", () => {
    const text = deputiesLine(
      "Sarah Whitfield & David Okoro – Senior Tutors and the Deputy Designated Safeguarding Lead's helpers on tour.",
    );
    expect(checkText(deputyMissing, text, { asOf })).toHaveLength(1);
  });

  it("near miss: a role still to be filled, then a verb, names no deputy", () => {
    const text = deputiesLine(
      "Sarah Whitfield & David Okoro – Senior Tutors & our Deputy Designated Safeguarding Lead (to be appointed) share the cover.",
    );
    expect(checkText(deputyMissing, text, { asOf })).toHaveLength(1);
  });
});
