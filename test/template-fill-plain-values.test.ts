/**
 * fillTemplate reads a value that is only a path (`{{ setting.name }}`) straight from the variables (plainValue in
 * src/template/fill.ts) instead of having Liquid evaluate it: it must give what Liquid gives, and leave to Liquid
 * everything else (filters, values that are not texts, missing variables, properties that are not the object's own).
 */
import { fileURLToPath } from "node:url";
import type { Template } from "liquidjs";
import { describe, expect, it } from "vitest";
import { loadProject } from "../src/data/load-project.js";
import type { Expression } from "../src/template/compile.js";
import { fillTemplate, plainValue } from "../src/template/fill.js";
import { createLiquid } from "../src/template/liquid.js";

const liquid = createLiquid();
const expression = (raw: string): Expression => ({ raw, liquid: liquid.parse(raw), line: 1, column: 1 });
const variables = {
  setting: {
    name: "St Mary's *Little* [Stars] #1",
    address: null,
    website: "https://stmarys.example.org",
    phone: "",
    email: null,
    open: false,
    places: 0,
  },
  dsl: null,
  policy: { version: "4.0", next_review: "2026-09-15" },
  type: { label: "Nursery", groups: ["early-years"] },
  leads: [{ name: "Priya Marsh" }],
  area: { contacts: { lado: { phone: "0113 496 0761", size: "large" } } },
};

describe("plainValue", () => {
  it("gives Liquid's text for a plain path, with or without spaces and whitespace control", () => {
    for (const raw of [
      "{{ setting.name }}",
      "{{setting.name}}",
      "{{- setting.name -}}",
      "{{ policy.version }}",
      "{{ area.contacts.lado.phone }}",
      "{{ area.contacts.lado.size }}",
    ]) {
      const e = expression(raw);
      const value = plainValue(e, variables);
      expect(value, raw).toBeTypeOf("string");
      expect(value, raw).toBe(liquid.renderSync(e.liquid, variables));
    }
  });

  it("gives Liquid's text for a path with the default filter: the value, or the quoted text or path when null or empty", () => {
    for (const raw of [
      '{{ setting.name | default: "the setting" }}',
      '{{ setting.address | default: "no address" }}',
      "{{ setting.address | default: 'no address' }}",
      '{{ setting.phone | default: "no phone" }}',
      '{{ setting.email | default: "" }}',
      '{{- setting.email|default:"none" -}}',
      "{{ setting.address | default: setting.website }}",
      "{{ setting.phone | default: setting.name }}",
      "{{ setting.name | default: setting.address }}",
      "{{ setting.phone | default: setting.phone }}",
      '{{ dsl | default: "the DSL" }}',
    ]) {
      const e = expression(raw);
      const value = plainValue(e, variables);
      expect(value, raw).toBeTypeOf("string");
      expect(value, raw).toBe(liquid.renderSync(e.liquid, variables));
    }
  });

  it("leaves to Liquid filters, values that are not texts, missing names and properties not the object's own", () => {
    for (const raw of [
      "{{ setting.name | upcase }}",
      "{{ policy.next_review | uk_date }}",
      "{{ setting.address }}",
      "{{ type.groups }}",
      "{{ leads.size }}",
      "{{ leads.first.name }}",
      "{{ setting.name.size }}",
      "{{ setting.constructor }}",
      "{{ setting.missing }}",
      "{{ nobody.name }}",
      "{{ 'text' }}",
      '{{ setting["name"] }}',
      // The default filter, where the value or its default is not a text (or not there), or the argument has more.
      '{{ setting.open | default: "closed" }}',
      '{{ setting.places | default: "none" }}',
      '{{ type.groups | default: "none" }}',
      "{{ setting.address | default: setting.email }}",
      "{{ setting.address | default: setting.missing }}",
      "{{ setting.address | default: nil }}",
      '{{ setting.missing | default: "none" }}',
      '{{ dsl.name | default: "the DSL" }}',
      '{{ setting.address | default: "a \\"quoted\\" word" }}',
      '{{ setting.open | default: "x", allow_false: true }}',
      '{{ setting.address | default: "x" | upcase }}',
      '{{ setting.address | upcase | default: "x" }}',
    ])
      expect(plainValue(expression(raw), variables), raw).toBeUndefined();
  });

  it("is what fillTemplate uses: Liquid renders only the values plainValue cannot read", async () => {
    const project = await loadProject(fileURLToPath(new URL("./fixtures/project", import.meta.url)));
    const compiled = project.compiledTemplates[0];
    const setting = project.settings.find((s) => s.id === "little-stars");
    if (!setting) throw new Error("no little-stars");
    const counting = createLiquid();
    const rendered: Template[][] = [];
    const renderSync = counting.renderSync.bind(counting);
    counting.renderSync = (templates, scope) => {
      rendered.push(templates);
      return renderSync(templates, scope);
    };
    const context = { partnership: project.partnership, settingTypes: project.settingTypes };
    const doc = fillTemplate(compiled, setting, { ...context, liquid: counting });
    const withFilters = compiled.expressions.filter(
      (e) => e.raw.includes("|") && !/^\{\{ [\w.]+ \| default: "[^"]*" \}\}$/.test(e.raw),
    );
    expect(rendered.length).toBeGreaterThan(0);
    expect(new Set(rendered)).toEqual(new Set(withFilters.map((e) => e.liquid)));
    // And the policy is the one a Liquid that renders every value would make.
    expect(doc.tree).toEqual(fillTemplate(compiled, setting, { ...context, liquid: createLiquid() }).tree);
  });
});
