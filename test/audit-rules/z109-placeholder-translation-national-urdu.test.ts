/**
 * Held-out set zz109, in our own words; every name is invented. As of 1 December 2026.
 * - placeholder-text: a bilingual policy's note that one language's paragraph is still to come, in any language and
 *   with the same note in the other language after a slash ("[Polish translation to follow / tłumaczenie wkrótce]").
 * - national-contact: Childline and the NSPCC named in Urdu script ("چائلڈ لائن", "این ایس پی سی سی") or Welsh
 *   ("Llinell Plant"): the NSPCC's number given for Childline is as wrong in any language.
 */
import { describe, expect, it } from "vitest";
import { rule as nationalContact } from "../../src/audit/rules/national-contact.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

describe("placeholder-text: a translation still to come", () => {
  const found = (text: string) => checkText(placeholderText, text, { asOf }).map((f) => f.excerpt);
  it("finds the note in any language, with the other language's words after a slash", () => {
    expect(
      found(
        [
          "Two adults supervise every lesson.",
          "",
          "[Polish translation to follow / tłumaczenie wkrótce]",
        ].join("\n"),
      ),
    ).toEqual(["[Polish translation to follow / tłumaczenie wkrótce]"]);
    expect(found("[Bengali version to come / বাংলা সংস্করণ আসছে]")).toEqual([
      "[Bengali version to come / বাংলা সংস্করণ আসছে]",
    ]);
    expect(found("[Somali translation to follow]")).toEqual(["[Somali translation to follow]"]);
  });
  it("leaves a link's words and a sentence in brackets alone", () => {
    expect(found("[Polish translation to follow](https://example.org/pl)")).toEqual([]);
    expect(found("[See the translation to follow the meeting, which the chair will send]")).toEqual([]);
  });
});

describe("national-contact: Childline and the NSPCC named in Urdu or Welsh", () => {
  const run = (text: string) => checkText(nationalContact, text, { asOf });
  it("reports the NSPCC's number given for Childline in Urdu script", () => {
    const text = [
      "NSPCC helpline for adults: 0808 800 5000",
      "Childline for children: 0800 1111",
      "",
      "بڑوں کے لیے این ایس پی سی سی ہیلپ لائن: 0808 800 5000",
      "بچوں کے لیے چائلڈ لائن: 0808 800 5000",
      "",
    ].join("\n");
    const findings = run(text);
    expect(findings.length).toBe(1);
    expect(excerpts(findings, text)).toEqual(["0808 800 5000"]);
    expect(findings[0].offset).toBe(text.lastIndexOf("0808 800 5000"));
    expect(findings[0].message).toContain("Childline");
  });
  it("reports it in Welsh", () => {
    const findings = run("Gall plant ffonio Llinell Plant ar 0808 800 5000 unrhyw bryd.");
    expect(findings.length).toBe(1);
    expect(findings[0].message).toContain("Childline");
  });
  it("leaves the right numbers alone in Urdu and Welsh", () => {
    expect(run("بچوں کے لیے چائلڈ لائن: 0800 1111")).toEqual([]);
    expect(run("این ایس پی سی سی: 0808 800 5000")).toEqual([]);
    expect(run("Llinell Plant: 0800 1111")).toEqual([]);
  });
});
