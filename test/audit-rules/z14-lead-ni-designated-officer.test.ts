/**
 * Northern Ireland's voluntary sector calls the setting's lead the "Designated Officer" (with a "Deputy
 * Designated Officer"; SBNI, Co-operating to Safeguard, the Children (Northern Ireland) Order 1995), while in
 * England the words name the council's LADO. In a policy that shows it is Northern Ireland's, and does not speak
 * of a LADO, the Designated Officer is the lead; elsewhere never. From the fourteenth held-out set (issue 11), in
 * our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(law: string, people: string[]): string {
  return [
    "# Carrowmore Community Arts — Safeguarding Children Policy",
    "",
    law,
    "",
    "## Who is who",
    "",
    ...people,
    "",
    "## If you are worried",
    "",
    "Tell the Designated Officer the same day. If they cannot be reached, tell the Deputy Designated Officer.",
    "",
  ].join("\n");
}

const NI_LAW =
  "This policy follows the SBNI Regional Core Child Protection Policy and Procedures and the Children (Northern Ireland) Order 1995; checks are made through AccessNI.";
const NI_LAW_2 =
  "We follow Co-operating to Safeguard Children and Young People in Northern Ireland, and refer concerns to the Gateway Service of the Health and Social Care Trust.";

describe("Northern Ireland's Designated Officer", () => {
  for (const [what, law, people] of [
    [
      "role headings with the name under them",
      NI_LAW,
      [
        "### Designated Officer",
        "",
        "Fionnuala Breen, Arts Co-ordinator. Fionnuala is on leave until March 2027.",
        "",
        "### Acting Designated Officer",
        "",
        "Padraig Toner, Youth Arts Worker, is Acting Designated Officer until Fionnuala returns.",
        "",
        "### Deputy Designated Officer",
        "",
        "Aoife Corrigan, committee member.",
      ],
    ],
    [
      "role and name on one line",
      NI_LAW_2,
      [
        "Designated Officer: Fionnuala Breen (07700 900 401)",
        "",
        "Deputy Designated Officer: Aoife Corrigan",
      ],
    ],
  ] as const) {
    it(`is the lead, and the deputy is named (${what})`, () => {
      const text = policy(law, [...people]);
      expect(checkText(leadMissing, text, { asOf })).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
    });
  }

  it("is never the lead in England, where it is the LADO (near miss)", () => {
    const text = policy(
      "Allegations against staff go to the Local Authority Designated Officer (LADO). This policy follows Working Together to Safeguard Children 2023.",
      [
        "Designated Officer: Fionnuala Breen (07700 900 401)",
        "",
        "Deputy Designated Officer: Aoife Corrigan",
      ],
    );
    expect(checkText(leadMissing, text, { asOf }).length).toBe(1);
  });

  it("is not the lead where a Northern Ireland policy also speaks of a LADO (near miss)", () => {
    const text = policy(`${NI_LAW} Staff from England may know the LADO.`, [
      "Designated Officer: Fionnuala Breen (07700 900 401)",
    ]);
    expect(checkText(leadMissing, text, { asOf }).length).toBe(1);
  });
});
