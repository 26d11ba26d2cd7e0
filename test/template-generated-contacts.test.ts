/**
 * The ::contacts table depends on the area alone (src/template/generated.ts): it is made once per area and frozen, so
 * every policy of the area holds the very same block and each renderer takes it from its cache at once.
 */
import type { Table } from "mdast";
import { describe, expect, it } from "vitest";
import type { Area } from "../src/model.js";
import { contactsTable } from "../src/template/generated.js";

const area = (phone: string): Area =>
  ({
    id: "riverbend",
    name: "Riverbend",
    contacts: { front_door: { name: "Front door", phone, email: "front.door@riverbend.example.org" } },
  }) as unknown as Area;

describe("contactsTable", () => {
  it("gives every policy of an area the same frozen table, and another area its own", () => {
    const riverbend = area("0113 496 0761");
    const [first] = contactsTable(riverbend);
    const [second] = contactsTable(riverbend);
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen((first as Table).children[1].children[1].children[0])).toBe(true);
    const [other] = contactsTable(area("0113 496 0999"));
    expect(other).not.toBe(first);
    expect(JSON.stringify(other)).toContain("0113 496 0999");
    expect(JSON.stringify(first)).not.toContain("0999");
  });
});
