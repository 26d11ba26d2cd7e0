/**
 * training-undated / training-stale (held-out set zz52), in our own words; every name is invented. As of 1 December
 * 2026. "Mr Ballantine completed the Deputy Lead course on 3 February 2026, and Ms Corr completed the same course on
 * the same day": the second clause points back to the course and the date just before it — Ms Corr's record of that
 * course on that date, not "the same course on the same day" listed without a date. Near misses: "the same course"
 * with no date is still undated, and a clause that names another date keeps its own.
 */
import { describe, expect, it } from "vitest";
import { rule as missing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(training: string, deputy = "Ms Ailbhe Corr"): string {
  return [
    "# Safeguarding Policy",
    "",
    "## 1. Who to contact",
    "",
    "Designated Safeguarding Lead: Mrs Jo Haverthwaite, Yard Owner, 07700 900 221",
    "",
    `Deputy Designated Safeguarding Leads: Mr Kit Ballantine (Head Instructor) and ${deputy} (Groom)`,
    "",
    "## 2. Training",
    "",
    `Mrs Haverthwaite completed the Designated Safeguarding Lead course on 9 June 2025. ${training}`,
    "",
    "Every instructor completes awareness training before their first lesson and then every three years.",
    "",
  ].join("\n");
}

const formats = ["md", "pdf"] as const;
const run = (training: string, format: (typeof formats)[number], deputy?: string) => {
  const text = policy(training, deputy);
  return {
    undated: checkText(undated, text, { asOf, format }).map((f) => f.message),
    stale: checkText(stale, text, { asOf, format }).map((f) => f.message),
    missing: checkText(missing, text, { asOf, format }).map((f) => f.message),
  };
};

describe.each(formats)("%s: 'the same course on the same day'", (format) => {
  it("gives the second person the course and date just before", () => {
    const r = run(
      "Mr Ballantine completed the Deputy Lead course on 3 February 2026, and Ms Corr completed the same course on the same day.",
      format,
    );
    expect(r.undated).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  it("dates it with the old date just before", () => {
    const r = run(
      "Mr Ballantine completed the Deputy Lead course on 3 February 2022, and Ms Corr completed the same course on the same day.",
      format,
    );
    expect(r.undated).toEqual([]);
    expect(r.stale).toHaveLength(2);
    expect(r.stale.join(" ")).toMatch(/Ms Corr's .*3 February 2022/);
  });

  it("reads the clause of a person whose surname has a capital inside it", () => {
    const r = run(
      "Mr Ballantine completed the Deputy Lead course on 3 February 2022, and Ms Nic Giolla-Rua completed the same course on the same day.",
      format,
      "Ms Aoibhe Nic Giolla-Rua",
    );
    expect(r.undated).toEqual([]);
    expect(r.stale).toHaveLength(2);
    expect(r.stale.join(" ")).toMatch(/Nic Giolla-Rua's .*3 February 2022/);
  });

  it("still reports 'the same course' with no date", () => {
    const r = run(
      "Mr Ballantine completed the Deputy Lead course on 3 February 2026, and Ms Corr completed the same course.",
      format,
    );
    expect(r.undated).toHaveLength(1);
  });

  it("keeps a date of the clause's own", () => {
    const r = run(
      "Mr Ballantine completed the Deputy Lead course on 3 February 2026, and Ms Corr completed the same course on 4 March 2021.",
      format,
    );
    expect(r.undated).toEqual([]);
    expect(r.stale).toHaveLength(1);
    expect(r.stale[0]).toMatch(/Ms Corr's .*4 March 2021/);
  });
});
