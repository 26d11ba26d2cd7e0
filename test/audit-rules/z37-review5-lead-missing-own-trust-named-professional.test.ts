/**
 * lead-missing, in our own words; every name is invented. As of 1 December 2026. A health body's "Named Professional
 * for Safeguarding" listed among a club's contacts is that body's, not the club's lead (z37-review3); but in the
 * trust's own policy — its title names the trust — the trust's named professional is its lead.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) => checkText(leadMissing, text, { asOf }).map((f) => f.message);

describe("lead-missing: a trust's named professional in the trust's own policy", () => {
  it("is the trust's lead", () => {
    const text = [
      "# Safeguarding Children Policy — Fenmoor Community NHS Trust",
      "",
      "Fenmoor Community NHS Trust, Named Professional for Safeguarding Children: Dr Asha Patel (01632 960555), who leads on safeguarding for the Trust.",
      "",
      "Staff raise every concern with the named professional the same day.",
    ].join("\n");
    expect(found(text)).toEqual([]);
  });
  it("is still another body's in a club's contacts", () => {
    const text = [
      "# Riverside Youth Football Club — Safeguarding Policy",
      "",
      "The club's Welfare Officer is responsible for safeguarding.",
      "",
      "## Contacts",
      "",
      "- Hollowmere Community NHS Trust, Named Professional for Safeguarding: Dr Ruth Obi, 01632 960 410",
    ].join("\n");
    expect(found(text).length).toBe(1);
  });
});
