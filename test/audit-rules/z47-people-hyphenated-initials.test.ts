/**
 * A double given name's initials joined by a hyphen ("Mr J-P Rooney" for Jean-Paul, "Ms A.-M. Keane" for
 * Anne-Marie), or two initials each with its full stop ("Mr J.P. Rooney"), are initials, so the name is read — and a list of deputies goes on past it to the next: "Deputies: Ms
 * A, Mr J-P B and Mrs C" names three, and the third, whose training the policy leaves out, is reported. From the
 * forty-eighth held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const missing = (text: string, format: "md" | "txt" = "md") =>
  checkText(trainingMissing, text, { asOf, format }).map((f) => f.message);

const policy = (middle: string, training: string) =>
  [
    "# Strikezone Family Bowling — Safeguarding Policy",
    "",
    "Designated Safeguarding Officer: Mr Declan Forsythe (Centre Manager)",
    "",
    `Deputy Designated Safeguarding Officers: Ms T. Quigley (Birthday Parties Host), ${middle} (Shift Leader) and Mrs Orla Breen-Hanlon (Shift Leader)`,
    "",
    "## Training",
    "",
    training,
    "",
  ].join("\n");

const TWO_TRAINED = (surname: string) =>
  `Mr Forsythe completed the Designated Safeguarding Officer course in May 2025. Ms Quigley attended it in June 2025, and Mr ${surname} in January 2026.`;

describe("hyphenated initials in a list of deputies", () => {
  it.each([
    ["Mr J-P Rooney", "Rooney"],
    ["Ms A.-M. Keane", "Keane"],
    ["Mr J.P. Rooney", "Rooney"],
  ])("%s is read, and the list goes on to the third deputy", (middle, surname) => {
    const text = policy(middle, TWO_TRAINED(surname).replace("Mr ", middle.startsWith("Ms") ? "Ms " : "Mr "));
    const deputies = findLeadMentions(text).filter((m) => m.role === "deputy" && m.name);
    expect(deputies.flatMap((m) => m.names ?? [])).toEqual([
      "Ms T. Quigley",
      middle,
      "Mrs Orla Breen-Hanlon",
    ]);
  });

  it.each<"md" | "txt">(["md", "txt"])("the third deputy with no training is reported (%s)", (format) => {
    const text = policy("Mr J-P Rooney", TWO_TRAINED("Rooney"));
    const found = missing(text, format);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Mrs Orla Breen-Hanlon");
  });

  it("the deputy with the hyphenated initials is trained by title and surname: no finding once all are", () => {
    const text = policy(
      "Mr J-P Rooney",
      `${TWO_TRAINED("Rooney")} Mrs Breen-Hanlon completed the course in March 2026.`,
    );
    expect(missing(text)).toEqual([]);
  });

  it("the middle deputy's training left out is reported under the whole name", () => {
    const text = policy(
      "Mr J-P Rooney",
      "Mr Forsythe completed the Designated Safeguarding Officer course in May 2025. Ms Quigley attended it in June 2025, and Mrs Breen-Hanlon in March 2026.",
    );
    const found = missing(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Mr J-P Rooney");
  });
});
