/**
 * placeholder-text (held-out sets zz70 and zz71), in our own words; every name is invented. Three shapes of a value
 * left out of a policy:
 * - a bracket holding only "to be confirmed" (or "TBC", "to follow"), in one language or two split by " / ", where a
 *   registration number, a name or an address should be: "[to be confirmed]", "[à confirmer / to be confirmed]";
 * - a legal drafter's bullet in square brackets, "[●]" or "[•]", left where the value goes ("company number [●]");
 * - a postcode whose last part is X's ("HM4 XXX"): the whole postcode is the placeholder, and the advice says so.
 * Near misses: a link's words, an event's date still to be fixed, an editor's "[…]", a form's tick box "[ ]", and a
 * postcode whose letters happen to be X's ("HM7 4XX").
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(line: string): string {
  return [
    "# Kestrel Lane Rowing Club — Junior Safeguarding Policy",
    "",
    line,
    "",
    "## 1. Why we have this policy",
    "",
    "Everyone at the club shares the job of keeping junior rowers safe.",
    "",
  ].join("\n");
}

const excerpts = (line: string) => [
  line,
  ...checkText(placeholder, policy(line), { asOf, format: "md" }).map((f) => f.excerpt),
];

describe("a bracket holding only 'to be confirmed'", () => {
  it("is a placeholder, in one language or two", () => {
    for (const [line, words] of [
      ["Registered charity number: [to be confirmed]", "[to be confirmed]"],
      [
        "Numéro d'entreprise / Company number: [à confirmer / to be confirmed]",
        "[à confirmer / to be confirmed]",
      ],
      ["Rhif elusen / Charity number [i'w gadarnhau / TBC]", "[i'w gadarnhau / TBC]"],
      ["Our registered office is [to follow / i ddilyn], Hollowmere.", "[to follow / i ddilyn]"],
      ["Deputy Welfare Officer: [To be confirmed]", "[To be confirmed]"],
    ])
      expect(excerpts(line)).toEqual([line, words]);
  });

  it("near misses: a link's words, an event's dates, words that say more", () => {
    for (const line of [
      "The new kit supplier is listed on our [to be confirmed](https://example.org/kit) page.",
      "Dates of the 2027 summer regatta: [to be confirmed]",
      "A second minibus (to be confirmed at the AGM) may be hired for away races.",
      "The coach must confirm each booking [to be confirmed by the captain] before the outing.",
    ])
      expect(excerpts(line)).toEqual([line]);
  });
});

describe("a drafter's bullet in square brackets", () => {
  it("is a placeholder where the value goes, with the words that name the value", () => {
    for (const [line, words, message] of [
      [
        "Kestrel Lane Rowing Ltd (company number [●]) runs the junior squad.",
        "company number [●]",
        `"company number [●]": the drafter's mark "[●]" stands where the value should be — write it in`,
      ],
      [
        "Registered office: [•]",
        "Registered office: [•]",
        `"Registered office: [•]": the drafter's mark "[•]" stands where the value should be — write it in`,
      ],
      [
        "The club's Ofsted number is [ ● ].",
        "[ ● ]",
        `"[ ● ]" is a drafter's mark left where a value should be — write the real value in, or delete it`,
      ],
    ]) {
      const found = checkText(placeholder, policy(line), { asOf, format: "md" });
      expect([line, ...found.map((f) => f.excerpt)]).toEqual([line, words]);
      expect(found[0].message).toBe(message);
    }
  });

  it("near misses: an editor's elision, a form's tick boxes", () => {
    for (const line of [
      "The guidance says staff “should […] record the concern the same day”.",
      "I agree to my child rowing in the winter head race: [ ] Yes [ ] No",
      "- [ ] First aid kit checked before the outing",
    ])
      expect(excerpts(line)).toEqual([line]);
  });
});

describe("a postcode with X's for its last part", () => {
  it("is one placeholder, the whole postcode, with plain advice", () => {
    for (const [line, code] of [
      ["Juniors meet at the boathouse car park (postcode HM4 XXX) at 8am.", "HM4 XXX"],
      ["Boathouse, Quay Road, Hollowmere HM12 XXX", "HM12 XXX"],
      ["Post letters to the club secretary at 4 Mill Street, London SW1A xxx.", "SW1A xxx"],
    ]) {
      const found = checkText(placeholder, policy(line), { asOf, format: "md" });
      expect([line, ...found.map((f) => f.excerpt)]).toEqual([line, code]);
      expect(found[0].message).toBe(
        `The postcode "${code}" is not finished — its X's stand where its last part should be: write in the whole postcode`,
      );
    }
  });

  it("near misses: a postcode with the letter X, X's alone stay a placeholder of their own", () => {
    expect(excerpts("The boathouse is at Quay Road, HM7 4XX.")).toEqual([
      "The boathouse is at Quay Road, HM7 4XX.",
    ]);
    expect(excerpts("Boathouse phone: XXXX")).toEqual(["Boathouse phone: XXXX", "XXXX"]);
  });
});
