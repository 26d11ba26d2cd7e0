/**
 * data/outdated-references.yaml is knowledge the audit reports to users as fact: each entry must say what
 * replaced the old reference, when (a day the rule compares the as-of date with) and where a reader can check it
 * (issue 11: "with the date and the source of each change").
 */
import { readFileSync } from "node:fs";
import { isValid, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Entry {
  id?: string;
  pattern?: string;
  title?: string;
  editions?: Array<{ year?: number; from?: string }>;
  old?: string;
  replaced_by?: string;
  /** In words ("31 March 2012"), or a year alone. */
  since?: string | number;
  from?: string;
  note?: string;
  source?: string;
  unless_nearby?: string;
  unless_next?: string;
  requires_nearby?: string;
  requires_in_document?: string;
  unless_in_document?: string;
  current_name?: string;
  term?: boolean;
  covered_by?: string;
}

const entries: Entry[] = parse(
  readFileSync(new URL("../data/outdated-references.yaml", import.meta.url), "utf8"),
);
/** An entry's current_name, as the rule compiles it. */
const current = (id: string) => new RegExp(entries.find((e) => e.id === id)?.current_name ?? "(?!)", "i");
const isDay = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));

describe("data/outdated-references.yaml", () => {
  it("gives every entry a unique id, the old and new names, a note and a public source", () => {
    expect(entries.length).toBeGreaterThan(30);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size, "ids are unique").toBe(ids.length);
    for (const e of entries) {
      for (const key of ["id", "old", "replaced_by", "note", "source"] as const)
        expect(typeof e[key] === "string" && e[key].trim() !== "", `${e.id}: ${key}`).toBe(true);
      expect(e.source, `${e.id}: source`).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    }
  });

  it("covers a term only by another entry's finding", () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const e of entries)
      if (e.covered_by !== undefined) expect(ids.has(e.covered_by), `${e.id}: covered_by`).toBe(true);
  });

  it("dates every change: a day for a renamed or repealed reference, a day for each edition of guidance", () => {
    for (const e of entries) {
      if (e.editions) {
        expect(e.title, `${e.id}: editions need a title`).toBeTypeOf("string");
        expect(e.editions.length, `${e.id}: editions`).toBeGreaterThanOrEqual(2);
        const days = e.editions.map((edition) => edition.from);
        for (const edition of e.editions) {
          expect(Number.isInteger(edition.year), `${e.id}: edition year`).toBe(true);
          expect(isDay(edition.from), `${e.id}: edition ${edition.year} from`).toBe(true);
        }
        expect(days, `${e.id}: editions in order`).toEqual([...days].sort());
      } else {
        expect(e.pattern, `${e.id}: pattern`).toBeTypeOf("string");
        expect(isDay(e.from), `${e.id}: from`).toBe(true);
        expect(String(e.since ?? ""), `${e.id}: since`).toMatch(/^(?:\d{4}|.*\b\d{4}\b.*)$/);
      }
      for (const pattern of [e.pattern, e.title].filter((p): p is string => p !== undefined))
        expect(() => new RegExp(pattern, "iu"), `${e.id}: pattern compiles`).not.toThrow();
    }
  });

  it("compiles every pattern that decides where an entry applies", () => {
    for (const e of entries)
      for (const key of [
        "unless_nearby",
        "unless_next",
        "requires_nearby",
        "requires_in_document",
        "unless_in_document",
        "current_name",
      ] as const) {
        const pattern = e[key];
        if (pattern === undefined) continue;
        expect(typeof pattern, `${e.id}: ${key}`).toBe("string");
        expect(() => new RegExp(pattern, "i"), `${e.id}: ${key} compiles`).not.toThrow();
      }
  });

  it("names what replaced an old reference in words a sentence of history would use", () => {
    // Issue 11 (held-out zz45, zz47): "the DBS took over that work from the CRB", "practice reviews, which took the
    // place of serious case reviews" — the current name in the sentence makes the looser history wording safe.
    expect(current("crb").test("the Disclosure and Barring Service")).toBe(true);
    expect(current("crb").test("the DBS")).toBe(true);
    expect(current("serious-case-review").test("local child safeguarding practice reviews")).toBe(true);
  });

  it("lists Northern Ireland's 2005 ACPC procedures before the committees, so their title is one finding", () => {
    const ids = entries.map((e) => e.id);
    expect(ids.indexOf("acpc-regional-procedures-northern-ireland")).toBeLessThan(ids.indexOf("acpc"));
    expect(
      current("acpc-regional-procedures-northern-ireland").test(
        "Regional Core Child Protection Policies and Procedures",
      ),
    ).toBe(true);
  });

  it("marks terms, and lists Northern Ireland's 2003 Order before the term in its title", () => {
    for (const e of entries) if (e.term !== undefined) expect(e.term, `${e.id}: term`).toBe(true);
    expect(entries.find((e) => e.id === "vulnerable-adult")?.term).toBe(true);
    const ids = entries.map((e) => e.id);
    expect(ids.indexOf("protection-of-children-vulnerable-adults-ni-order-2003")).toBeLessThan(
      ids.indexOf("vulnerable-adult"),
    );
  });

  it("tells a policy for Wales and one for England apart: 'England and Wales' is neither", () => {
    const wales = entries.find((e) => e.id === "lscb")?.unless_in_document;
    expect(wales).toBeTypeOf("string");
    const welsh = new RegExp(wales as string, "i");
    expect(welsh.test("We follow the Wales Safeguarding Procedures.")).toBe(true);
    expect(welsh.test("Keeping learners safe (Welsh Government, 2022)")).toBe(true);
    expect(welsh.test("the Social Services and Well-being (Wales) Act 2014")).toBe(true);
    expect(welsh.test("A registered charity in England and Wales.")).toBe(false);
    expect(welsh.test("Revised Prevent Duty Guidance: for England and Wales (2015)")).toBe(false);
    // The Welsh entry applies exactly where the English one does not.
    expect(entries.find((e) => e.id === "lscb-wales")?.requires_in_document).toBe(wales);
  });
});
