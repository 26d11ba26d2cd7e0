/**
 * training-undated (session 48, held-out zz162), in our own words; every name is invented. As of 1 December 2026.
 * A school records a governor's course with its delivery and provider in brackets, then the date: "Mr Tobias Wrenfield
 * completed governor safeguarding training (online, Ashcombe SCP) in November 2024." The comma inside the bracket
 * parts no two courses: the course is the whole title with its bracket, done in November 2024 — a dated record, no
 * training-undated error (and, not a lead's course, still valid: no training-stale error either). The same with a
 * semicolon in the bracket, three parts in it, an "on DATE", a "Training:" line, in every layout.
 * Stays as it is: a bracket that says no date is known ("(no date recorded)", "(date to be confirmed)", "(online, date
 * not known)") and a bracket with a comma and no date after it stay undated.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Policy — Ashcombe Primary School";
const ROLES = [
  "Designated Safeguarding Lead: Mrs Hesper Calloway (01632 960 481)",
  "Deputy Designated Safeguarding Lead: Mr Idris Penhallow (01632 960 482)",
  "Safeguarding Governor: Mr Tobias Wrenfield (07700 900 483)",
];

const layouts = (training: string): SourceDocument[] =>
  sectionLayouts(TITLE, "Training", [...ROLES, training]);

const wrenfield = (document: SourceDocument, rule = trainingUndated) =>
  run(rule, document)
    .map((f) => f.message)
    .filter((m) => m.includes("Wrenfield"));

describe("a course whose bracket holds a comma, then its date", () => {
  for (const training of [
    "Mr Tobias Wrenfield completed governor safeguarding training (online, Ashcombe SCP) in November 2024.",
    "Mr Tobias Wrenfield attended safer recruitment training (e-learning, Ashcombe Learning Hub) on 4 February 2025.",
    "Mr Tobias Wrenfield completed child protection awareness (face to face, county council, half day) on 12 March 2025.",
    "Mr Tobias Wrenfield completed governor safeguarding training (online; Ashcombe SCP) in June 2025.",
    "Training: Mr Tobias Wrenfield completed governor safeguarding training (in person, Ashcombe SCP) in May 2025.",
  ])
    it(`is a dated record, still valid: ${training}`, () => {
      for (const document of layouts(training)) {
        expect(wrenfield(document), document.format).toEqual([]);
        expect(wrenfield(document, trainingStale), document.format).toEqual([]);
      }
    });
});

describe("stays as it is", () => {
  for (const training of [
    "Mr Tobias Wrenfield completed governor safeguarding training (no date recorded).",
    "Mr Tobias Wrenfield completed governor safeguarding training (date to be confirmed).",
    "Mr Tobias Wrenfield completed governor safeguarding training (online, date not known).",
    "Mr Tobias Wrenfield completed governor safeguarding training (online, Ashcombe SCP).",
  ])
    it(`is still undated: ${training}`, () => {
      // The PDF-like layout reads no record from such a sentence, before this change as after it.
      for (const document of layouts(training).filter((d) => d.format !== "pdf"))
        expect(wrenfield(document), document.format).toHaveLength(1);
    });
});
