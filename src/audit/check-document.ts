/**
 * Runs every active document rule over one document already read (a SourceDocument), turning what the rules
 * report into findings with their line, column and the place a person finds them. No file system: the CLI's
 * engine (engine.ts) reads files first, the browser page reads the bytes a person dropped.
 */
import type { Finding, Partnership, Setting, SettingType } from "../model.js";
import type { ActiveRule } from "./config.js";
import { describePlace, placeOf } from "./document/place.js";
import { DOCUMENT_UNREADABLE, readingProblem, unreadableMessage } from "./document/readable.js";
import { LineIndex } from "./positions.js";
import type { ReportDescriptor, SourceDocument } from "./rule.js";
import { Unreadable } from "./sources/unreadable.js";
import { forgetDocumentDates } from "./text/dates.js";

/** A finding on its way through the engine: with the rule's subject, which never leaves it. */
export type EngineFinding = Finding & { subject?: string };

export interface DocumentCheckInput {
  rules: readonly ActiveRule[];
  asOf: string;
  partnership: Partnership;
  settingTypes: ReadonlyMap<string, SettingType>;
}

/** A document that could not be read: one finding saying why, never a crash. */
export function unreadableFindings(error: unknown, file: string, settingId?: string): Finding[] {
  // Anything else a reader library throws on a damaged file is reported the same way, never as a crash.
  const reason =
    error instanceof Unreadable
      ? error.message
      : `it could not be read (${error instanceof Error ? error.message : String(error)}) — check that it opens, save it again, or report this to policysmith`;
  return [
    {
      ruleId: "unreadable",
      severity: "error",
      message: `This file could not be audited: ${reason}.`,
      file,
      settingId,
    },
  ];
}

/** Every document rule over one document; `setting` is the setting's data when the document belongs to one. */
export function checkSourceDocument(
  document: SourceDocument,
  input: DocumentCheckInput,
  setting?: Setting,
): Finding[] {
  const findings: Finding[] = [];
  // What the text helpers remember of a document is for that document alone.
  forgetDocumentDates();
  const base = { asOf: input.asOf, partnership: input.partnership, settingTypes: input.settingTypes };
  const target = { file: document.file, settingId: document.settingId };
  // Text that cannot be read in order gets one finding instead of the rules' guesses (unless turned off).
  const unreadable = input.rules.find((active) => active.rule.meta.id === DOCUMENT_UNREADABLE);
  const problem = unreadable ? readingProblem(document) : undefined;
  if (unreadable && problem)
    return [
      {
        ruleId: DOCUMENT_UNREADABLE,
        severity: unreadable.severity,
        message: unreadableMessage(document, problem),
        file: target.file,
        settingId: target.settingId,
      },
    ];
  const lines = new LineIndex(document.text);
  for (const active of input.rules) {
    if (!active.rule.checkDocument) continue;
    const report = (d: ReportDescriptor) => {
      const start = d.offset !== undefined ? lines.position(d.offset) : undefined;
      const end = d.endOffset !== undefined ? lines.position(d.endOffset) : undefined;
      const f = finding(active, d, target.file, start, target.settingId);
      if (end) {
        f.endLine = end.line;
        f.endColumn = end.column;
      }
      if (d.offset !== undefined) {
        const place = placeOf(document, d.offset);
        const location = place ? describePlace(place) : start ? `line ${start.line}` : undefined;
        if (place && location) f.place = place;
        if (location) f.location = location;
      }
      if (f.excerpt === undefined && d.offset !== undefined && d.endOffset !== undefined)
        f.excerpt = document.text.slice(d.offset, d.endOffset);
      findings.push(f);
    };
    guard(active, target.file, target.settingId, findings, () =>
      active.rule.checkDocument?.({ ...base, options: active.options, document, setting, report }),
    );
  }
  return findings;
}

export function finding(
  active: ActiveRule,
  d: ReportDescriptor,
  file: string,
  pos: { line: number; column: number } | undefined,
  settingId?: string,
): Finding {
  const f: Finding = {
    ruleId: active.rule.meta.id,
    severity: d.severity === "error" ? "error" : active.severity,
    message: d.message,
    file,
    settingId,
  };
  if (pos) {
    f.line = pos.line;
    f.column = pos.column;
  }
  if (d.excerpt !== undefined) f.excerpt = d.excerpt;
  if (d.actual !== undefined) f.actual = d.actual;
  if (d.expected !== undefined) f.expected = d.expected;
  if (d.subject !== undefined) (f as EngineFinding).subject = d.subject;
  return f;
}

export function guard(
  active: ActiveRule,
  file: string,
  settingId: string | undefined,
  findings: Finding[],
  run: () => void,
): void {
  try {
    run();
  } catch (error) {
    findings.push({
      ruleId: "rule-error",
      severity: "error",
      message: `The ${active.rule.meta.id} rule failed on this file (${error instanceof Error ? error.message : String(error)}); the other rules still ran. Please report this as a policysmith bug.`,
      file,
      settingId,
    });
  }
}
