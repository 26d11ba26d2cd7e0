/**
 * From the tenth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - Wales kept its Safeguarding Children Boards: since 6 April 2016 they are regional boards under Part 7 of the
 *   Social Services and Well-being (Wales) Act 2014 (England's local boards gave way to safeguarding partners in
 *   2019). A policy that is plainly Welsh — the Wales Safeguarding Procedures, the Welsh Government, Keeping learners
 *   safe, Estyn, Welsh headings — is not told that its board is out of date; its old local board (LSCB) is, with
 *   Wales's own replacement. "England and Wales" does not make a policy Welsh.
 * - The All Wales Child Protection Procedures (2008) were replaced by the Wales Safeguarding Procedures (published
 *   November 2019, in use across Wales by April 2020).
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(title: string, body: string[]): string {
  return [
    `# ${title}`,
    "",
    "## 1. Who we are",
    "",
    "Our Designated Safeguarding Person is Gwen Maddox-Rees (01632 960 418); her deputy is Idris Kellaway.",
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}

const run = (text: string) => checkText(outdatedReference, text, { asOf });
const found = (text: string) => excerpts(run(text), text);

const WELSH_BOARD = "We are part of the Tregarth Vale Regional Safeguarding Children Board.";

describe("a Safeguarding Children Board in a Welsh policy", () => {
  it("is current when the policy follows Wales's procedures or guidance, or has Welsh headings", () => {
    for (const marker of [
      "We follow the Wales Safeguarding Procedures for every concern.",
      "Keeping learners safe (Welsh Government, 2022) sets out our duties.",
      "Estyn inspects our safeguarding arrangements.",
      "Our duties come from Part 7 of the Social Services and Well-being (Wales) Act 2014.",
    ])
      expect(found(policy("Ysgol Bryn Tawel — Safeguarding Policy", [marker, WELSH_BOARD])), marker).toEqual(
        [],
      );
    expect(
      found(
        policy("Canolfan Ieuenctid Glanrafon — Polisi Diogelu / Safeguarding Policy", [
          "The Tregarth Vale Safeguarding Children Board publishes the threshold document we use.",
        ]),
      ),
    ).toEqual([]);
  });

  it("is out of date when the board is the old local one, with Wales's replacement in the message", () => {
    const text = policy("Ysgol Bryn Tawel — Safeguarding Policy", [
      "We follow the Wales Safeguarding Procedures and refer to the Local Safeguarding Children Board (LSCB).",
    ]);
    expect(found(text)).toEqual(["Local Safeguarding Children Board"]);
    expect(run(text)[0].message).toMatch(/Wales/);
    expect(run(text)[0].message).toMatch(/regional/i);
    expect(run(text)[0].message).not.toMatch(/Children and Social Work Act/);
  });
});

describe("a Safeguarding Children Board in an English policy", () => {
  it("is out of date, even when the policy says 'England and Wales'", () => {
    const text = policy("Brightwater Swimming Club — Safeguarding Policy", [
      "We are a registered charity in England and Wales.",
      "Concerns are passed to the Brightwater Safeguarding Children Board.",
    ]);
    expect(found(text)).toEqual(["Brightwater Safeguarding Children Board"]);
    expect(run(text)[0].message).toMatch(/Children and Social Work Act 2017/);
    expect(
      found(
        policy("Brightwater Swimming Club — Safeguarding Policy", [
          "We follow the Revised Prevent Duty Guidance: for England and Wales (2023).",
          "Concerns are passed to the Local Safeguarding Children Board.",
        ]),
      ),
    ).toEqual(["Local Safeguarding Children Board"]);
  });
});

describe("the All Wales Child Protection Procedures", () => {
  it("are out of date in every shape, replaced by the Wales Safeguarding Procedures", () => {
    for (const [sentence, words] of [
      [
        "Referrals follow the All Wales Child Protection Procedures 2008.",
        "All Wales Child Protection Procedures 2008",
      ],
      [
        "Referrals follow the All Wales Child Protection Procedures (2008).",
        "All Wales Child Protection Procedures (2008)",
      ],
      ["We act under the All Wales Child Protection Procedures.", "All Wales Child Protection Procedures"],
      ["Staff know the AWCPP.", "AWCPP"],
    ]) {
      const text = policy("Ysgol Bryn Tawel — Safeguarding Policy", [sentence]);
      expect(found(text), sentence).toEqual([words]);
      expect(run(text)[0].message).toMatch(/Wales Safeguarding Procedures/);
    }
  });

  it("are history when the policy says they were replaced", () => {
    expect(
      found(
        policy("Ysgol Bryn Tawel — Safeguarding Policy", [
          "The Wales Safeguarding Procedures replaced the All Wales Child Protection Procedures in 2019.",
          "We follow the Wales Safeguarding Procedures (formerly the All Wales Child Protection Procedures).",
        ]),
      ),
    ).toEqual([]);
  });
});
