/**
 * A review shape from the hundred-and-fourth held-out set (issue 11), in our own words; every name is invented. As
 * of 1 December 2026.
 * - Speaker notes of a slide deck: "Check and update this deck before the 2026 summer camp starts (June 2026)" is
 *   the deck's next review, due by the date in brackets — not the event dates beside it ("Camp starts: 27 July
 *   2026"), and not a reader's "check this deck before your shift".
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/review-findings.js";

const asOf = "2026-12-01";
const findings = (text: string) => reviewFindings(text, { asOf });

const deck = (notes: string) =>
  [
    "# Brackwater Sailing Camp – Volunteer Briefing",
    "",
    "Deck B-2: Keeping children safe – speaker notes",
    "",
    notes,
    "",
    "Briefing evenings this year: Tue 9 and Wed 10 June 2026. Camp starts: Mon 27 July 2026.",
    "",
    "## Slide 2 – Who to tell",
    "",
    "Tell the camp welfare officer, Ffion Tallis, the same day.",
    "",
  ].join("\n");

describe("a deck's own next update before an event, its date in brackets", () => {
  it("reads 'update this deck before the 2026 camp starts (June 2026)' as overdue", () => {
    const found = findings(
      deck(
        "Presenter: the camp leader. Deck version 2, updated 02/04/2025. Check and update this deck before the 2026 camp starts (June 2026).",
      ),
    );
    expect(found).toEqual([["review-overdue", expect.stringContaining("June 2026")]]);
  });

  it("reads one still to come as no finding", () => {
    const found = findings(
      deck(
        "Presenter: the camp leader. Review and update this deck before the 2027 camp starts (June 2027).",
      ),
    );
    expect(found).toEqual([]);
  });

  it("does not read a reader's check of the deck as its review", () => {
    const found = findings(
      deck("Presenter: the camp leader. Volunteers check this deck before the camp (June 2026)."),
    );
    expect(found).toEqual([
      ["review-date-missing", expect.stringContaining("does not say when it will next be reviewed")],
    ]);
  });
});
