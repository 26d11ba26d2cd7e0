/**
 * The churches' courses known by a bare name ("Foundations", "Leadership Pathway") count as safeguarding training
 * with no safeguarding word in their title (11ca45a, 114f924). The same words begin many other subjects' courses:
 * "Foundations of Coaching", "Leadership Pathway for Coaches", "Foundations in Football" are not safeguarding
 * training, nor is the food standards' "Safer Food Better Business", and must not be reported as lapsed safeguarding training under a person's name. Found by the lead
 * re-reading review 4's fixes; our own words, invented names.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/training-stale.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (entry: string) =>
  [
    "# Safeguarding Policy — Wrenfold Juniors",
    "",
    "Designated Safeguarding Lead: Mrs Ada Penrose, 01632 960771",
    "Deputy Designated Safeguarding Lead: Mr Cai Hollis, 01632 960772",
    "",
    "## Training",
    "",
    "**Ada Penrose**",
    "",
    "- Designated Safeguarding Lead — 02/02/2026",
    "",
    "**Cai Hollis**",
    "",
    "- Designated Safeguarding Lead — 09/03/2026",
    `- ${entry}`,
    "",
    "Next review: September 2027",
    "",
  ].join("\n");

const stale = (entry: string) => excerpts(checkText(rule, policy(entry), { asOf }), policy(entry));

describe("a church course's bare name, and other subjects' courses that begin the same way", () => {
  it("is not safeguarding training when the name goes on to another subject", () => {
    for (const entry of [
      "Foundations of Coaching — 12/10/2019",
      "Foundations in Football — 12/10/2019",
      "Coaching Foundations — 12/10/2019",
      "Leadership Pathway for Coaches — 03/2018",
      "Leadership Pathway in Sport — 03/2018",
      "Safer Food Better Business — 12/10/2019",
      "Safer Food, Better Business (food hygiene) — 12/10/2019",
    ])
      expect(stale(entry), entry).toEqual([]);
  });

  it("near miss: the bare course name, or with its diocese in brackets, is still lapsed", () => {
    for (const entry of [
      "Foundations — 12/10/2019",
      "Foundations course — 12/10/2019",
      "Leadership Pathway — 03/2018",
      "Leadership Pathway (Diocese of Wrenfold) — 03/2018",
      "Safer Recruitment — 12/10/2019",
      "Leading Safer Ringing — 12/10/2019",
    ])
      expect(stale(entry), entry).toEqual([entry]);
  });
});
