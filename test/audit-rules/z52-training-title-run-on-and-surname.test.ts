/**
 * training-undated / training-stale / training-missing (held-out set zz52), in our own words; every name is invented.
 * As of 1 December 2026.
 *
 * A course's title can hold its own "and" ("… course for riding schools and livery yards on 9 June 2025"): the words
 * after it name no second course and no person and run on to the date, so the whole phrase is one course done on that
 * date — not "course for riding schools" listed without a date. Near misses: "… course on DATE and the Prevent module
 * on DATE" is still two courses, "… course and the Prevent module." still two undated ones, and "… and is booked on
 * the refresher in March 2027" still gives the course no completion date.
 *
 * A deputy named once in full with spaced initials ("Mr K. R. Ballantine") and then by title and surname in a
 * training sentence that a PDF's line breaks between the name and the word "course" is the person of that record.
 * Near miss: a record under "Mrs Ballantine" is not Mr K. R. Ballantine's.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(training: string[]): string {
  return [
    "Hollinsend Riding School",
    "Safeguarding Policy",
    "1. Who to contact",
    "Designated Safeguarding Lead: Mrs Jo Haverthwaite, Yard Owner, 07700 900 221",
    "Deputy Designated Safeguarding Lead: Mr K. R. Ballantine (Head Instructor, 07700 900 222)",
    "2. Training",
    ...training,
    "Every instructor completes awareness training before their first lesson and then every three years.",
    "3. Concerns",
    "Tell the lead the same day.",
  ].join("\n");
}

const formats = ["md", "pdf"] as const;
const run = (lines: string[], format: (typeof formats)[number]) => {
  const text = policy(lines);
  return {
    undated: checkText(undated, text, { asOf, format }).map((f) => f.message),
    stale: checkText(stale, text, { asOf, format }).map((f) => f.message),
    missing: checkText(missing, text, { asOf, format }).map((f) => f.message),
  };
};

describe.each(formats)("%s: a course title with its own 'and' before the date", (format) => {
  it("reads the whole title as one course done on the date", () => {
    const r = run(
      [
        "Mrs Haverthwaite completed the Designated Safeguarding Lead course for riding schools and livery yards on 9 June 2025.",
        "Mr Ballantine completed the Deputy Lead course on 3 February 2026.",
      ],
      format,
    );
    expect(r.undated).toEqual([]);
    expect(r.stale).toEqual([]);
  });

  it("gives an old date to the whole title", () => {
    const r = run(
      [
        "Mrs Haverthwaite completed the Designated Safeguarding Lead course for riding schools and livery yards on 9 June 2019.",
        "Mr Ballantine completed the Deputy Lead course on 3 February 2026.",
      ],
      format,
    );
    expect(r.undated).toEqual([]);
    expect(r.stale).toHaveLength(1);
    expect(r.stale[0]).toMatch(/course for riding schools and livery yards is dated 9 June 2019/);
  });

  it("still reads two dated courses joined by 'and'", () => {
    const r = run(
      [
        "Mrs Haverthwaite completed the Designated Safeguarding Lead course on 9 June 2019 and the Prevent module on 3 March 2026.",
        "Mr Ballantine completed the Deputy Lead course on 3 February 2026.",
      ],
      format,
    );
    expect(r.undated).toEqual([]);
    expect(r.stale).toHaveLength(1);
    expect(r.stale[0]).toMatch(/Designated Safeguarding Lead course is dated 9 June 2019/);
  });

  it("still reports two undated courses joined by 'and'", () => {
    const r = run(
      ["Mrs Haverthwaite completed the Designated Safeguarding Lead course and the Prevent module."],
      format,
    );
    expect(r.undated).toHaveLength(2);
  });

  it("does not take a booking's date for the course's", () => {
    const r = run(
      [
        "Mrs Haverthwaite completed the Designated Safeguarding Lead course and is booked on the refresher in March 2027.",
      ],
      format,
    );
    expect(r.undated).toHaveLength(1);
    expect(r.undated[0]).toMatch(/Designated Safeguarding Lead course is listed without a date/);
  });
});

describe("PDF: a deputy named with spaced initials, then by title and surname over a line break", () => {
  it("gives the record to the deputy", () => {
    const r = run(
      [
        "Mrs Haverthwaite completed the Designated Safeguarding Lead course on 9 June 2025.",
        "Mr Ballantine completed the Deputy Lead",
        "course on 3 February 2026.",
      ],
      "pdf",
    );
    expect(r.missing).toEqual([]);
  });

  it("does not give a record under another title's surname to him", () => {
    const r = run(
      [
        "Mrs Haverthwaite completed the Designated Safeguarding Lead course on 9 June 2025.",
        "Mrs Ballantine completed the Deputy Lead",
        "course on 3 February 2026.",
      ],
      "pdf",
    );
    expect(r.missing).toHaveLength(1);
    expect(r.missing[0]).toMatch(/none for Mr K\. R\. Ballantine/);
  });
});
