/**
 * Word bookmark names for the headings: at most 40 characters, starting with a letter, letters, digits and
 * underscores only (Word drops anything else). Unique within the document; stable for the same headings.
 */
import type { HeadingInfo } from "../../model.js";

export function bookmarkNames(headings: readonly HeadingInfo[]): Map<string, string> {
  const names = new Map<string, string>();
  headings.forEach((heading, index) => {
    const slug = heading.id.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
    const prefix = `h${index + 1}_`;
    names.set(heading.id, (prefix + slug).slice(0, 40));
  });
  return names;
}
