/**
 * The churches' safeguarding learning pathways under a person's name, in our own words; every name is invented. As of
 * 1 December 2026: the Leadership Pathway (the course for parish safeguarding officers, clergy and other leads) is a
 * course of its own, not the same course as Basic Awareness or Foundations — a later Foundations course does not
 * renew a lapsed Leadership Pathway, and each is judged by its own latest date. A name line opening with "The" before
 * a priest's title ("The Revd Canon …", "The Reverend …", "The Rev. Dr …") starts that person's lines.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (lines: string[]) =>
  [
    "# St Ebba's Church, Hollowmere — Safeguarding Policy",
    "",
    "Parish Safeguarding Officer: Mrs Genevieve Holt-Parry, 07700 900431.",
    "",
    "## 8. Training",
    "",
    "Mrs Genevieve Holt-Parry (PSO)",
    ...lines,
    "",
  ].join("\n");

const stale = (text: string) => excerpts(checkText(trainingStale, text, { asOf }), text);

describe("a person's lines under 'The Revd …'", () => {
  it("are the priest's, not the person's above", () => {
    for (const title of ["The Revd Canon", "The Reverend", "The Rev. Dr"]) {
      const text = policy([
        "· Safeguarding Foundations – 20.01.2025",
        "· Safeguarding Leadership Pathway – March 2022",
        "",
        `${title} Bartholomew Ennis (Vicar)`,
        "· Safeguarding Leadership Pathway (clergy) – 15.05.2025",
      ]);
      expect(stale(text), title).toEqual(["Safeguarding Leadership Pathway – March 2022"]);
    }
  });
});

describe("the Leadership Pathway beside a later Foundations course", () => {
  it("lapses on its own date", () => {
    const text = policy([
      "· Safeguarding Foundations – 20.01.2025",
      "· Safeguarding Leadership Pathway – March 2022",
    ]);
    expect(stale(text)).toEqual(["Safeguarding Leadership Pathway – March 2022"]);
  });

  it("is renewed by a later Leadership Pathway, not by Foundations", () => {
    const text = policy([
      "· Safeguarding Leadership Pathway – March 2022",
      "· Safeguarding Foundations – 20.01.2025",
      "· Leadership Pathway (Diocese of Hollowmere) – 11.06.2025",
    ]);
    expect(stale(text)).toEqual([]);
  });

  it("does not make a current Foundations course stale", () => {
    const text = policy([
      "· Safeguarding Foundations – 20.01.2025",
      "· Safeguarding Leadership Pathway – 14.02.2025",
    ]);
    expect(stale(text)).toEqual([]);
  });
});
