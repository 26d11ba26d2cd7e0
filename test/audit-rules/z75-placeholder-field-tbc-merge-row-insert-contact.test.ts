/**
 * placeholder-text (held-out sets zz74 and zz75), in our own words; every name is invented. Four shapes:
 * - "TBC" (or "TBA", "to be confirmed") as a field's whole value ("Deputy Welfare Lead: TBA"): the advice quotes the
 *   field with its value, so the reader sees which value is missing;
 * - a table row of mail-merge fields never merged ("| «Lead_Name» | «Lead_Role» | … |"): one placeholder, the
 *   fields together; and the template's "Lorem ipsum dolor …" filler;
 * - "INSERT <NOUN>" in capitals inside an ordinary sentence ("sessions at INSERT HALL, and …"), not a form's
 *   instruction written all in capitals;
 * - a contact detail promised in brackets where it should stand: "(phone to follow)", "(email address to come)" —
 *   not "(date to follow)" or "(details to follow)" after a course or an event.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...lines: string[]): string {
  return [
    "# Marlow Fen Orienteering Juniors — Safeguarding Policy",
    "",
    ...lines,
    "",
    "## 1. Why we have this policy",
    "",
    "Everyone at the club shares the job of keeping young orienteers safe.",
    "",
  ].join("\n");
}

const findings = (...lines: string[]) => checkText(placeholder, policy(...lines), { asOf, format: "md" });
const excerpts = (...lines: string[]) => findings(...lines).map((f) => f.excerpt);

describe("TBC as a field's whole value", () => {
  it("quotes the field with its value", () => {
    for (const [line, quoted] of [
      ["Deputy Welfare Lead: TBA", "Deputy Welfare Lead: TBA"],
      ["- **Out-of-hours phone:** TBC", "Out-of-hours phone: TBC"],
      ["Second safeguarding trustee: to be confirmed.", "Second safeguarding trustee: to be confirmed"],
    ]) {
      const found = findings(line);
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain(`"${quoted}"`);
    }
  });

  it("quotes the word alone when it is not a field's whole value", () => {
    const found = findings("Our deputy lead is TBC until the AGM in March.");
    expect(found.map((f) => f.excerpt)).toEqual(["TBC"]);
    expect(found[0].message).toMatch(/^"TBC" is a placeholder/);
  });
});

describe("mail-merge fields side by side", () => {
  it("are one placeholder on a table row", () => {
    expect(
      excerpts(
        "| Name | Role | Title | Phone |",
        "| --- | --- | --- | --- |",
        "| «Lead_Name» | «Lead_Role» | Welfare Lead | 07700 900 318 |",
      ),
    ).toEqual(["«Lead_Name» | «Lead_Role»"]);
  });

  it("apart in a sentence, each is its own", () => {
    expect(excerpts("Contact «Lead_Name» or, when away, the chair of «Club_Name» committee.")).toEqual([
      "«Lead_Name»",
      "«Club_Name»",
    ]);
  });
});

describe("Lorem ipsum filler", () => {
  it("is a placeholder", () => {
    expect(excerpts("Lorem ipsum dolor sit amet, consectetur elit, sed quis nostrud exercitation.")).toEqual([
      "Lorem ipsum dolor sit amet",
    ]);
  });

  it("near miss: a sentence about filler text", () => {
    expect(excerpts("Check that no lorem ipsum text is left in a newsletter before it goes out.")).toEqual(
      [],
    );
  });
});

describe("INSERT <NOUN> in capitals in a sentence", () => {
  it("is a placeholder", () => {
    expect(
      excerpts("Junior training runs on Mondays at INSERT HALL, and the summer relays start in June."),
    ).toEqual(["INSERT HALL"]);
    expect(excerpts("Families can reach the club on INSERT CLUB MOBILE at any time.")).toEqual([
      "INSERT CLUB MOBILE",
    ]);
  });

  it("near miss: a form's instruction written all in capitals", () => {
    expect(excerpts("IF THE CHILD IS HURT, INSERT FIRST AID NOTES IN THE BOX BELOW")).toEqual([]);
    expect(excerpts("PLEASE INSERT THE FORM IN THE FOLDER MARKED CONFIDENTIAL")).toEqual([]);
  });
});

describe("a contact detail still to come, in brackets", () => {
  it("is a placeholder", () => {
    for (const [line, quoted] of [
      ["**Deputy:** Anwen Pryce (club secretary) – (phone to follow)", "(phone to follow)"],
      ["Welfare Lead: Tobias Renner, (email address to come)", "(email address to come)"],
      ["Out of hours, ring Sunita Bellamy (mobile number to follow).", "(mobile number to follow)"],
      ["Chair: Ruth Okoro (contact details to be confirmed)", "(contact details to be confirmed)"],
    ])
      expect(excerpts(line)).toEqual([quoted]);
  });

  it("near misses: a course's or an event's date or details to follow", () => {
    for (const line of [
      "Anwen Pryce completed the county's safeguarding course (date to follow).",
      "The summer camp at Loch Ard (details to follow) is open to juniors aged 10 and over.",
      "Our new phone system (to follow in the spring) will forward calls to the duty coach.",
    ])
      expect(excerpts(line)).toEqual([]);
  });
});
