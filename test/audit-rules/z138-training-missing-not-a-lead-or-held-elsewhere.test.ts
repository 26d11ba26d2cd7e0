/**
 * training-missing (held-out set zz138), in our own words; every name is invented. A policy lists its lead's and
 * deputy's training, and names two more people under roles the lead reader knows:
 * - one the policy says is no lead: "The **Registered Provider's** officer, Mr Aled Brightmore-Cole, is the
 *   charity's nominated person with the regulator. He visits each quarter and is not a safeguarding lead for the
 *   project." — a person the sentence (or the next one, about "he"/"she") says is not a lead is no lead;
 * - one whose training the policy says is recorded elsewhere: "… the charity's Designated Safeguarding Officer, Ms
 *   Nerys Oduya-Lamb. Her training is recorded in the charity's Safeguarding Policy." (or "is held on the trust's
 *   records") — her training is not missing here.
 * Still reported: the same people without those words, and a person whose training is said to be "recorded in the
 * table below" that lists nobody by their name. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (paragraphs: string[]) => {
  const all = [
    "Our **Safeguarding Lead** is Mrs Gwenllian Ashworth-Pye, Project Manager, 01632 960 511.",
    "Our **Deputy Safeguarding Lead** is Mr Toby Quarrington, Youth Worker, 01632 960 512.",
    ...paragraphs,
  ];
  const training = [
    "Gwenllian Ashworth-Pye: Designated Safeguarding Lead training, 05/2025",
    "Toby Quarrington: Designated Safeguarding Lead training, 09/2025",
  ];
  return [
    markdownDocument(
      [
        "# Youth Project Safeguarding Procedure",
        "",
        "## 1. Who is responsible",
        "",
        ...all.flatMap((p) => [p, ""]),
        "## 2. Training",
        "",
        ...training.map((t) => `- ${t}`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Youth Project Safeguarding Procedure</h1>",
        "<h2>1. Who is responsible</h2>",
        ...all.map((p) => `<p>${p.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
        "<h2>2. Training</h2>",
        `<ul>${training.map((t) => `<li>${t}</li>`).join("")}</ul>`,
      ].join("\n"),
    ),
  ];
};

const reported = (paragraphs: string[]) =>
  layouts(paragraphs).map((document) =>
    run(trainingMissing, document)
      .map((r) => r.message)
      .join(" "),
  );

const NOMINATED =
  "The **Registered Provider's** officer, Mr Aled Brightmore-Cole, is the charity's nominated person with the regulator.";
const OFFICER =
  "Out of hours, the duty manager contacts the charity's Designated Safeguarding Officer, Ms Nerys Oduya-Lamb (Head of Operations), through the on-call rota.";

describe("training-missing: a person the policy says is no lead", () => {
  it.each([
    `${NOMINATED} He visits each quarter and is not a safeguarding lead for the project; staff do not take concerns to him.`,
    "The nominated person, Mr Aled Brightmore-Cole, visits each quarter and is not a safeguarding lead for the project.",
    `${NOMINATED} He is not one of our designated leads.`,
  ])("is not reported: %s", (paragraph) => {
    for (const found of reported([paragraph])) expect(found).not.toContain("Brightmore-Cole");
  });

  it.each([
    `${NOMINATED} He visits each quarter and speaks to the young people.`,
    `${NOMINATED} He visits each quarter. Staff who are not a safeguarding lead tell the Safeguarding Lead.`,
  ])("is still reported without those words: %s", (paragraph) => {
    for (const found of reported([paragraph])) expect(found).toContain("Brightmore-Cole");
  });
});

describe("training-missing: a person whose training the policy says is recorded elsewhere", () => {
  it.each([
    [`${OFFICER} Her training is recorded in the charity's Safeguarding Policy.`],
    [`${OFFICER} Her own safeguarding training is held on the trust's records.`],
    [OFFICER, "The Designated Safeguarding Officer's training is kept by the charity's HR team."],
  ])("is not reported: %s", (...paragraphs) => {
    for (const found of reported(paragraphs)) expect(found).not.toContain("Oduya-Lamb");
  });

  it.each([
    [OFFICER],
    [`${OFFICER} Her training is recorded in the table below.`],
    [`${OFFICER} His training is recorded in the charity's Safeguarding Policy.`],
  ])("is still reported: %s", (...paragraphs) => {
    for (const found of reported(paragraphs)) expect(found).toContain("Oduya-Lamb");
  });
});
