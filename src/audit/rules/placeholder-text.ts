/** placeholder-text: words left over from a template ("(GROUP / ORGANISATION)", "[insert name]", "TBC", "{{ … }}"). */
import { formatPath } from "../../data/yaml-source.js";
import type { Rule } from "../rule.js";
import { allMatches } from "../text/matches.js";
import { reportAt, stringsIn } from "./helpers.js";

interface Placeholder {
  offset: number;
  endOffset: number;
  text: string;
  kind: "placeholder" | "unfilled" | "date";
}

const CAPS_WORDS = new Set(
  `NAME NAMES DATE DATES ORGANISATION ORGANIZATION SETTING SCHOOL GROUP CLUB NURSERY INSERT TITLE ADDRESS
  PHONE TELEPHONE EMAIL NUMBER LOGO DETAILS ROLE AREA COUNCIL ENTER ADD DELETE CHARITY ACADEMY TEAM YEAR
  PERSON CONTACT POSITION SIGNATURE SIGNED HERE`
    .split(/\s+/)
    .filter(Boolean),
);

function isCapsPlaceholder(inner: string): boolean {
  const words = inner.split(/[\s/&,.'’-]+/).filter(Boolean);
  if (words.some((w) => CAPS_WORDS.has(w))) return true;
  return words.length >= 2 && words.some((w) => /^[A-Z]{6,}$/.test(w));
}

const PATTERNS: Array<{
  re: RegExp;
  kind: Placeholder["kind"];
  accept?: (m: RegExpMatchArray) => boolean;
  /** A quick test the text must pass before the (slower) pattern is worth running. */
  hint?: RegExp;
}> = [
  // (GROUP / ORGANISATION), (NAME OF SETTING)
  {
    re: /\(([A-Z0-9][A-Z0-9 /&'’,.-]*[A-Z])\)/g,
    kind: "placeholder",
    accept: (m) => isCapsPlaceholder(m[1]),
  },
  // (list training including dates), (insert …), (delete as appropriate)
  {
    re: /\((?:list|insert|enter|add|delete|type|select|choose|include|fill in)\b[^()\n]{0,80}\)/gi,
    kind: "placeholder",
  },
  // (name), (date), (name of DSL), (email address)
  {
    re: /\((?:names?|dates?|e-?mail(?: address)?|(?:tele)?phone(?: number)?|contact (?:details|number)|job title|role)(?:\s+of\s+[^()\n]{1,40})?\)/gi,
    kind: "placeholder",
  },
  // [insert name], [Name of setting], [date]
  {
    re: /\[\s*(?:insert|add|enter|type|name|names|date|dates|your|setting|school|organi[sz]ation|club|nursery|group)\b[^\]\n]{0,80}\]/gi,
    kind: "placeholder",
  },
  { re: /(?<![\w@.])(?:X{3,}|x{4,})(?![\w@])/g, kind: "placeholder" },
  { re: /\b(?:TBC|TBA|TBD|tbc|tba|tbd)\b/g, kind: "placeholder" },
  { re: /\bFILL IN\b/g, kind: "placeholder" },
  { re: /\{\{[^\n]*?\}\}|\{%[^\n]*?%\}/g, kind: "unfilled" },
  // "Designated Safeguarding Lead training – date"
  {
    re: /(?<=\S)\s+[–—-]\s*(?:date|dd\/mm\/yy(?:yy)?)(?=\s*[.*|]*\s*$)/gim,
    kind: "date",
    hint: /[–—-]\s*(?:date|dd\/mm\/yy)/i,
  },
];

export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const { re, kind, accept, hint } of PATTERNS) {
    if (hint && !hint.test(text)) continue;
    for (const match of allMatches(re, text)) {
      if (accept && !accept(match)) continue;
      let offset = match.index ?? 0;
      let value = match[0];
      if (kind === "date") {
        const trimmed = value.trimStart();
        offset += value.length - trimmed.length;
        value = trimmed;
      }
      found.push({ offset, endOffset: offset + value.length, text: value, kind });
    }
  }
  found.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
  // Keep the outermost of overlapping matches: "[insert name (NAME)]" is one placeholder.
  const kept: Placeholder[] = [];
  for (const p of found) {
    const last = kept[kept.length - 1];
    if (last && p.offset < last.endOffset) continue;
    kept.push(p);
  }
  return kept;
}

function advice(p: Placeholder): string {
  switch (p.kind) {
    case "unfilled":
      return `"${p.text}" is a template value that was never filled in — fill the template again, or write the real words in its place`;
    case "date":
      return `This line ends in "${p.text}" where the date should be — write the date the training was completed`;
    default:
      return `"${p.text}" is a placeholder left over from the template — replace it with the real details, or delete it`;
  }
}

export const rule: Rule = {
  meta: {
    id: "placeholder-text",
    description:
      'Finds words left over from a template: "(GROUP / ORGANISATION)" and other capitalised placeholders in brackets, "[insert name]", "(list training including dates)", "XXXX", "TBC", unfilled {{ values }}, a training line ending "– date". Readers cannot act on a policy that still says TBC: write the real names, dates and numbers.',
    defaultSeverity: "error",
  },
  checkDocument(context) {
    for (const p of findPlaceholders(context.document.text))
      reportAt(context, p.offset, p.endOffset, advice(p));
  },
  checkSetting(context) {
    for (const [value, path] of stringsIn(context.setting)) {
      for (const p of findPlaceholders(value)) {
        context.report({
          message: `${formatPath(path)} contains ${p.kind === "unfilled" ? "an unfilled template value" : "a placeholder"}, "${p.text}" — write the real value in ${context.setting.source}`,
          path,
          excerpt: p.text,
          actual: value,
        });
      }
    }
  },
};
