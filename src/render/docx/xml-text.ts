/**
 * The XML text of what a docx component's prepForXml returns, written as the docx package writes it
 * (node_modules/docx, src/util/xml/stringify.ts: `stringifyXmlable`, which it does not export), byte for byte, for
 * the parts of a Word file this renderer writes without compiling a whole docx Document (skeleton.ts). The two agree
 * on every example and generated policy (test/render-docx-cache.test.ts compares whole files).
 */
import type { IXmlableObject } from "docx";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/**
 * A text or attribute value as docx escapes it: the five XML specials as entities, and the control characters XML
 * 1.0 cannot hold (all below U+0020 but tab, line feed and carriage return) left out.
 */
export function escapeXmlValue(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML cannot hold are dropped, as docx drops them
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ESCAPES[char] ?? "");
}

const escapeValue = (value: unknown) => (typeof value === "string" ? escapeXmlValue(value) : value);

interface Element {
  name: string | undefined;
  attributes: string[];
  content: unknown[];
}

function resolve(data: Record<string, unknown>): Element {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: unknown[] = [];
  const addAttributes = (attributeValues: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(attributeValues))
      attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === "object") {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push("");
        for (const value of values)
          if (typeof value === "object") {
            if (Object.keys(value)[0] === "_attr")
              addAttributes((value as { _attr: Record<string, unknown> })._attr);
            else content.push(resolve(value as Record<string, unknown>));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        if (!isStringContent) content.push("");
      }
    }
  } else content.push(escapeValue(values));
  return { name, attributes, content };
}

function format(element: unknown): string {
  if (typeof element !== "object") return String(element);
  const { name, attributes, content } = element as Element;
  const open =
    (name ? `<${name}` : "") +
    (attributes.length > 0 ? ` ${attributes.join(" ")}` : "") +
    (content.length > 0 ? (name ? ">" : "") : "/>");
  if (content.length === 0) return open;
  return (
    open +
    content.map((child) => (child === undefined ? "" : format(child))).join("") +
    (name ? `</${name}>` : "")
  );
}

/** The XML of a prepared component (no indentation), with an XML declaration when given one. */
export function xmlText(
  input: IXmlableObject,
  declaration?: { standalone?: "yes"; encoding?: string },
): string {
  const head =
    declaration === undefined
      ? ""
      : `<?xml version="1.0" encoding="${escapeXmlValue(declaration.encoding || "UTF-8")}"${declaration.standalone ? ` standalone="${declaration.standalone}"` : ""}?>`;
  return head + format(resolve(input as Record<string, unknown>));
}
