/** The short plain summary at the top of a redline, shared by the Word and HTML versions. */
import type { ChangeLogEntry } from "../model.js";
import { formatUkDate } from "../template/dates.js";
import type { Redline } from "./redline.js";

export interface RedlineHeader {
  settingName: string;
  /** "the governing body", "the board of trustees" … */
  governingBody: string;
  templateTitle: string;
  from: { version: string; date?: string };
  to: { version: string; date: string };
  /** The approval the old version stands for, when the setting records one. */
  approved?: { date: string; by: string };
  /** The model's own notes for each version after `from` up to `to`. */
  notes: ChangeLogEntry[];
  /** The old version is older than this template: the whole document is new. */
  newDocument?: boolean;
}

export interface RedlineSummary {
  title: string;
  /** Paragraphs of plain text, in order. */
  paragraphs: string[];
  /** "2 sections added: …", one line for each kind of change that happened. */
  counts: string[];
}

export function summaryOf(redline: Redline, header: RedlineHeader): RedlineSummary {
  const { from, to } = header;
  const title = `What changed in the ${header.templateTitle}: model ${from.version} to ${to.version}`;
  const approved = header.approved
    ? `${header.settingName}'s policy was approved on ${formatUkDate(header.approved.date)} by ${header.approved.by}, against model version ${from.version}.`
    : `This compares model version ${from.version}${from.date ? ` (${formatUkDate(from.date)})` : ""} with the current model.`;
  const paragraphs = [
    approved,
    header.newDocument
      ? `Model version ${from.version} had no ${header.templateTitle}, so all of it is new: it is shown below as added text.`
      : `Below is the policy ${header.settingName} would get now, from model version ${to.version} (${formatUkDate(to.date)}), with every change marked: added words are underlined, removed words are struck through.`,
  ];
  const { added, removed, changed } = redline.changes;
  const counts: string[] = [];
  const line = (list: string[], what: string) => {
    if (list.length)
      counts.push(
        `${list.length} ${list.length === 1 ? "section" : "sections"} ${what}: ${list.join("; ")}.`,
      );
  };
  if (!header.newDocument) {
    line(added, "added");
    line(removed, "removed");
    line(changed, "changed");
    if (!counts.length) counts.push("Nothing changed: the policy reads the same in both versions.");
  }
  const notes = header.notes.map(
    (entry) =>
      `What the partnership says changed in ${entry.version} (${formatUkDate(entry.date)}): ${entry.changes}`,
  );
  paragraphs.push(
    ...notes,
    `Take these changes to ${header.governingBody}. In Word, Review › Accept or Reject goes through them one by one; when ${header.governingBody} approves the policy, record the date and model version ${to.version} in the setting's file.`,
  );
  return { title, paragraphs, counts };
}
