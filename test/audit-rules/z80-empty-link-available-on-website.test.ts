/**
 * empty-link (held-out set zz80), in our own words; every name is invented. "available on our website at" with
 * nothing after it, ending its line before the next numbered step: the address was lost, as with "available at".
 * Near misses: the address after it, or the sentence going on onto the next line.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const excerpts = (text: string) => checkText(emptyLink, text, { asOf, format: "md" }).map((f) => f.excerpt);

describe("'available on our website at' followed by nothing", () => {
  it("is an empty link", () => {
    for (const [text, quoted] of [
      [
        "1. Tell the lead on the same day.\n2. Fill in a concern form. The form is available on our website at\n3. The lead decides what to do next.\n",
        "is available on our website at",
      ],
      ["The rota can be found on the club's website at.\n", "can be found on the club's website at"],
      [
        "Our full procedures are available on the website at:\n\n## 2. Roles\n",
        "are available on the website at",
      ],
    ])
      expect(excerpts(text), text).toEqual([quoted]);
  });

  it("near misses: the address given, the sentence going on", () => {
    for (const text of [
      "The form is available on our website at https://example.org/forms.\n",
      "The form is available on our website at\nwww.example.org/forms for anyone to print.\n",
      "The form is available on our website at\nthe bottom of the page headed Forms.\n",
      "Leaflets are available on our website and at the hut.\n",
    ])
      expect(excerpts(text), text).toEqual([]);
  });
});
