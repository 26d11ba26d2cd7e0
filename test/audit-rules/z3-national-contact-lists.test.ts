/**
 * Which service a number is given for, in the shapes real "useful numbers" lines take (fictional settings):
 * - a list of pairs separated by dashes — "NSPCC 0808 800 5000 – Childline 0800 1111 – Police 101": a name
 *   after the dash that has its own number after it, or a number with another service's name straight before
 *   it, starts the next item (it does not claim the number before the dash);
 * - a service's name inside an email or web address ("help@nspcc.org.uk") is part of the address, not a
 *   service named beside the next number — so a PDF that runs the lines of a contacts list together still pairs
 *   each number with the name on its own line.
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { checkText, excerpts } from "../helpers/audit-context.js";
import { growth } from "../helpers/growth.js";

const asOf = "2026-12-01";

function found(text: string, format: "md" | "txt" | "pdf" = "md"): string[] {
  const reported = checkText(nationalContact, text, { asOf, format });
  return excerpts(reported, text).map((e, i) => `${e} — ${reported[i].message}`);
}

describe("national numbers in a list of pairs", () => {
  const right = [
    "NSPCC helpline 0808 800 5000 (help@nspcc.org.uk) – Childline 0800 1111 – Police 101, or 999 in an emergency.",
    "Childline: 0800 1111 – Police: 999 – Ofsted: 0300 123 1231",
    "Ring Childline on 0800 1111 — the police on 999 if a child is in danger.",
    "NSPCC 0808 800 5000 - Childline 0800 1111 - Police 101",
  ];
  for (const line of right)
    for (const format of ["md", "txt", "pdf"] as const)
      it(`gives each number to the name in front of it: ${line} (${format})`, () => {
        expect(found(`## Numbers to keep by the phone\n\n${line}\n`, format)).toEqual([]);
      });

  it("still reads a name after a dash or in brackets as the number's own when nothing names it before", () => {
    expect(found("Children can ring 0808 800 5000 – Childline, at any time.\n")).toEqual([
      "0808 800 5000 — 0808 800 5000 is the number of the NSPCC helpline (for adults worried about a child), but the policy gives it for Childline — Childline's number is 0800 1111: write that (or name the right service)",
    ]);
    expect(found("Young people can call 0808 800 5000 (Childline).\n").length).toBe(1);
  });

  it("finds a wrong number in the middle of a list of pairs", () => {
    const text = "NSPCC 0808 800 5000 – Childline 0808 800 5000 – Police 101\n";
    expect(found(text).map((f) => f.split(" — ")[0])).toEqual(["0808 800 5000"]);
    expect(found(text)[0]).toContain("gives it for Childline");
    expect(checkText(nationalContact, text, { asOf })[0].offset).toBe(text.indexOf("0808", 10));
  });

  it("gives no finding when one service is named before a number and another in brackets after it", () => {
    expect(found("Childline 0808 800 5000 (NSPCC) is open to everyone.\n")).toEqual([]);
  });
});

describe("a service's name inside an address", () => {
  const contacts = [
    "## Who to call",
    "",
    // One line after another, as a PDF's text layer gives a short list (PDF text is read with its lines joined).
    "Helpline for worried adults (NSPCC): 0808 800 5000, help@nspcc.org.uk",
    "Childline, for the young people themselves: 0808 800 5000",
    "Police: 999 in an emergency",
    "",
  ].join("\n");

  for (const format of ["md", "txt", "pdf"] as const)
    it(`does not stop the next line's name owning its number (${format})`, () => {
      const reported = checkText(nationalContact, contacts, { asOf, format });
      expect(excerpts(reported, contacts)).toEqual(["0808 800 5000"]);
      expect(reported[0].offset).toBe(contacts.lastIndexOf("0808 800 5000"));
      expect(reported[0].message).toContain("gives it for Childline");
    });

  it("is not read as a service named beside a number in a sentence", () => {
    // The web address names Childline; the number beside it is the NSPCC's, named at the start.
    const text =
      "Adults can ring the NSPCC on 0808 800 5000; see www.childline.org.uk 0808 800 5000 for the helpline.\n";
    expect(found(text)).toEqual([]);
  });
});

describe("a very long list of pairs", () => {
  it("is read in time proportional to its length (each number's names are found by binary search)", () => {
    // A ratio, never a wall time: ten times the pairs may take at most forty times as long (quadratic work took a
    // hundred times as long, about 8 s for the larger list).
    // Each size the quickest of three measures (test/helpers/growth.ts), so one slow moment on a busy machine — the
    // larger list measured once, while another file ran — does not read as quadratic work.
    const ratio = growth(
      (pairs) => {
        const text = "Childline 0800 1111 – Police – ".repeat(pairs);
        expect(checkText(nationalContact, text, { asOf, format: "txt" })).toEqual([]);
      },
      1000,
      10000,
    );
    expect(ratio).toBeLessThan(40);
  });
});
