/**
 * Held-out set zz86 (a wildlife hospital's young volunteers), in our own words; every name is invented. A national
 * service's name with two public endings run together ("help@nspcc.org.co.uk", "www.childline.co.org.uk") is a
 * misspelt address too: mail to it does not reach the service. Near misses: the real address and another
 * organisation's domain that only contains the name.
 */
import { describe, expect, it } from "vitest";
import { misspeltDomain } from "../../src/audit/rules/national-contact.js";

const KNOWN = ["nspcc.org.uk", "childline.org.uk", "thirtyoneeight.org"];

describe("a national service's name with two endings run together", () => {
  it("is misspelt", () => {
    expect(misspeltDomain("nspcc.org.co.uk", KNOWN)).toBe("nspcc.org.uk");
    expect(misspeltDomain("childline.co.org.uk", KNOWN)).toBe("childline.org.uk");
    expect(misspeltDomain("nspcc.com.org", KNOWN)).toBe("nspcc.org.uk");
  });

  it("near miss: the real address, a sub-domain, another organisation's domain", () => {
    expect(misspeltDomain("nspcc.org.uk", KNOWN)).toBeUndefined();
    expect(misspeltDomain("learning.nspcc.org.uk", KNOWN)).toBeUndefined();
    expect(misspeltDomain("nspcc-friends.org.co.uk", KNOWN)).toBeUndefined();
  });
});
