/**
 * national-contact: national helplines and addresses quoted wrongly — the NSPCC's number given for Childline, a
 * wrong digit in a helpline number, a misspelt nspcc.org.uk, a retired .gcsx.gov.uk address, an 0845 number.
 * Facts in data/national-contacts.yaml; no partnership data needed.
 */
import { type NationalServiceData, referenceData } from "../reference-data.js";
import type { DocumentContext, Rule, SourceDocument } from "../rule.js";
import { joinWrappedLines, type Line, lineAt, readingText, splitLines } from "../text/lines.js";
import { allMatches } from "../text/matches.js";
import { between } from "../text/sorted-search.js";
import { directoryMismatches } from "./contact-mismatch.js";
import { analyse, reportAt, stringsIn } from "./helpers.js";

export interface NationalService extends NationalServiceData {
  /** The service's names, as a global expression. */
  re: RegExp;
  /** Digits of its own numbers, and of every number that is right next to its name. */
  own: string[];
  ok: Set<string>;
}

export interface NationalContacts {
  services: NationalService[];
  domains: string[];
  retiredEmail: Array<{ ending: string; since: string }>;
  retiredPrefixes: Array<{ prefix: string; note: string }>;
  /** Other services' short numbers ("111", NHS 111), reported where given for a service with short numbers of its own. */
  otherShortNumbers: Array<{ number: string; name: string; for_whom: string }>;
  /** Every national number (digits), for other rules: a national helpline is never a wrong local number. */
  allPhones: Set<string>;
  /** A word that is some service's whole name ("Childline", "NSPCC"), compiled once. */
  serviceName: RegExp;
  allEmails: Set<string>;
}

/** "0808 800 5000", "+44 (0)808 800 5000" → "08088005000". */
export function phoneDigits(phone: string): string {
  return phone
    .replace(/\(0\)/g, "")
    .replace(/\D/g, "")
    .replace(/^44(?=[1-9])/, "0");
}

let data: NationalContacts | undefined;
let dataFrom: unknown;

/** The contents of data/national-contacts.yaml (as given to the core), prepared once. */
export function nationalContacts(): NationalContacts {
  const raw = referenceData().nationalContacts;
  if (data && dataFrom === raw) return data;
  dataFrom = raw;
  const services = raw.services.map((s) => {
    const own = s.phones.map(phoneDigits);
    return {
      ...s,
      // Whole words in any script: "چائلڈ لائن" is Childline's name in Urdu, and no longer word's start.
      re: new RegExp(String.raw`(?<![\p{L}\p{N}_'’-])(?:${s.names})(?![\p{L}\p{N}_-])`, "giu"),
      own,
      ok: new Set([...own, ...(s.also_ok ?? []).map(phoneDigits)]),
    };
  });
  data = {
    services,
    domains: raw.domains.map((d) => d.toLowerCase()),
    retiredEmail: raw.retired_email_domains,
    retiredPrefixes: raw.retired_number_prefixes,
    otherShortNumbers: raw.other_short_numbers ?? [],
    allPhones: new Set(services.flatMap((s) => [...s.ok])),
    serviceName: new RegExp(`^(?:${services.map((s) => `(?:${s.names})`).join("|")})$`, "iu"),
    allEmails: new Set(services.flatMap((s) => s.emails ?? []).map((e) => e.toLowerCase())),
  };
  return data;
}

/** Phone numbers as UK policies write them (10–11 digits, or Childline's 8); 999 and 101 are never checked. */
const PHONE = /(?<![\d+])(?:\+44 ?\(?0?\)? ?|0)\d{2,4}(?:[ \t-]?\d{2,4}){1,3}(?!\d)/g;
/** An email address; Markdown written from Word may escape its "@" ("help\\@nspcc.org.uk"). */
const EMAIL = /(?<![\w.+-])[\w.+-]+\\?@[\w-]+(?:\.[\w-]+)+/g;
/** An email address a PDF's line broke before its domain's first dot ("duty@fernlearegulat" / "or.gsi.gov.uk"). */
const EMAIL_CUT = /(?<![\w.+-])[\w.+-]+@[\w-]+(?=\n)/g;
/** Web addresses: www.nspcc.org.uk, https://www.childline.org.uk/… */
const WEB = /\b(?:https?:\/\/|www\.)[\w-]+(?:\.[\w-]+)+/gi;
/** A domain written on its own: "visit nspcc.org.uk" (checked for misspelling only). */
const BARE_DOMAIN = /(?<![\w@./:-])[a-z][\w-]*(?:\.[\w-]+)*\.(?:org\.uk|co\.uk|org|uk|com)\b(?![\w@-])/gi;

/**
 * Endings an address ends in, read to tell a whole address from one a PDF broke across lines
 * ("enquiries@service.gsi.gov.u" / "k", "help@club.example" / ".org").
 */
