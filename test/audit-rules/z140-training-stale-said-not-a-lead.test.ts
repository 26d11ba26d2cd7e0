/**
 * training-stale (held-out set zz140), in our own words; every name is invented. A club's training list gives a
 * coach's record with words that say she holds no lead role: "Odile Parfitt (Lead Coach, not a welfare officer) –
 * Aquatics Safeguarding Children course – April '24". The role's words there deny the role, so the course is the
 * ordinary one, renewed every three years (current on 1 December 2026), not a welfare officer's two-yearly lead
 * training. Still reported: the welfare officer's own line of the same age, a coach's line of the same age without
 * the denial once three years have passed, and the coach's line when it is more than three years old.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (records: string[]) => {
  const top = [
    "Club Welfare Officer: Mrs Tabitha Quenby-Holt – welfare@lakeside.example.org – 07700 900 620",
    "Lead Coach: Ms Odile Parfitt – coach@lakeside.example.org",
  ];
  const intro = "Coaches renew the Aquatics Safeguarding Children course every three years. Our records are:";
  return [
    markdownDocument(
      [
        "# Lakeside Swimming Club Safeguarding Policy",
        "",
        "## 1. Committee",
        "",
        ...top.map((t) => `- ${t}`),
        "",
        "## 2. Training",
        "",
        intro,
        "",
        ...records.map((r) => `- ${r}`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Lakeside Swimming Club Safeguarding Policy</h1>",
        "<h2>1. Committee</h2>",
        `<ul>${top.map((t) => `<li>${t}</li>`).join("")}</ul>`,
        "<h2>2. Training</h2>",
        `<p>${intro}</p>`,
        `<ul>${records.map((r) => `<li>${r}</li>`).join("")}</ul>`,
      ].join("\n"),
    ),
    pdfDocument(
      [
        "Lakeside Swimming Club Safeguarding Policy",
        "1. Committee",
        ...top.map((t) => `● ${t}`),
        "2. Training",
        intro,
        ...records.map((r) => `● ${r}`),
      ].join("\n"),
    ),
  ];
};

const reported = (records: string[]) =>
  layouts(records).map((document) =>
    run(trainingStale, document)
      .map((r) => document.text.slice(r.offset, r.endOffset))
      .join(" | "),
  );

const COACH = "Odile Parfitt (Lead Coach, not a welfare officer) – Aquatics Safeguarding Children course";

describe("training-stale: a person the record says is not a lead", () => {
  it.each([
    `${COACH} – April '24`,
    "Odile Parfitt (Lead Coach, not the club's welfare officer) – Aquatics Safeguarding Children course – April '24",
    "Odile Parfitt (Lead Coach and never a designated safeguarding lead) – Aquatics Safeguarding Children course – April '24",
  ])("gets the ordinary three years: %s", (record) => {
    for (const found of reported([record])) expect(found).not.toContain("Parfitt");
  });

  it("is still reported once three years have passed", () => {
    for (const found of reported([`${COACH} – October '23`])) expect(found).toContain("Parfitt");
  });

  it("the welfare officer's own record of the same age is still two years", () => {
    const welfare =
      "Tabitha Quenby-Holt (Club Welfare Officer) – Aquatics Safeguarding Children course – April '24";
    for (const found of reported([welfare, `${COACH} – April '24`])) {
      expect(found).toContain("Quenby-Holt");
      expect(found).not.toContain("Parfitt");
    }
  });
});
