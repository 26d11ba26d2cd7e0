/**
 * training-missing and training-stale (held-out set zz119), in our own words; every name is invented. A field
 * studies centre lists each person's training as "Name (role): course – date", and the lead's entry says how often
 * the course is renewed before when it was last done: "Nadia Okonjo (DSL): Lead course, county partnership – every 2
 * years – last done 2024". The renewal note ("every 2 years") is a note on her record, not a rule for a group, so the
 * entry is her training: no training-missing for her. A year alone runs to its end, so "last done 2024" is current
 * to 31 December 2026; "last done March 2024" lapsed at the end of March 2026. A line for everyone ("All tutors
 * repeat awareness training every 3 years") stays a rule, not anybody's record.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const entries = (when: string) => [
  `Nadia Okonjo (DSL): Lead course, county partnership – ${when}`,
  "Tobiah Renshaw (Deputy DSL): Deputy lead refresher, county partnership – 04/05/2025",
  "Elin Varga (Tutor): Safeguarding awareness – October 2025",
];

const front = [
  "Designated Safeguarding Lead: Nadia Okonjo, Centre Manager – 01632 960 880",
  "Deputy Designated Safeguarding Lead: Tobiah Renshaw, Senior Tutor – 01632 960 881",
  "Out of hours: the warden on call, 07700 900 412",
];
const scope = "This policy covers every member of staff, every freelance tutor and every volunteer.";

const markdown = (when: string) =>
  markdownDocument(
    [
      "# Marshbeck Field Studies Centre – Safeguarding Policy",
      "",
      ...front,
      "",
      "## 1. Scope",
      "",
      scope,
      "",
      "## 4. Training",
      "",
      "All tutors repeat awareness training every 3 years.",
      "",
      ...entries(when).map((e) => `- ${e}`),
      "",
      "## 5. Concerns",
      "",
      "Tell the DSL the same day.",
      "",
    ].join("\n"),
  );

const word = (when: string) =>
  wordDocument(
    [
      "<h1>Marshbeck Field Studies Centre – Safeguarding Policy</h1>",
      `<p>${front.join("<br />")}</p>`,
      "<h2>1. Scope</h2>",
      `<p>${scope}</p>`,
      "<h2>4. Training</h2>",
      "<p>All tutors repeat awareness training every 3 years.</p>",
      `<ul>${entries(when)
        .map((e) => `<li>${e}</li>`)
        .join("")}</ul>`,
      "<h2>5. Concerns</h2>",
      "<p>Tell the DSL the same day.</p>",
    ].join("\n"),
  );

const pdf = (when: string) =>
  pdfDocument(
    [
      "Marshbeck Field Studies Centre – Safeguarding Policy",
      ...front,
      "1. Scope",
      scope,
      "4. Training",
      "All tutors repeat awareness training every 3 years.",
      ...entries(when).map((e) => `• ${e}`),
      "5. Concerns",
      "Tell the DSL the same day.",
    ].join("\n"),
  );

const layouts = (when: string) => [markdown(when), word(when), pdf(when)];

describe("training: a renewal note before 'last done' in a person's entry is their record", () => {
  it("finds the lead's training (no training-missing), current to the year's end", () => {
    for (const document of layouts("every 2 years – last done 2024")) {
      expect(run(trainingMissing, document), document.format).toEqual([]);
      expect(run(trainingStale, document), document.format).toEqual([]);
    }
  });

  it("reports the lead's course when the month it was last done is over two years ago", () => {
    for (const document of layouts("every 2 years – last done March 2024")) {
      expect(run(trainingMissing, document), document.format).toEqual([]);
      const reported = run(trainingStale, document);
      expect(found(reported, document), document.format).toEqual([expect.stringContaining("Nadia Okonjo")]);
      expect(reported[0].message).toContain("lapsed at the end of March 2026");
    }
  });

  it("stays quiet about a group's rule, and still reports a lead with no entry", () => {
    const none = markdownDocument(
      [
        "# Marshbeck Field Studies Centre – Safeguarding Policy",
        "",
        ...front,
        "",
        "## 1. Scope",
        "",
        scope,
        "",
        "## 4. Training",
        "",
        "- All tutors: awareness training every 3 years – last done as a team in 2025",
        `- ${entries("")[1]}`,
        "",
      ].join("\n"),
    );
    expect(run(trainingStale, none)).toEqual([]);
    expect(found(run(trainingMissing, none), none)).toEqual([expect.stringContaining("Nadia Okonjo")]);
  });
});
