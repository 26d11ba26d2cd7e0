/**
 * A list entry "Title — date" under a person's bold name in a training section is read as a course though no course
 * word says so (4d9c91e, for "In Safe Hands — 05/11/2025, expires 11/2027"). It counts as safeguarding training only
 * when its title says so or is a safeguarding course known by name: a restraint course, data protection or a
 * mentoring scheme under the same name is not, and must not be reported as lapsed safeguarding training; nor is a
 * level in another subject ("Makaton Level 1", "Mandarin Level 2"). From review 4 of issue 11, in our own words;
 * every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as missingRule } from "../../src/audit/rules/training-missing.js";
import { rule } from "../../src/audit/rules/training-stale.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function stale(text: string): string[] {
  return excerpts(checkText(rule, text, { asOf }), text);
}

const policy = (entries: string[]) =>
  [
    "# Safeguarding Policy — Larkspur Youth Theatre",
    "",
    "## Key people",
    "",
    "Designated Safeguarding Lead: Ms Orla Penhallow, 01632 960555",
    "Deputy Designated Safeguarding Lead: Mr Idris Cowell, 01632 960556",
    "",
    "## Training",
    "",
    "**Ms Orla Penhallow**",
    "",
    "- Designated Safeguarding Lead — 02/02/2026",
    "",
    "**Mr Idris Cowell**",
    "",
    "- Designated Safeguarding Lead — 09/03/2026",
    ...entries.map((e) => `- ${e}`),
    "",
    "## Review",
    "",
    "Next review: September 2027",
    "",
  ].join("\n");

describe("a titled list entry under a name in a training section", () => {
  it("is not safeguarding training when its title names another subject", () => {
    for (const entry of [
      "Positive Handling — 14/06/2019",
      "Data Protection — 14/06/2019",
      "Peer Coaching — completed 03/09/2019, expires 09/2020",
      "Makaton Level 1 — 03/09/2019",
      "Mandarin Level 2 — 03/09/2019",
    ])
      expect(stale(policy([entry])), entry).toEqual([]);
  });

  it("near miss: a safeguarding course known by name, or a title that names safeguarding, is still lapsed", () => {
    for (const entry of [
      "Time to Listen — completed 03/09/2019",
      "In Safe Hands — 03/09/2019, expires 09/2022",
      "Club welfare award — 03/09/2019",
      "Child Protection Level 1 — 03/09/2019",
      "Recognising abuse — 03/09/2019",
      "NSPCC Level 1 — 03/09/2019",
      "Level 1 awareness — 03/09/2019",
    ])
      expect(stale(policy([entry])), entry).toEqual([entry]);
  });

  it("says a record lapsed when its own expiry date says, once that has passed", () => {
    const [finding] = checkText(rule, policy(["In Safe Hands — 03/09/2019, expires 09/2020"]), { asOf });
    expect(finding?.message).toContain("expired at the end of September 2020");
    expect(finding?.message).not.toContain("2022");
    // No expiry of its own: the course's validity gives the date.
    const [counted] = checkText(rule, policy(["In Safe Hands — 03/09/2019"]), { asOf });
    expect(counted?.message).toContain("lapsed on 3 September 2022");
  });

  it("near miss: a course known by name still trains the deputy it is listed under", () => {
    const text = [
      "# Safeguarding Policy — Larkspur Youth Theatre",
      "",
      "Designated Safeguarding Lead: Ms Orla Penhallow, 01632 960555",
      "Deputy Designated Safeguarding Lead: Mr Idris Cowell, 01632 960556",
      "",
      "## Training",
      "",
      "**Ms Orla Penhallow**",
      "",
      "- Designated Safeguarding Lead — 02/02/2026",
      "",
      "**Mr Idris Cowell**",
      "",
      "- In Safe Hands — 05/11/2025, expires 11/2027",
      "",
    ].join("\n");
    expect(excerpts(checkText(missingRule, text, { asOf }), text)).toEqual([]);
    const untrained = text.replace("In Safe Hands", "Positive Handling");
    expect(excerpts(checkText(missingRule, untrained, { asOf }), untrained)).toEqual(["Mr Idris Cowell"]);
  });
});
