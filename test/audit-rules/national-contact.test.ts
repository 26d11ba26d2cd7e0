import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rule as contactMismatch } from "../../src/audit/rules/contact-mismatch.js";
import {
  editDistance,
  misspeltDomain,
  rule as nationalContact,
} from "../../src/audit/rules/national-contact.js";
import { checkSetting, checkText, excerpts, sampleSetting } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/references/${name}`, import.meta.url), "utf8");

describe("national-contact", () => {
  it("leaves right numbers and addresses alone, in every layout", () => {
    const text = fixture("national-right.md");
    expect(checkText(nationalContact, text, { asOf }).map((f) => f.message)).toEqual([]);
    expect(checkText(nationalContact, text, { asOf, format: "txt" }).map((f) => f.message)).toEqual([]);
  });

  it("finds swapped and mistyped numbers, misspelt domains, retired addresses and 0845 numbers", () => {
    const text = fixture("national-wrong.md");
    const found = checkText(nationalContact, text, { asOf });
    expect(excerpts(found, text)).toEqual([
      "help@nscpp.org.uk",
      "0808 800 5000",
      "0800 1111",
      "0800 028 0258",
      "0800 111",
      "0303 003 1211",
      "www.nspcc.ogr.uk",
      "info@nspcc.org",
      "childlnie.org.uk",
      "frontdoor@kestrelvale.gcsx.gov.uk",
      "duty.team@kestrelvale.gsi.gov.uk",
      "0845 601 2345",
    ]);
    const messages = found.map((f) => f.message);
    expect(messages[0]).toBe(
      "help@nscpp.org.uk looks misspelt: the published address is help@nspcc.org.uk — write help@nspcc.org.uk, so that mail reaches it",
    );
    expect(messages[1]).toBe(
      "0808 800 5000 is the number of the NSPCC helpline (for adults worried about a child), but the policy gives it for Childline — Childline's number is 0800 1111: write that (or name the right service)",
    );
    expect(messages[3]).toBe(
      "0800 028 0258 is not the NSPCC whistleblowing advice line's number: it is 0800 028 0285 — a digit is wrong, missing or extra; write 0800 028 0285",
    );
    expect(messages[7]).toContain("the published address is info@nspcc.org.uk");
    expect(messages[9]).toBe(
      "frontdoor@kestrelvale.gcsx.gov.uk ends in .gcsx.gov.uk, a government secure-email ending switched off from 31 March 2019: mail to it may not arrive — ask the service for its current address (often frontdoor@kestrelvale.gov.uk) and write that",
    );
    expect(messages[11]).toContain("is an 0845 number");
    expect(found.every((f) => f.expected === undefined || typeof f.expected === "string")).toBe(true);
  });

  it("reads an address whose @ Markdown escaped", () => {
    const text = "Email the NSPCC at help\\@nscpp.org.uk.";
    const found = checkText(nationalContact, text, { asOf });
    expect(found.map((f) => [f.actual, f.expected])).toEqual([["help@nscpp.org.uk", "help@nspcc.org.uk"]]);
  });

  it("does not pair a number with a service named in another sentence or alongside another service", () => {
    const text = [
      "Tell the NSPCC. Ring 0800 1111 if you are a child.",
      "Childline, a service of the NSPCC, is on 0808 800 5000.",
      "NSPCC, Childline, police: 101.",
      "Children can call Childline free at any time, and adults can call 0808 800 5000.",
      "0800 1111 is for children, while adults should call the NSPCC on 0808 800 5000.",
    ].join("\n");
    expect(checkText(nationalContact, text, { asOf })).toEqual([]);
    // A contacts table as a PDF gives it, one cell after another: each number follows its own name.
    const table = [
      "Who Number",
      "Rhian Ellery, Safeguarding Lead 07700 900 456",
      "NSPCC helpline 0808 800 5000",
      "Childline 0800 1111",
    ].join("\n");
    expect(checkText(nationalContact, table, { asOf, format: "pdf" })).toEqual([]);
  });

  it("reads a service's name alone on a line with its number on the next (a PDF table cell)", () => {
    const text = ["Childline", "0808 800 5000", "", "NSPCC Helpline", "0808 800 5000"].join("\n");
    const found = checkText(nationalContact, text, { asOf, format: "pdf" });
    expect(found.map((f) => [f.excerpt, f.expected])).toEqual([["0808 800 5000", "0800 1111"]]);
  });

  it("reads a PDF table row whose cells and numbers the text layer broke over lines", () => {
    // The text LibreOffice's PDF of a three-column contacts table gives.
    const text = [
      "Service Who it is for Number",
      "NSPCC Helpline Adults worried about a child 0808 800",
      "5000",
      "Childline Children and young people who want to",
      "talk to someone",
      "0808 800",
      "5000",
      "Whistleblowing advice",
      "line Staff 0800 028",
      "0285",
    ].join("\n");
    const found = checkText(nationalContact, text, { asOf, format: "pdf" });
    expect(found.map((f) => [f.excerpt, f.expected])).toEqual([["0808 800 5000", "0800 1111"]]);
    expect(found[0].offset).toBe(text.lastIndexOf("0808 800\n5000"));
  });

  it("never reports a number the directory check already reports", () => {
    const setting = sampleSetting(); // Riverbend: LADO 0113 496 0150
    const text = "Phone the LADO on 0845 601 2345 or email lado@riverbend.gcsx.gov.uk.";
    const directory = checkText(contactMismatch, text, { asOf, setting });
    expect(excerpts(directory, text)).toEqual(["0845 601 2345", "lado@riverbend.gcsx.gov.uk"]);
    expect(checkText(nationalContact, text, { asOf, setting })).toEqual([]);
    // Without the setting's data there is no directory to compare with: the national check speaks.
    expect(excerpts(checkText(nationalContact, text, { asOf }), text)).toEqual([
      "0845 601 2345",
      "lado@riverbend.gcsx.gov.uk",
    ]);
  });

  it("measures spelling by letters changed, and accepts subdomains", () => {
    expect(editDistance("nscpp", "nspcc")).toBe(2);
    expect(editDistance("ogr", "org")).toBe(1);
    const known = ["nspcc.org.uk", "childline.org.uk"];
    expect(misspeltDomain("learning.nspcc.org.uk", known)).toBeUndefined();
    expect(misspeltDomain("nspcc.org", known)).toBe("nspcc.org.uk");
    expect(misspeltDomain("chidline.org.uk", known)).toBe("childline.org.uk");
    expect(misspeltDomain("kestrelvale.gov.uk", known)).toBeUndefined();
    expect(misspeltDomain("npscc.org.uk", known)).toBe("nspcc.org.uk");
    expect(misspeltDomain("nscpp.org.uk", known)).toBe("nspcc.org.uk");
    // Another body's short name two letters away is not a misspelling.
    expect(misspeltDomain("nscb.org.uk", known)).toBeUndefined();
  });

  it("checks the setting's own numbers and addresses, with the subject a built policy shares", () => {
    expect(checkSetting(nationalContact, {}, { asOf })).toEqual([]);
    const base = sampleSetting();
    const found = checkSetting(
      nationalContact,
      {
        phone: "0845 601 2345",
        leads: [
          {
            ...(base.leads?.[0] ?? { role: "dsl", name: "Priya Marsh" }),
            email: "p.marsh@riverbend.gcsx.gov.uk",
          },
        ],
      },
      { asOf },
    );
    expect(found.map((f) => [f.path, f.excerpt])).toEqual([
      [["phone"], "0845 601 2345"],
      [["leads", 0, "email"], "p.marsh@riverbend.gcsx.gov.uk"],
    ]);
    expect(found[0].message).toMatch(
      /^phone in orgs\/acorns-day-nursery\.yaml: 0845 601 2345 is an 0845 number/,
    );
    const inDocument = checkText(nationalContact, "Call us on 0845 601 2345.", { asOf });
    expect(inDocument[0].subject).toBe(found[0].subject);
  });
});
