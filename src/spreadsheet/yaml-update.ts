/**
 * Applies what a returned workbook says to orgs/<id>.yaml through the yaml package's Document API, so the
 * file keeps its comments, key order and quoting: unchanged values are never touched, changed scalars
 * keep their node (and so their comments), and leads and training records are matched to the existing
 * ones before anything is added or removed.
 */
import { type Document, isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from "yaml";
import type { Course } from "../model.js";
import { nameKey, ROLE_LABELS, SETTING_FIELDS } from "./layout.js";
import type { FormData, FormLead, FormTraining } from "./read-form.js";

/** One line of the change summary: "policy.next_review: 2026-09-15 → 2027-09-15". */
export type Change = string;

function scalar(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (isScalar(value)) return scalar(value.value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return undefined;
  return String(value);
}

function same(kind: string, before: string | undefined, after: string | undefined): boolean {
  if (before === after) return true;
  if (before === undefined || after === undefined) return false;
  // A version typed as 4.0 comes back from Excel as the number 4.
  if (kind === "version" && /^\d+(\.\d+)?$/.test(before) && Number(before) === Number(after)) return true;
  return false;
}

/** Sets `key` in a map to a string, keeping the existing scalar node (and its comment and quoting). */
function setString(doc: Document, map: YAMLMap, key: string, value: string): void {
  const pair = map.items.find((p) => scalar(p.key) === key);
  if (pair && isScalar(pair.value)) {
    pair.value.value = value;
    return;
  }
  if (pair) pair.value = doc.createNode(value);
  else map.set(doc.createNode(key), doc.createNode(value));
}

function deleteKey(map: YAMLMap, key: string): void {
  map.delete(key);
}

function ensureMap(doc: Document, parent: YAMLMap, key: string): YAMLMap {
  const existing = parent.get(key, true);
  if (isMap(existing)) return existing;
  const created = doc.createNode({}) as YAMLMap;
  parent.set(doc.createNode(key), created);
  return created;
}

export function applyForm(doc: Document, data: FormData, courses: readonly Course[]): Change[] {
  const changes: Change[] = [];
  const root = doc.contents;
  if (!isMap(root)) throw new Error("the setting file is not a map of keys and values");
  const courseName = (id: string) => courses.find((c) => c.id === id)?.id ?? id;

  // The Setting sheet.
  for (const field of SETTING_FIELDS) {
    if (field.readOnly) continue;
    const key = field.path.join(".");
    if (!data.fields.has(key)) continue;
    const after = data.fields.get(key);
    const before = scalar(doc.getIn(field.path));
    if (same(field.kind, before, after)) continue;
    const parentPath = field.path.slice(0, -1);
    const last = field.path[field.path.length - 1];
    if (after === undefined) {
      const parent = doc.getIn(parentPath, true);
      if (isMap(parent)) deleteKey(parent, last);
      changes.push(`${key}: removed (was ${before})`);
      continue;
    }
    let parent: YAMLMap = root;
    for (const part of parentPath) parent = ensureMap(doc, parent, part);
    setString(doc, parent, last, after);
    changes.push(before === undefined ? `${key}: added ${after}` : `${key}: ${before} → ${after}`);
  }
  // An approval cleared on both rows (date and who) is gone, with the model version it recorded.
  const approved = doc.getIn(["policy", "approved"], true);
  if (isMap(approved) && !approved.has("date") && !approved.has("by"))
    (doc.getIn(["policy"], true) as YAMLMap).delete("approved");

  // The Leads and Training sheets.
  const found: unknown = root.get("leads", true);
  let leadSeq: YAMLSeq;
  if (isSeq(found)) leadSeq = found;
  else {
    leadSeq = doc.createNode([]) as YAMLSeq;
    root.set(doc.createNode("leads"), leadSeq);
  }
  const existing = leadSeq.items.filter(isMap) as YAMLMap[];
  const used = new Set<YAMLMap>();
  const items: Node[] = [];
  for (const lead of data.leads) {
    const match = existing.find(
      (m) => !used.has(m) && nameKey(scalar(m.get("name")) ?? "") === nameKey(lead.name),
    );
    if (match) {
      used.add(match);
      updateLead(doc, match, lead, changes, courseName);
      items.push(match);
    } else {
      items.push(newLead(doc, lead));
      changes.push(
        `leads: added ${lead.name} (${ROLE_LABELS[lead.role]})${lead.training.length ? ` with ${lead.training.map((t) => describeTraining(t, courseName)).join(", ")}` : ""}`,
      );
    }
  }
  for (const m of existing)
    if (!used.has(m)) changes.push(`leads: removed ${scalar(m.get("name")) ?? "(no name)"}`);
  const reordered =
    items.length !== leadSeq.items.length || items.some((item, i) => item !== leadSeq.items[i]);
  if (reordered) {
    const kept = existing.filter((m) => used.has(m));
    const oldOrder = leadSeq.items.filter((i) => kept.includes(i as YAMLMap));
    const newOrder = items.filter((i) => kept.includes(i as YAMLMap));
    if (oldOrder.some((item, i) => item !== newOrder[i]))
      changes.push(`leads: order changed to ${data.leads.map((l) => l.name).join(", ")}`);
    leadSeq.items = items;
  }
  return changes;
}

function monthAsDay(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
}

function describeTraining(
  t: { course: string; date?: string; provider?: string },
  courseName: (id: string) => string,
): string {
  return `${courseName(t.course)}${t.date ? ` ${t.date}` : " (no date)"}${t.provider ? ` by ${t.provider}` : ""}`;
}

function newLead(doc: Document, lead: FormLead): Node {
  const value: Record<string, unknown> = { role: lead.role, name: lead.name };
  if (lead.title) value.title = lead.title;
  if (lead.email) value.email = lead.email;
  if (lead.phone) value.phone = lead.phone;
  if (lead.training.length) value.training = lead.training.map(trainingValue);
  return doc.createNode(value) as Node;
}

function trainingValue(t: FormTraining): Record<string, string> {
  const value: Record<string, string> = { course: t.course };
  if (t.date) value.date = t.date;
  if (t.provider) value.provider = t.provider;
  return value;
}

function updateLead(
  doc: Document,
  map: YAMLMap,
  lead: FormLead,
  changes: Change[],
  courseName: (id: string) => string,
): void {
  const who = lead.name;
  const before = scalar(map.get("name"));
  if (before !== lead.name) {
    setString(doc, map, "name", lead.name);
    changes.push(`${who}: name ${before} → ${lead.name}`);
  }
  for (const key of ["role", "title", "email", "phone"] as const) {
    const old = scalar(map.get(key));
    const now = lead[key];
    if (old === now) continue;
    if (now === undefined) {
      map.delete(key);
      changes.push(`${who}: ${key} removed (was ${old})`);
    } else {
      setString(doc, map, key, now);
      changes.push(old === undefined ? `${who}: ${key} added ${now}` : `${who}: ${key} ${old} → ${now}`);
    }
  }
  updateTraining(doc, map, lead, changes, courseName);
}

interface Record_ {
  node: YAMLMap;
  course?: string;
  date?: string;
  provider?: string;
}

function updateTraining(
  doc: Document,
  map: YAMLMap,
  lead: FormLead,
  changes: Change[],
  courseName: (id: string) => string,
): void {
  const who = lead.name;
  const seqNode: unknown = map.get("training", true);
  const seq = isSeq(seqNode) ? seqNode : undefined;
  const records: Record_[] = (seq?.items ?? []).filter(isMap).map((node) => ({
    node: node as YAMLMap,
    course: scalar((node as YAMLMap).get("course")),
    // "2021-06" (a month) comes back from the workbook as 2021-06-01: the same date.
    date: monthAsDay(scalar((node as YAMLMap).get("date"))),
    provider: scalar((node as YAMLMap).get("provider")),
  }));
  const wanted = lead.training;
  const result: Array<YAMLMap | undefined> = wanted.map(() => undefined);
  const used = new Set<Record_>();
  // 1. Rows exactly as they were keep their node.
  wanted.forEach((t, i) => {
    const match = records.find(
      (r) => !used.has(r) && r.course === t.course && r.date === t.date && r.provider === t.provider,
    );
    if (match) {
      used.add(match);
      result[i] = match.node;
    }
  });
  // 2. A row of the same course (and date, or else the first) updates that record in place.
  for (const pass of ["date", "course"] as const)
    wanted.forEach((t, i) => {
      if (result[i]) return;
      const match = records.find(
        (r) => !used.has(r) && r.course === t.course && (pass === "course" || r.date === t.date),
      );
      if (!match) return;
      used.add(match);
      result[i] = match.node;
      for (const key of ["date", "provider"] as const) {
        const old = match[key];
        const now = t[key];
        if (old === now) continue;
        if (now === undefined) match.node.delete(key);
        else setString(doc, match.node, key, now);
        changes.push(
          `${who}: ${courseName(t.course)} ${key} ${old === undefined ? `added ${now}` : now === undefined ? `removed (was ${old})` : `${old} → ${now}`}`,
        );
      }
    });
  // 3. The rest are new records.
  wanted.forEach((t, i) => {
    if (result[i]) return;
    result[i] = doc.createNode(trainingValue(t)) as YAMLMap;
    changes.push(`${who}: training added ${describeTraining(t, courseName)}`);
  });
  for (const r of records)
    if (!used.has(r))
      changes.push(
        `${who}: training removed ${describeTraining({ course: r.course ?? "?", date: r.date, provider: r.provider }, courseName)}`,
      );

  const items = result as YAMLMap[];
  if (!seq) {
    if (items.length) {
      const created = doc.createNode([]) as YAMLSeq;
      created.items = items;
      map.set(doc.createNode("training"), created);
    }
    return;
  }
  if (items.length === 0) {
    map.delete("training");
    return;
  }
  if (items.length !== seq.items.length || items.some((item, i) => item !== seq.items[i])) seq.items = items;
}

/** The lead maps of a setting document with their names. */
export function leadNodes(doc: Document): Array<{ node: YAMLMap; name: string }> {
  const seq = doc.getIn(["leads"], true);
  if (!isSeq(seq)) return [];
  return seq.items
    .filter(isMap)
    .map((node) => ({ node: node as YAMLMap, name: scalar((node as YAMLMap).get("name")) ?? "" }));
}

/**
 * One completion from a training matrix: a newer date than the lead's latest record of that course updates
 * that record; a course the lead has no record of is added; an older or equal date changes nothing.
 */
export function applyCompletion(
  doc: Document,
  lead: YAMLMap,
  completion: { courseId: string; date: string; provider?: string },
): Change | undefined {
  const who = scalar(lead.get("name")) ?? "";
  let seq: unknown = lead.get("training", true);
  const records = isSeq(seq) ? (seq.items.filter(isMap) as YAMLMap[]) : [];
  const same = records.filter((r) => scalar(r.get("course")) === completion.courseId);
  const latest = same.reduce<YAMLMap | undefined>(
    (best, r) => ((scalar(r.get("date")) ?? "") > (scalar(best?.get("date")) ?? "") ? r : (best ?? r)),
    undefined,
  );
  if (latest) {
    const before = scalar(latest.get("date"));
    if (before !== undefined && before >= completion.date) return undefined;
    setString(doc, latest, "date", completion.date);
    if (completion.provider && scalar(latest.get("provider")) !== completion.provider)
      setString(doc, latest, "provider", completion.provider);
    return `${who}: ${completion.courseId} ${before ?? "(no date)"} → ${completion.date}`;
  }
  if (!isSeq(seq)) {
    seq = doc.createNode([]);
    lead.set(doc.createNode("training"), seq);
  }
  (seq as YAMLSeq).items.push(
    doc.createNode(
      trainingValue({
        row: 0,
        course: completion.courseId,
        date: completion.date,
        provider: completion.provider,
      }),
    ) as Node,
  );
  return `${who}: training added ${completion.courseId} ${completion.date}`;
}
