/** The PDF line breaker's rules for addresses, dates and phone numbers (src/render/pdf/lines.ts). */
import { describe, expect, it } from "vitest";
import { Fonts } from "../src/render/pdf/fonts.js";
import { breakLines, type Span, unbreakableWords } from "../src/render/pdf/lines.js";
import { useNodePlatform } from "../src/render/platform-node.js";
import { growth } from "./helpers/growth.js";

useNodePlatform();

const fonts = Fonts.measuring();
const style = { font: "regular" as const, size: 10, color: [0, 0, 0] as [number, number, number] };
const lines = (text: string, width: number) =>
  breakLines([{ text, style } satisfies Span], width, fonts, 10).map((l) =>
    l.runs.map((r) => r.text).join(""),
  );
const widthOf = (text: string) => fonts.width(text, "regular", 10);

describe("breakLines", () => {
  it("breaks an email or web address wider than the line only after @ . / or -", () => {
    for (const address of [
      "advicehub@riverbend.example.gov.uk",
      "https://procedures.rfscp.example.org/riverbend/referrals?step=one",
      "kerry-ann@brambleyouth.example.org",
    ]) {
      const got = lines(address, widthOf("advicehub@riverbend."));
      expect(got.join(""), address).toBe(address);
      expect(got.length, address).toBeGreaterThan(1);
      for (const line of got.slice(0, -1)) expect("@./-", `${address}: "${line}"`).toContain(line.at(-1));
    }
  });

  it("never breaks inside a date or a phone number when a line has room for it", () => {
    const text = "Ring the front door on 0113 496 0761 or +44 113 496 0762 before 14 March 2026, or 116 123.";
    for (let width = widthOf("+44 113 496 0762"); width < widthOf(text); width += 7) {
      const got = lines(text, width);
      for (const whole of ["0113 496 0761", "+44 113 496 0762", "14 March 2026", "116 123"])
        expect(
          got.some((line) => line.includes(whole)),
          `${whole} at width ${width}: ${got.join(" | ")}`,
        ).toBe(true);
    }
  });

  it("never leaves a web address's scheme alone at the end of a line", () => {
    const got = lines("See https://www.rfscp.example.org for more.", widthOf("See https://www.rfsc"));
    expect(got.some((line) => line.endsWith("https://"))).toBe(false);
    expect(got.join(" ")).toContain("https://www.");
  });

  it("still breaks ordinary words at spaces, and keeps the sentence's full stop after an address", () => {
    expect(
      lines("Email office@acorns.example.org. Then call.", widthOf("Email office@acorns.example.org.")),
    ).toEqual(["Email office@acorns.example.org.", "Then call."]);
  });

  it("stays linear on hostile input: long runs of dots, at signs, slashes and digits", () => {
    for (const unit of ["a.", "@@", "a/", "0 "]) {
      expect(lines(unit.repeat(50_000), 300).length, unit).toBeGreaterThan(1);
      // Ten times the run takes about ten times as long; a quadratic break search took a hundred times and more.
      // The bound is 70, not 40 as elsewhere: the larger run makes 100,000-character strings whose garbage
      // collections read as 45–55 for "a." on a quiet machine, while the work itself measured 8–10 times.
      expect(
        growth((n) => lines(unit.repeat(n), 300), 5_000, 50_000),
        unit,
      ).toBeLessThan(70);
    }
  });
});

describe("unbreakableWords", () => {
  it("counts a date or a phone number as one word, and an address as two halves cut after @ . / -", () => {
    expect(unbreakableWords("Renew by 14 March 2026 on 0113 496 0761")).toEqual([
      "Renew",
      "by",
      "14 March 2026",
      "on",
      "0113 496 0761",
    ]);
    // An address: its two halves, cut after the @ . / - nearest the middle (a column shows it on two lines).
    expect(unbreakableWords("lado@riverbend.example.gov.uk")).toEqual(["lado@riverbend.", "example.gov.uk"]);
  });
});