const ENDINGS = new Set([
  "uk",
  "com",
  "org",
  "net",
  "gov",
  "info",
  "scot",
  "wales",
  "cymru",
  "ie",
  "eu",
  "edu",
  "biz",
  "io",
  "co",
]);
/** The start of a line that carries an address on: "k", ".org", "mere.example.org" — up to a space or the line's end. */
const CARRIED_ON = /^\n(\.?[\w-]+(?:\.[\w-]+)*)(?=[.,;:)]?(?:[^\S\n]|\n|$))/;

/**
 * What a PDF's or text file's next line adds to an address that ends its line: the rest of the address, where the
 * address as written stops short of an ending ("….gov.u", "….example") and runs on into one ("….gov.uk",
 * "….example.org"), or the next line starts with a dot (".uk"). Nothing where the address is whole ("help@nspcc.org.uk"
 * then "Call …") or the next line is a sentence.
 */
function carriedOn(text: string, endOffset: number, domain: string): string {
  const once = carriedOnOnce(text, endOffset, domain);
  if (once || ENDINGS.has(lastPart(domain))) return once;
  // A narrow cell prints an address a few letters a line ("lado@hollo" / "wmere.gcsx." / "gov.uk"): read on over
  // lines that hold only its next piece, in lower case, until one ends it — not over a line of the next cell's words.
  let consumed = "";
  let joined = domain;
  for (let piece = 0; piece < MOST_CELL_PIECES; piece++) {
    const at = endOffset + consumed.length;
    const next = CELL_PIECE.exec(text.slice(at, at + 120));
    if (!next) return "";
    consumed += next[0];
    joined += next[1];
    const rest = carriedOnOnce(text, endOffset + consumed.length, joined);
    if (rest) return consumed + rest;
  }
  return "";
}

