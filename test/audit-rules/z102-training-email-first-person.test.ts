/**
 * Training read from the held-out set zz102, in our own words; every name and setting is invented. As of 1 December
 * 2026.
 * A policy kept as a printed email thread: the deputy's quoted reply ("> " lines, under its own "From:" line) says
 * "my safeguarding course was the … one on 4th June 2021". That is the deputy's record: the message's sender is a lead.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const thread = (sender: string) =>
  [
    "Marshfield Scout Hut – Youth Events Safeguarding Policy (email as agreed)",
    "",
    "**From:** Hester Vane <chair@marshfieldhut.example.org>",
    "**Sent:** Monday, 6 October 2025 19:02",
    "**Subject:** RE: safeguarding policy",
    "",
    "Final wording below.",
    "",
    "Hester Vane",
    "Chair and Safeguarding Lead | Marshfield Village Hall CIO",
    "",
    "**Who to talk to**",
    "Safeguarding Lead: Hester Vane (Chair) – 07700 900521",
    "Deputy Safeguarding Lead: Idris Pennock (Treasurer) – 07700 900522",
    "",
    "**Review**",
    "Agreed by the committee by email, 6 October 2025. Next review: October 2027.",
    "",
    `> **From:** ${sender} <someone@marshfieldhut.example.org>`,
    "> **Sent:** 5 October 2025 08:10",
    ">",
    "> Hester – fine to be deputy again. For the file, my safeguarding course was the online Safeguarding Awareness one through the county scouting office on 4th June 2021 (certificate in the cabinet).",
    ">",
    "> Idris",
  ].join("\n");

describe("an email thread's quoted reply, a lead's own course in the first person", () => {
  it("the deputy's lapsed course is reported as his", () => {
    const stale = checkText(trainingStale, thread("Idris Pennock"), { asOf });
    expect(stale.map((f) => f.message.split(" most recent")[0])).toEqual(["Idris Pennock's"]);
  });

  it("the hall named after the lead's role in her signature is no person without training", () => {
    const missing = checkText(trainingMissing, thread("Idris Pennock"), { asOf });
    expect(missing.map((f) => f.message)).not.toContainEqual(expect.stringContaining("Village Hall"));
  });

  it("a recent course: nothing reported", () => {
    const recent = thread("Idris Pennock").replace("4th June 2021", "4th June 2025");
    expect(checkText(trainingStale, recent, { asOf })).toEqual([]);
  });
});
