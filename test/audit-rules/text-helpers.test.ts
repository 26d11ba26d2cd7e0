import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/audit/rules/index.js";
import { findDates, parseLooseDate } from "../../src/audit/text/dates.js";
import {
  findLeadMentions,
  findReviewStatements,
  findTrainingLines,
  nameAtStart,
} from "../../src/audit/text/find.js";
import { OLD_POLICY } from "../helpers/audit-context.js";

describe("the rule registry", () => {
  it("lists every rule once, in report order, with valid default options", () => {
    expect(rules.map((r) => r.meta.id)).toEqual([
      "placeholder-text",
      "empty-link",
      "review-date-missing",
      "review-overdue",
      "review-due-soon",
      "approval-outdated",
      "lead-missing",
      "deputy-missing",
      "lead-contact-missing",
      "training-missing",
      "training-undated",
      "training-stale",
      "outdated-reference",
      "contents-mismatch",
      "section-reference",
      "contact-mismatch",
      "national-contact",
    ]);
    const ajv = new Ajv();
    for (const rule of rules) {
      expect(rule.meta.description.length, rule.meta.id).toBeGreaterThan(40);
      expect(rule.checkDocument ?? rule.checkSetting, rule.meta.id).toBeDefined();
      if (rule.meta.optionsSchema)
        expect(ajv.validate(rule.meta.optionsSchema, rule.meta.defaultOptions ?? {}), rule.meta.id).toBe(
          true,
        );
    }
  });
});

describe("dates", () => {
  it("reads the dates people write, as periods", () => {
    const cases: Array<[string, string, string]> = [
      ["15 September 2026", "2026-09-15", "2026-09-15"],
      ["7th April 2021", "2021-04-07", "2021-04-07"],
      ["15/09/2026", "2026-09-15", "2026-09-15"],
      ["01/09/2024", "2024-09-01", "2024-09-01"],
      ["2026-09-15", "2026-09-15", "2026-09-15"],
      ["September 15, 2026", "2026-09-15", "2026-09-15"],
      ["August 2019", "2019-08-01", "2019-08-31"],
      ["Feb 2024", "2024-02-01", "2024-02-29"],
      ["Summer Term 2018", "2018-04-01", "2018-07-31"],
      ["Autumn 2024", "2024-09-01", "2024-12-31"],
      ["spring term 2020", "2020-01-01", "2020-04-30"],
    ];
    for (const [text, first, last] of cases)
      expect(parseLooseDate(text), text).toMatchObject({ first, last });
  });

  it("rejects impossible dates and leaves years alone unless asked", () => {
    expect(parseLooseDate("31/02/2024")).toBeUndefined();
    expect(parseLooseDate("2020")).toBeUndefined();
    expect(parseLooseDate("2020", { allowYear: true })).toMatchObject({
      first: "2020-01-01",
      last: "2020-12-31",
    });
    expect(findDates("Call 0113 496 0100 or see section 4.2.")).toEqual([]);
  });

  it("gives offsets into the text", () => {
    const [match] = findDates("Next review date: August 2019", 100);
    expect(match).toMatchObject({ offset: 118, endOffset: 129, text: "August 2019" });
  });
});

describe("finding leads, reviews and training", () => {
  it("reads an old hand-written policy", () => {
    expect(findLeadMentions(OLD_POLICY).map((m) => [m.role, m.name ?? m.placeholder])).toEqual([
      ["dsl", "Jane Smith"],
      ["deputy", "(name)"],
    ]);
    expect(findReviewStatements(OLD_POLICY).map((r) => [r.label, r.date?.text])).toEqual([
      ["Next review date", "August 2019"],
    ]);
    expect(
      findTrainingLines(OLD_POLICY).map((t) => [t.course, t.date?.text, t.datePlaceholder, t.leadName]),
    ).toEqual([
      ["Safeguarding Thresholds Training", "January 2018", false, "Jane Smith"],
      ["Level 3 Designated Safeguarding Lead training", undefined, true, "Jane Smith"],
    ]);
  });

  it("recognises names and refuses job titles", () => {
    expect(nameAtStart("Priya Marsh, Nursery Manager")).toBe("Priya Marsh");
    expect(nameAtStart("Mrs J. Smith")).toBe("Mrs J. Smith");
    expect(nameAtStart("Mr O'Neil")).toBe("Mr O'Neil");
    expect(nameAtStart("Mary-Jane McDonald Headteacher")).toBe("Mary-Jane McDonald");
    expect(nameAtStart("Nursery Manager")).toBeUndefined();
    expect(nameAtStart("Contact Children's Social Care")).toBeUndefined();
    expect(nameAtStart("Jane")).toBeUndefined();
  });
});

describe("names that are also months", () => {
  it("keeps April Jones and stops Jane Smith before a date", () => {
    expect(nameAtStart("April Jones, Manager")).toBe("April Jones");
    expect(nameAtStart("Jane Smith March 2025")).toBe("Jane Smith");
    expect(nameAtStart("March 2025")).toBeUndefined();
  });
});
