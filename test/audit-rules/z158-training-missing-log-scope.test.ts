/**
 * training-missing (held-out set zz161), in our own words; every name is invented. As of 1 December 2026.
 * A group of schools names each school's lead and deputies in a table, and keeps a training log that says whose
 * training it holds: "Training completed by the school DSLs is logged centrally:", "Training of our DSLs:", "The
 * trust keeps the training record of its designated safeguarding leads below." over a table of the leads' courses.
 * The log is the DSLs' by its own words: a deputy absent from it is no gap in this policy, so no deputy is reported.
 * A lead of the log's own kind who is missing from it is still reported.
 * Stays as it is (the deputies reported): a log whose introduction names no one ("Training record:", "Staff
 * training:") or names deputies or a team ("… by the school DSLs and their deputies …", "… by our safeguarding team
 * …"); a "DSLs" log that holds a deputy's record too (its DSLs are the whole team); a single school naming one lead,
 * whose "our DSLs" are its lead and deputies. A column naming each person's school is no scope of its own: a
 * "Training record:" of the schools' leads, by school, still misses the deputies.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { type Part, tableSectionLayouts } from "../helpers/table-section-layouts.js";

const TITLE = "Tarnbrook Schools Trust – Safeguarding Policy";
const HEADING = "Safeguarding leads and their training";
const TEAMS: string[][] = [
  ["School", "Designated Safeguarding Lead", "Deputy DSL", "Telephone"],
  ["Thornbury Vale Primary", "Mrs Imelda Carrow", "Mr Osian Trebble", "01632 960 711"],
  ["Kestrel Fields Academy", "Mr Jonas Pelletier", "Mrs Kezia Marwood", "01632 960 712"],
  ["Ashgrove Junior", "Ms Farah Lindqvist", "Mr Rufus Penhale", "01632 960 713"],
];
const LOG: string[][] = [
  ["Name", "School", "Course", "Completed"],
  ["Mrs Imelda Carrow", "Thornbury Vale Primary", "DSL Level 3", "2025-05-14"],
  ["Mr Jonas Pelletier", "Kestrel Fields Academy", "DSL Level 3 refresher", "2026-02-09"],
  ["Ms Farah Lindqvist", "Ashgrove Junior", "DSL Level 3", "2025-10-21"],
];
const DEPUTIES = ["Trebble", "Marwood", "Penhale"];

const reported = (parts: Part[]) =>
  tableSectionLayouts(TITLE, HEADING, parts).map((document) => ({
    format: document.format,
    text: run(trainingMissing, document)
      .map((r) => r.message)
      .join(" "),
  }));

const policy = (intro: string, log = LOG): Part[] => [
  "Each school in the trust names its own designated safeguarding lead and deputy:",
  TEAMS,
  "Every member of staff completes safeguarding training at induction and an update each year.",
  intro,
  log,
];

describe("training-missing: a training log that says whose training it holds", () => {
  it.each([
    "Training completed by the school DSLs is logged centrally:",
    "Training of our DSLs:",
    "**Training of the school DSLs**",
    "The trust keeps the training record of its designated safeguarding leads below.",
    "Training undertaken by each school's designated safeguarding lead is recorded here:",
    "The school DSLs' training is logged by the trust office:",
  ])("does not ask the log for the deputies' training: %s", (intro) => {
    for (const { format, text } of reported(policy(intro)))
      for (const name of DEPUTIES) expect(text, format).not.toContain(name);
  });

  it("still reports a DSL the DSLs' log leaves out", () => {
    for (const { format, text } of reported(
      policy("Training completed by the school DSLs is logged centrally:", LOG.slice(0, 3)),
    )) {
      expect(text, format).toContain("Farah Lindqvist");
      for (const name of DEPUTIES) expect(text, format).not.toContain(name);
    }
  });

  // LOG names each person's school in a column of its own: no scope without the words.
  it.each([
    "Training record:",
    "Staff training:",
    "Training completed by our safeguarding team is logged centrally:",
    "Training completed by the school DSLs and their deputies is logged centrally:",
    "Training of our DSLs and deputies:",
  ])("still reports the deputies under a log that is not the DSLs' alone: %s", (intro) => {
    for (const { format, text } of reported(policy(intro)))
      for (const name of DEPUTIES) expect(text, format).toContain(name);
  });

  it("still reports the other deputies when the DSLs' log holds a deputy's record too", () => {
    const log = [...LOG, ["Mr Osian Trebble", "Thornbury Vale Primary", "Deputy DSL Level 3", "2025-06-30"]];
    for (const { format, text } of reported(
      policy("Training completed by the school DSLs is logged centrally:", log),
    )) {
      expect(text, format).not.toContain("Trebble");
      expect(text, format).toContain("Marwood");
      expect(text, format).toContain("Penhale");
    }
  });

  it("still reports the deputy of a single school whose 'DSLs' are its lead and deputy", () => {
    const parts: Part[] = [
      "Our designated safeguarding lead is Mrs Imelda Carrow (01632 960 711).",
      "Our deputy designated safeguarding lead is Mr Osian Trebble (01632 960 712).",
      "Training of our DSLs:",
      LOG.slice(0, 2),
    ];
    for (const { format, text } of reported(parts)) expect(text, format).toContain("Trebble");
  });
});
