/**
 * A person's job between their name and the role, tied to the role by "and": "**Ms K. O'Dowd** — Senior Music
 * Therapist and Deputy Designated Safeguarding Lead", "Mr Ivo Brandt, Clinical Lead Audiologist and DSL", "Mrs Pia
 * Lund (Speech Therapist) and the DSL". The job's capitalised words ("Music Therapist") are not the deputy's name:
 * the name before them is, and their courses listed under it are theirs. From the forty-seventh held-out set (issue
 * 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
type Format = "md" | "docx";
const missing = (text: string, format: Format = "md") =>
  checkText(trainingMissing, text, { asOf, format }).map((f) => f.message);

const team = (deputyLine: string, deputyCourses: string[]) =>
  [
    "# Willowbank Children's Therapy Trust — Safeguarding Policy",
    "",
    "## The people responsible",
    "",
    "**Dr Ines Varga-Holm CPsychol** — Clinical Director and Designated Safeguarding Lead",
    "01632 960 410 · i.varga@example.org",
    "· Designated Safeguarding Lead refresher (Northmoor Safeguarding Partnership), 2 February 2026",
    "",
    deputyLine,
    "01632 960 411 · deputy@example.org",
    ...deputyCourses,
    "",
    "Every therapist completes safeguarding training when they join.",
    "",
  ].join("\n");

const COURSES = ["· Designated Safeguarding Lead training for new leads (NSP), 9 July 2025"];

describe("a job between the name and the role", () => {
  it.each([
    "**Ms K. O'Dowd** — Senior Music Therapist and Deputy Designated Safeguarding Lead",
    "**Ms K. O'Dowd** – Art Therapist and Deputy Designated Safeguarding Lead",
    "Ms K. O'Dowd, Speech Therapist and Deputy Designated Safeguarding Lead",
    "Ms K. O'Dowd (Senior Music Therapist) and Deputy Designated Safeguarding Lead",
  ])("names the person, not the job: %s", (line) => {
    const text = team(line, COURSES);
    const deputy = findLeadMentions(text).find((m) => m.role === "deputy");
    expect(deputy?.name).toBe("Ms K. O'Dowd");
    for (const format of ["md", "docx"] as const) expect(missing(text, format)).toEqual([]);
  });

  it("the lead's job ending in a word the vocabulary knows names the lead too", () => {
    const text = team(
      "**Ms K. O'Dowd** — Senior Music Therapist and Deputy Designated Safeguarding Lead",
      COURSES,
    );
    const lead = findLeadMentions(text).find((m) => m.role === "dsl" && m.name);
    expect(lead?.name).toBe("Dr Ines Varga-Holm CPsychol");
  });

  it("near miss: the deputy with no courses is reported under their own name", () => {
    const text = team(
      "**Ms K. O'Dowd** — Senior Music Therapist and Deputy Designated Safeguarding Lead",
      [],
    );
    const found = missing(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Ms K. O'Dowd");
    expect(found[0]).not.toContain("Therapist");
  });

  it("near miss: a role that goes on ('the DSL's assistant') is someone else's, not hers", () => {
    const text = "**Ms K. O'Dowd** — Senior Music Therapist and the Designated Safeguarding Lead's assistant";
    expect(findLeadMentions(text).map((m) => m.name)).not.toContain("Ms K. O'Dowd");
  });

  it("near miss: two people's names before 'and' are not a job", () => {
    const text = "Contact Ms Ada Brill, Mr Tom Okoro and the Designated Safeguarding Lead with any worry.";
    const names = findLeadMentions(text).map((m) => m.name);
    expect(names).not.toContain("Ms Ada Brill");
  });
});