/** A line that is only the next piece of an address, in lower case: "wmere.gcsx" (its closing dot left to the next). */
const CELL_PIECE = /^\n(\.?[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*)(?=\.?\n)/;
/** How many whole-line pieces an address is read over before the line that ends it. */
const MOST_CELL_PIECES = 2;

function lastPart(domain: string): string {
  return domain.slice(domain.lastIndexOf(".") + 1).toLowerCase();
}

/** What the next line alone adds to an address (see `carriedOn`). */
function carriedOnOnce(text: string, endOffset: number, domain: string): string {
  // "www.childline.org." / "uk": the dot that ends the line is the address's, not a sentence's, when an ending
  // follows it in lower case.
  const dotted = /^\.\n[a-z]/.test(text.slice(endOffset, endOffset + 3));
  const next = CARRIED_ON.exec(text.slice(endOffset + (dotted ? 1 : 0), endOffset + 120));
  if (!next) return "";
  const part = dotted ? `.${next[1]}` : next[1];
  const last = (d: string) => d.slice(d.lastIndexOf(".") + 1).toLowerCase();
  const joined = domain + part;
  if ((part.startsWith(".") || !ENDINGS.has(last(domain))) && ENDINGS.has(last(joined)))
    return dotted ? `.${next[0]}` : next[0];
  return "";
}

/** Letters that differ between two words (insertions, deletions, substitutions and swaps of neighbours). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The national domain a misspelt domain was meant to be ("nscpp.org.uk" → "nspcc.org.uk"), if any. */
export function misspeltDomain(domain: string, known: readonly string[]): string | undefined {
  const key = `${domain}\u0000${known.join(" ")}`;
  if (spellings.has(key)) return spellings.get(key);
  const meant = meantDomain(domain, known);
  if (spellings.size > 5000) spellings.clear();
  spellings.set(key, meant);
  return meant;
}

const spellings = new Map<string, string | undefined>();

/** Endings a writer adds out of habit after a whole domain: ".co", ".com", ".uk", ".co.uk". */
const ADDED_ENDING = /^(?:co|com|org|net|uk|gov|info|co\.uk|org\.uk|gov\.uk)$/;

function meantDomain(domain: string, known: readonly string[]): string | undefined {
  const lower = domain.toLowerCase().replace(/\.$/, "");
  for (const right of known) {
    if (lower === right || lower.endsWith(`.${right}`)) return undefined;
  }
  for (const right of known) {
    // "nspcc.org.uk.co": the real domain with an ending added after it (never "nspcc.org.uk.Or", a sentence run on).
    // The ending as written: a capital after the dot ("nspcc.org.uk.Info sheets …") is the next sentence run on.
    const ending = domain.replace(/\.$/, "").slice(right.length + 1);
    if (lower.startsWith(`${right}.`) && !/^[A-Z][a-z]/.test(ending) && ADDED_ENDING.test(ending))
      return right;
    const labels = right.split(".").length;
    const parts = lower.split(".");
    for (const candidate of new Set([lower, parts.slice(-labels).join("."), parts.slice(1).join(".")])) {
      if (!candidate) continue;
      // "nspcc.org" for "nspcc.org.uk": the ending left off.
      if (right.startsWith(`${candidate}.`) && candidate.includes(".")) return right;
      if (Math.abs(candidate.length - right.length) > 2) continue;
      const distance = editDistance(candidate, right);
      if (distance === 1) return right;
      // Two letters wrong ("nscpp.org.uk") only in a name of the same length and ending: "nscb.org.uk" is
      // someone else's.
      const ending = right.slice(right.indexOf("."));
      if (
        distance === 2 &&
        candidate.length === right.length &&
        candidate.endsWith(ending) &&
        candidate[0] === right[0]
      )
        return right;
    }
  }
  // "nspcc.co.uk", "www.childline.com", "learning.nspcc.uk": the service's own name with another ending — not a
  // name that only contains it ("thenspcc.com", "nspcc-friends.co.uk"), and not a sentence run on after it.
  const written = domain.replace(/\.$/, "").split(".");
  const parts = lower.split(".");
  for (const right of known) {
    const [name, ...ending] = right.split(".");
    const at = parts.lastIndexOf(name);
    if (at < 0 || at === parts.length - 1) continue;
    const other = written.slice(at + 1).join(".");
    if (other.toLowerCase() === ending.join(".") || /^[A-Z][a-z]/.test(other)) continue;
    if (OTHER_ENDING.test(other)) return [...parts.slice(0, at), right].join(".");
  }
  return undefined;
}

/**
 * Public endings a writer may give an organisation's name by mistake, one or two run together ("nspcc.co.uk",
 * "nspcc.org.co.uk", "childline.com.org").
 */
const OTHER_ENDING = /^(?:(?:co|com|org|net|gov|info)\.){0,2}(?:uk|co|com|org|net|info|scot|wales|cymru)$/i;

interface Token {
  kind: "name" | "phone";
  offset: number;
  endOffset: number;
  text: string;
  service?: NationalService;
}

/**
 * The service names in a piece of text; where two overlap the longer wins ("NSPCC whistleblowing advice line").
 * A name inside an email or web address ("help@nspcc.org.uk", "www.childline.org.uk") is part of the address, not
 * a service named beside a number.
 */
function namesIn(text: string, base: number, services: NationalService[]): Token[] {
  const found: Token[] = [];
  for (const service of services) {
    for (const m of allMatches(service.re, text)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (/[@./]/.test(text.charAt(start - 1)) || /^(?:\.[a-z]|\\?@)/i.test(text.slice(end, end + 2)))
        continue;
      found.push({
        kind: "name",
        offset: base + (m.index ?? 0),
        endOffset: base + (m.index ?? 0) + m[0].length,
        text: m[0],
        service,
      });
    }
  }
  found.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
  const kept: Token[] = [];
  for (const token of found) {
    const last = kept.at(-1);
    if (last && token.offset < last.endOffset) {
      if (token.endOffset - token.offset > last.endOffset - last.offset) kept[kept.length - 1] = token;
      continue;
    }
    kept.push(token);
  }
  return kept;
}

function phonesIn(text: string, base: number): Token[] {
  return allMatches(PHONE, text).map((m) => ({
    kind: "phone" as const,
    offset: base + (m.index ?? 0),
    endOffset: base + (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
}

const SENTENCE_END = /[.!?;](?=\s|$)(?<!\b(?:tel|no|www|e\.g|i\.e)\.)/gi;

/**
 * The places where a number sits with a service's name: a sentence, or a table row (a line). Units split at
 * sentence ends, so "… the NSPCC. Children can call 0800 1111" pairs nothing. Only lines that hold a name or a
 * number are looked at.
 */
function tokensByLine(lines: Line[], tokens: Token[]): Map<number, Token[]> {
  const byLine = new Map<number, Token[]>();
  for (const token of tokens) {
    const index = lineAt(lines, token.offset);
    const held = byLine.get(index);
    if (held) held.push(token);
    else byLine.set(index, [token]);
  }
  return byLine;
}

function sentenceUnits(line: Line, held: Token[]): Token[][] {
  const ends = allMatches(SENTENCE_END, line.text).map((m) => line.offset + (m.index ?? 0) + 1);
  const found: Token[][] = [];
  let unit: Token[] = [];
  let k = 0;
  for (const token of held) {
    while (k < ends.length && token.offset >= ends[k]) {
      if (unit.length > 0) found.push(unit);
      unit = [];
      k++;
    }
    unit.push(token);
  }
  if (unit.length > 0) found.push(unit);
  return found;
}

export interface PhonePairing {
  phone: Token;
  service: NationalService;
}

/**
 * Which service each number belongs to. Read as a careful reader would: the one service named between the
 * previous number and this one ("Childline: 0800 1111, NSPCC: 0808 800 5000"), or, where the unit starts with a
 * number, the one named after it ("0800 1111 (Childline)"). Two services named together ("Childline or the
 * NSPCC on …") own nothing: the reader cannot tell either.
 */
/** "…, and adults can call …", "…, while parents should ring …": a second caller, so a second number. */
const ANOTHER_CALLER =
  /\b(?:and|or|but|while|whereas|otherwise)\s+(?:the\s+|any\s+|other\s+)?(?:adults?|parents?|carers?|staff|volunteers|anyone|everyone|others|you|we|they|grown-ups|members|families|professionals|practitioners)\b/i;

/** Between a service's name and its number: "Childline 0800 1111", "Childline: 0800 1111", "Childline on 0800 1111". */
const DIRECTLY_BEFORE = /^[\s:]*(?:(?:on|tel|telephone|phone|call|helpline|line|number)\b[\s.:]*)*$/i;
/** A name followed by a number of its own: "Police 101", "Police: 999", "Ofsted on 0300 …". */
const OWN_NUMBER_AFTER = /^[\s:]*(?:(?:on|tel|telephone|phone|call|helpline|line|number)\b[\s.:]*)*\+?\d/i;

/**
 * What may stand between a service's name and its short number: "Police 101", "Police Scotland (non-emergency)
 * 101", "Police Service of Northern Ireland: 101", "Police non-emergency 101", "Police on 999" — a place's name
 * (capitalised words, case-sensitive, so "NSPCC open 365 days" is no name), a bracket, "non-emergency", "on".
 * The number itself must be one of the service's own short numbers (data/national-contacts.yaml: 999, 101, 112).
 */
const SHORT_NUMBER_LEAD =
  /^[\s:–—-]*(?:(?:[A-Z][\w'’-]*|of|(?:non[- ]?)?emergency)[:–—-]?[^\S\n]+){0,4}(?:\([^()\n]{1,40}\)[\s:–—-]*)?(?:(?:[Oo]n|[Tt]el|TEL|[Tt]elephone|[Pp]hone|[Cc]all|[Dd]ial|[Ll]ine|[Nn]umber)\b[\s.:]*)*/;

/**
 * What may stand between a service's name and a number given for it, for another service's short number: "Police –
 * non-emergency | 111", "police non-emergency line on 111", "Police (non-emergency): 111" — dashes, a table's cell
 * bar, brackets and the words of a number's label; not "or" ("the police or 111": two services).
 */
const SHORT_NUMBER_GAP =
  /^(?:[^\S\n]|[:|–—()-]|\b(?:non[- ]?emergency|emergency|enquiries|number|line|tel|telephone|phone|call|dial|ring|on|only)\b\.?)*/i;

/**
 * What may stand before a service's name in a label that ends in a colon ("Non-emergency police:", "- Local
 * police:"): up to three words of its own, none a word of what was counted or where ("Referrals to police:").
 */
const POLICE_LABEL_BEFORE =
  /^[\s*_•-]*(?:(?!(?:to|of|by|from|for|with|in|on|at|about|into|via|and|or|the|a|an|our|your|their|this)\b)[\p{L}'’-]+[^\S\n]+){0,3}$/iu;

/** A word of calling between a service's name and a number: "line on 111", "ring 111", "number: 111". */
const CALLING_WORD = /\b(?:on|call|ring|dial|phone|telephone|tel|line|number)\b/i;

/** A service's own short numbers (no phone token: "999", "116 123"), as one expression; null if it has none. */
const shortNumbers = new WeakMap<NationalService, RegExp | null>();
function shortNumberOf(service: NationalService): RegExp | null {
  let re = shortNumbers.get(service);
  if (re === undefined) {
    const short = service.phones.filter((p) => !new RegExp(PHONE.source).test(p));
    re =
      short.length === 0
        ? null
        : new RegExp(
            `^(?:${short.map((p) => p.replace(/\D+/g, " ").trim().replace(/ /g, "[^\\S\\n]?")).join("|")})(?![\\w/])`,
          );
    shortNumbers.set(service, re);
  }
  return re;
}

function pairings(
  text: string,
  lines: Line[],
  services: NationalService[],
  printed?: string,
): PhonePairing[] {
  const result: PhonePairing[] = [];
  const pairUnit = (tokens: Token[]) => {
    // A name with its own short number after it ("Police Scotland (non-emergency) 101") has its number: in a
    // table read as one line ("… Police Scotland 101 Childline 0808 800 5000 …") the next number is not its.
    let order: Map<Token, number> | undefined;
    const hasShortNumber = (name: Token) => {
      order ??= new Map(tokens.map((t, i) => [t, i]));
      const at = order.get(name) ?? tokens.length;
      const until = tokens[at + 1]?.offset ?? name.endOffset + 80;
      const own = name.service && shortNumberOf(name.service);
      if (!own) return false;
      const after = text.slice(name.endOffset, until);
      return own.test(after.slice(SHORT_NUMBER_LEAD.exec(after)?.[0].length ?? 0));
    };
    const phones = tokens.filter((t) => t.kind === "phone");
    if (phones.length === 0 || phones.length === tokens.length) return;
    // The names in order; each look is a binary search, so a line of thousands of pairs stays linear.
    const names = tokens.filter((t) => t.kind === "name");
    const namesBetween = (from: number, to: number) =>
      between(names, (t) => t.offset, from, to).filter((t) => t.endOffset <= to);
    // "0800 1111 (Childline)", "0800 1111 – Childline": a name in brackets or after a dash belongs to the number
    // before it. A name after a plain space does not ("… 0808 800 5000 Childline 0800 1111" is a list of pairs).
    //
    // A list of pairs separated by dashes ("NSPCC 0808 800 5000 – Childline 0800 1111 – Police 101") is read
    // the other way: a name straight after the dash that has its own number after it ("Police 101"), or a
    // number that already has another service's name straight before it, starts the next item. A number with
    // one service's name before it and another's in brackets after it belongs to neither: no finding.
    const unsure = new Set<Token>();
    const claimed = phones.map((phone, i) => {
      const next = namesBetween(phone.endOffset, phones[i + 1]?.offset ?? Number.POSITIVE_INFINITY)[0];
      const gap = next ? text.slice(phone.endOffset, next.offset) : "";
      if (!next || !/^\s*[([–—:-]\s*$/.test(gap)) return undefined;
      const bracket = /[([]/.test(gap);
      const previous = namesBetween(phones[i - 1]?.endOffset ?? -1, phone.offset).at(-1);
      const directlyBefore =
        previous !== undefined &&
        previous.service?.id !== next.service?.id &&
        DIRECTLY_BEFORE.test(text.slice(previous.endOffset, phone.offset));
      if (directlyBefore) {
        if (bracket) unsure.add(phone);
        return undefined;
      }
      if (!bracket && OWN_NUMBER_AFTER.test(text.slice(next.endOffset, next.endOffset + 30)))
        return undefined;
      return next;
    });
    for (const [i, phone] of phones.entries()) {
      let owner = claimed[i];
      if (unsure.has(phone)) continue;
      if (!owner) {
        let before = namesBetween(phones[i - 1]?.endOffset ?? -1, phone.offset).filter(
          (t) => t !== claimed[i - 1],
        );
        // Two services named: one that already has its short number is not this number's.
        if (new Set(before.map((t) => t.service?.id)).size > 1)
          before = before.filter((t) => !hasShortNumber(t));
        // A PDF's table rows, their line breaks read as spaces ("Police Scotland Emergency / non-emergency" /
        // "Childline — 0808 800 5000"): the name that starts the number's own printed line, straight before it, is
        // the number's; a name on an earlier printed line is another row's. A note in brackets may stand between
        // them ("Childline (for young people): 0800 1111").
        if (new Set(before.map((t) => t.service?.id)).size > 1 && printed !== undefined) {
          const last = before[before.length - 1];
          // The printed line break looked for only between the two names (a search back to the text's start took
          // time quadratic in a one-line list of thousands of pairs).
          const previousEnd = before[before.length - 2].endOffset;
          const lineStart = previousEnd + printed.slice(previousEnd, last.offset).lastIndexOf("\n") + 1;
          if (
            lineStart > previousEnd &&
            /^[\s|]*$/.test(printed.slice(lineStart, last.offset)) &&
            DIRECTLY_BEFORE.test(
              printed
                .slice(last.endOffset, phone.offset)
                .replace(/^[^\S\n]*\([^()\n]{0,60}\)/, " ")
                .replace(/^\s*[–—-]\s*/, " "),
            ) &&
            !printed.slice(last.endOffset, phone.offset).includes("\n")
          )
            before = [last];
        }
        if (new Set(before.map((t) => t.service?.id)).size !== 1) continue;
        owner = before[before.length - 1];
        const between = text.slice(owner.endOffset, phone.offset);
        // "Children can call Childline, and adults can call 0808 800 5000": the number is for someone else.
        if (between.length > 120 || ANOTHER_CALLER.test(between)) continue;
      }
      if (owner.service) result.push({ phone, service: owner.service });
    }
  };
  // Names and numbers are found once in the whole text, then shared out to the lines that hold them.
  const tokens = [...namesIn(text, 0, services), ...phonesIn(text, 0)].sort((a, b) => a.offset - b.offset);
  if (!tokens.some((t) => t.kind === "name") || !tokens.some((t) => t.kind === "phone")) return result;
  const byLine = tokensByLine(lines, tokens);
  for (const [index, held] of byLine) {
    if (held.length > 1) {
      for (const unit of sentenceUnits(lines[index], held)) if (unit.length > 1) pairUnit(unit);
      continue;
    }
    // A name alone on a line (a PDF table cell, a heading) and its number alone on the next — not a name in a
    // sentence ("… can talk to Childline.") nor a number with a label of its own ("Adults: 0808 800 5000").
    const next = lines[index + 1];
    const nextHeld = byLine.get(index + 1);
    if (held[0].kind !== "name" || !next || nextHeld?.length !== 1 || nextHeld[0].kind !== "phone") continue;
    const line = lines[index];
    const nameStart = held[0].offset - line.offset;
    const beside = line.text.slice(0, nameStart) + line.text.slice(held[0].endOffset - line.offset);
    if (beside.replace(/[\W_]|\b(?:helpline|line|tel|telephone|phone|contact|free)\b/gi, "").length > 0)
      continue;
    const numberStart = nextHeld[0].offset - next.offset;
    if (/[A-Za-z]/.test(next.text.slice(0, numberStart).replace(/\b(?:tel|telephone|phone|call|on)\b/gi, "")))
      continue;
    if (next.text.replace(nextHeld[0].text, "").replace(/[\W_]|tel|phone|call/gi, "").length > 20) continue;
    pairUnit([held[0], nextHeld[0]]);
  }
  return result;
}

/** Lines that are not running text: a table row or rule, a heading, an underline, a simple table's columns. */
const NOT_PROSE = /^\s*(?:[|+#>]|[-=*_]{3,}\s*$)|\S(?: {3,}|(?<![.!?:;]) {2})\S/;
/** A line that starts an item of its own: a list item, a quotation. */
const NEW_ITEM = /^\s*(?:[-*+•>]|\d{1,3}[.)]|\(?[a-z]\))\s/i;
/** A Markdown hard break: two spaces or a backslash at the end of the line (exactly two tried at each place: ` {2,}` took
 * time quadratic in a long run of spaces, minutes for 100,000). */
const HARD_BREAK = /(?: {2}|\\)\r?$/;
/** A line that carries on the sentence before it: it starts in lower case or with a number. */
const RUNS_ON = /^\s*[a-z\d]/;

/**
 * The text read for a national service's number, same length and offsets as the document's: hard-wrapped prose
 * unwrapped as the other rules read it (readingText), and besides, a line break inside a sentence read as a space
 * where the next line carries the sentence on ("… can talk to Childline" / "on 0808 800 5000 …") — never after a
 * Markdown hard break, before a line that starts a sentence of its own, or in or into a table, list or heading.
 */
export function joinSentenceLines(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  let out = lines[0];
  let changed = false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i - 1];
    const next = lines[i];
    const join =
      line.trim() !== "" &&
      !HARD_BREAK.test(line) &&
      !NOT_PROSE.test(line) &&
      RUNS_ON.test(next) &&
      !NOT_PROSE.test(next) &&
      !NEW_ITEM.test(next);
    if (join) changed = true;
    out += (join ? " " : "\n") + next;
  }
  return changed ? out : text;
}

function spaced(service: NationalService): string {
  return service.phones[0];
}

function serviceOf(digits: string, services: NationalService[]): NationalService | undefined {
  return services.find((s) => s.own.includes(digits));
}

export interface NationalFinding {
  offset: number;
  endOffset: number;
  message: string;
  actual: string;
  expected?: string;
}

/** What is wrong with the national contacts in a document (before the contact-mismatch rule's share is removed). */
export function findNationalContactProblems(document: DocumentContext["document"]): NationalFinding[] {
  const national = nationalContacts();
  const { text } = document;
  const found: NationalFinding[] = [];
  const seen = new Set<number>();
  const add = (finding: NationalFinding) => {
    if (seen.has(finding.offset)) return;
    seen.add(finding.offset);
    found.push(finding);
  };

  // A number next to a service's name that is another service's number, or its own with a wrong digit.
  // PDF and plain text break lines inside table cells and numbers ("0808 800" / "5000"): read them with single
  // line breaks as spaces (same length, same offsets), so a row or a sentence is one line again.
  // Markdown and Word paragraphs may be hard-wrapped too ("… can talk to Childline" / "on 0808 800 5000"): read as
  // the other rules read them (readingText), and a line that carries a sentence on is read after the one before
  // it (joinSentenceLines) — never after a hard break or before a new sentence, a table row or a list item.
  const wrapped = document.format === "pdf" || document.format === "txt";
  const unwrapped = wrapped ? text : readingText(document);
  const reading = wrapped ? joinWrappedLines(text) : joinSentenceLines(unwrapped);
  const lines = wrapped || reading !== unwrapped ? splitLines(reading) : analyse(document).lines;
  for (const { phone, service } of pairings(reading, lines, national.services, wrapped ? text : undefined)) {
    const digits = phoneDigits(phone.text);
    if (service.ok.has(digits)) continue;
    const other = serviceOf(digits, national.services);
    if (other && other.id !== service.id) {
      const forWhom = other.for_whom ? ` (for ${other.for_whom})` : "";
      add({
        offset: phone.offset,
        endOffset: phone.endOffset,
        message: `${phone.text} is the number of ${other.name}${forWhom}, but the policy gives it for ${service.name} — ${service.name}'s number is ${spaced(service)}: write that (or name the right service)`,
        actual: phone.text,
        expected: spaced(service),
      });
      continue;
    }
    if (national.allPhones.has(digits)) continue;
    const near = service.phones.find((p) => {
      const own = phoneDigits(p);
      return own.length >= 8 && editDistance(own, digits) === 1;
    });
    if (near) {
      add({
        offset: phone.offset,
        endOffset: phone.endOffset,
        message: `${phone.text} is not ${service.name}'s number: it is ${near} — a digit is wrong, missing or extra; write ${near}`,
        actual: phone.text,
        expected: near,
      });
    }
  }

  // Another service's short number straight after the name of one with short numbers of its own: "Police –
  // non-emergency | 111" (NHS 111's), not "the police or 111" (two services named together).
  for (const service of national.services) {
    if (!shortNumberOf(service) || national.otherShortNumbers.length === 0) continue;
    for (const m of allMatches(service.re, reading)) {
      const end = (m.index ?? 0) + m[0].length;
      if (/[@./]/.test(reading.charAt((m.index ?? 0) - 1)) || /^\.[a-z]/i.test(reading.slice(end, end + 2)))
        continue;
      const at = end + (SHORT_NUMBER_GAP.exec(reading.slice(end, end + 60))?.[0].length ?? 0);
      const number = /^\d{3}(?![^\S\n]?\d)/.exec(reading.slice(at, at + 6))?.[0];
      const other = number && national.otherShortNumbers.find((o) => o.number === number);
      if (!other) continue;
      // The number given for the service: a word of calling between ("line on 111"), or the name opening its line
      // or cell as a label ("| Police (non-emergency) | 111 |") — not "| Referrals to police | 111 |", a count.
      // (Read back over at most a line's width: a cell's or line's start further back is no label's.)
      const from = Math.max(0, (m.index ?? 0) - 200);
      const back = reading.slice(from, m.index ?? 0);
      const cut = Math.max(back.lastIndexOf("\n"), back.lastIndexOf("|"));
      const opensCell = (cut >= 0 || from === 0) && /^[\s*_•-]*$/.test(back.slice(cut + 1));
      // "Non-emergency police: 111": a label that ends in a colon, the name at its end, is the label too — a few words
      // of its own before the name, from its line's, cell's or sentence's start, none saying what was counted
      // ("Referrals to police: 111", "Calls to the police: 111").
      const gap = reading.slice(end, at);
      const labelled =
        (cut >= 0 || from === 0) &&
        gap.includes(":") &&
        POLICE_LABEL_BEFORE.test(back.slice(cut + 1).replace(/^[\s\S]*[.!?;](?=\s)/, ""));
      if (!opensCell && !labelled && !CALLING_WORD.test(gap)) continue;
      // "Police – 111 Kirkgate (front desk)": a house number before its street, not a phone number.
      const next = /^[^\S\n]+(\p{Lu}[\p{L}'’-]*)([^\S\n]*[:–—|-])?/u.exec(
        reading.slice(at + other.number.length, at + 60),
      );
      if (next && !next[2] && !national.serviceName.test(next[1])) continue;
      add({
        offset: at,
        endOffset: at + other.number.length,
        message: `${other.number} is the number of ${other.name} (for ${other.for_whom}), but the policy gives it for ${service.name} — ${service.name}'s numbers are ${service.phones.join(", ")}: write the right one (or name the right service)`,
        actual: other.number,
      });
    }
  }

  // 0845 numbers.
  for (const phone of phonesIn(reading, 0)) {
    const digits = phoneDigits(phone.text);
    const retired = national.retiredPrefixes.find((p) => digits.startsWith(p.prefix));
    if (!retired) continue;
    add({
      offset: phone.offset,
      endOffset: phone.endOffset,
      message: `${phone.text} is an ${retired.prefix} number: ${retired.note} — check the service's current number (often an 0300 or 0800 number) and write that`,
      actual: phone.text,
    });
  }

  // Email and web addresses: retired secure-email endings, misspelt national domains.
  const addresses = [
    ...allMatches(EMAIL, text).map((m) => ({ m, domain: m[0].slice(m[0].indexOf("@") + 1), email: true })),
    // Read only where the next line carries it on into an ending (carriedOn), as a reader joins it.
    ...(wrapped ? allMatches(EMAIL_CUT, text) : [])
      .map((m) => ({ m, domain: m[0].slice(m[0].indexOf("@") + 1), email: true }))
      .filter(({ m, domain }) => carriedOn(text, (m.index ?? 0) + m[0].length, domain) !== ""),
    ...allMatches(WEB, text).map((m) => ({
      m,
      domain: m[0].replace(/^https?:\/\//i, "").replace(/^www\./i, ""),
      email: false,
    })),
    ...allMatches(BARE_DOMAIN, text).map((m) => ({ m, domain: m[0], email: false })),
  ].sort((a, b) => (a.m.index ?? 0) - (b.m.index ?? 0));
  const taken: Array<[number, number]> = [];
  // One wrong address is one problem wherever it stands: a PDF prints a box of contacts in every page's header.
  const reported = new Set<string>();
  const repeats = repeatedLinkTargets(document);
  for (const { m, domain: asWritten, email } of addresses) {
    const offset = m.index ?? 0;
    // An address a PDF's or text file's line broke ("….gsi.gov.u" / "k"): read on into the next line, as a reader does.
    const rest = wrapped ? carriedOn(text, offset + m[0].length, asWritten) : "";
    const domain = asWritten + rest.replace(/\n/g, "");
    const endOffset = offset + m[0].length + rest.length;
    const address = (m[0] + rest.replace(/\n/g, "")).replace(/\\@/, "@");
    // One address found twice (an email, a web address, a bare domain inside it): the first reading wins.
    if (taken.some(([a, b]) => offset < b && endOffset > a)) continue;
    taken.push([offset, endOffset]);
    // A mailto: link's address repeats its visible text: report the text once.
    if (/mailto:$/i.test(text.slice(Math.max(0, offset - 7), offset))) continue;
    // A link whose target is the address its words show ("[www.x.org.uk](http://www.x.org.uk)"): one address, one finding.
    if (repeats.some(([a, b]) => offset >= a && offset < b)) continue;
    if (!email && /@$/.test(text.slice(Math.max(0, offset - 1), offset))) continue;
    const lower = domain.toLowerCase().replace(/\.+$/, "");
    const key = address.toLowerCase().replace(/\.+$/, "");
    if (reported.has(key)) continue;
    const retired = email ? national.retiredEmail.find((r) => lower.endsWith(`.${r.ending}`)) : undefined;
    if (retired) {
      const without = address.replace(
        new RegExp(`\\.${retired.ending.split(".")[0]}(?=\\.gov\\.uk$)`, "i"),
        "",
      );
      reported.add(key);
      add({
        offset,
        endOffset,
        message: `${address} ends in .${retired.ending}, a government secure-email ending switched off from ${retired.since}: mail to it may not arrive — ask the service for its current address (often ${without}) and write that`,
        actual: address,
      });
      continue;
    }
    // As written, not lower-cased: a capital after a dot is a sentence run on ("nspcc.org.uk.Info sheets …").
    const meant = misspeltDomain(domain.replace(/\.+$/, ""), national.domains);
    if (meant) {
      const right = address.slice(0, address.length - domain.length) + meant;
      reported.add(key);
      add({
        offset,
        endOffset,
        message: `${address} looks misspelt: the published address is ${right} — write ${right}, so that ${email ? "mail reaches it" : "readers find it"}`,
        actual: address,
        expected: right,
      });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** An address as a reader compares two of them: no scheme, no "www.", no trailing slash, any case. */
function bareAddress(address: string): string {
  return address
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/+$/, "");
}

/** Where a link's target sits in the text when it is the same address as the link's words (shown once, not twice). */
function repeatedLinkTargets(document: DocumentContext["document"]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const link of document.outline?.links ?? []) {
    if (!link.url || bareAddress(link.url) !== bareAddress(link.text)) continue;
    const at = document.text.slice(link.offset, link.endOffset).lastIndexOf(`](${link.url}`);
    if (at < 0) continue;
    const start = link.offset + at + 2;
    spans.push([start, start + link.url.length]);
  }
  return spans;
}

/** The same wrong number or address in a setting's data and in a policy built from it is one problem. */
function subject(problem: NationalFinding): string {
  const value = problem.actual.toLowerCase();
  return `national-contact ${/@|\./.test(value) ? value : phoneDigits(value)}`;
}

export const rule: Rule = {
  meta: {
    id: "national-contact",
    description:
      "Warns when a national helpline or address is quoted wrongly: the NSPCC helpline's number given for Childline (or the other way round), a wrong digit in a known number next to its service's name, a misspelt nspcc.org.uk or childline.org.uk, a retired government secure-email address (.gsi, .gsx, .gcsx or .gse.gov.uk) or an 0845 number. Facts in data/national-contacts.yaml; no partnership data needed. A number the contact-mismatch rule already reports against the partnership's directory is not reported again.",
    defaultSeverity: "warning",
  },
  checkDocument(context) {
    const problems = findNationalContactProblems(context.document);
    if (problems.length === 0) return;
    const already = directoryMismatches(context);
    for (const problem of problems) {
      if (already.some((d) => problem.offset < d.endOffset && problem.endOffset > d.offset)) continue;
      reportAt(context, problem.offset, problem.endOffset, problem.message, {
        actual: problem.actual,
        expected: problem.expected,
        subject: subject(problem),
      });
    }
  },
  checkSetting(context) {
    // A setting's own phone numbers and addresses (its leads', its sections' text) go into every policy built
    // from it: the same problem in a built document is reported once, here (see `subject`).
    for (const [value, path] of stringsIn(context.setting)) {
      if (!/\d{4}|@|www\.|\.uk\b/i.test(value)) continue;
      const document: SourceDocument = {
        file: context.setting.source,
        format: "txt",
        text: value,
        outline: { headings: [], links: [] },
        blocks: [],
      };
      for (const problem of findNationalContactProblems(document)) {
        context.report({
          message: `${path.join(".")} in ${context.setting.source}: ${problem.message}`,
          path,
          excerpt: problem.actual,
          actual: problem.actual,
          expected: problem.expected,
          subject: subject(problem),
        });
      }
    }
  },
};
