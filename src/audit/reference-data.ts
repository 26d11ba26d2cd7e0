/**
 * The facts some rules check against — national helplines (data/national-contacts.yaml) and replaced laws and
 * guidance (data/outdated-references.yaml) — handed to the core rather than read by it, so the rules run in the
 * browser as in Node. A Node shell gives the core a loader (reference-data-node.ts reads the packaged files);
 * the browser page gives the data itself, as built into the page.
 */
import type { OutdatedReference } from "./rules/outdated-reference.js";

export interface NationalServiceData {
  id: string;
  name: string;
  names: string;
  phones: string[];
  also_ok?: string[];
  emails?: string[];
  for_whom?: string;
  source: string;
}

export interface NationalData {
  services: NationalServiceData[];
  domains: string[];
  retired_email_domains: Array<{ ending: string; since: string }>;
  retired_number_prefixes: Array<{ prefix: string; note: string }>;
  /** Other services' short numbers a policy may give for the police by mistake ("111"). */
  other_short_numbers?: Array<{ number: string; name: string; for_whom: string }>;
}

/** Plain data (JSON), as in the packaged YAML files. */
export interface ReferenceData {
  nationalContacts: NationalData;
  outdatedReferences: OutdatedReference[];
}

let given: ReferenceData | undefined;
let loader: (() => ReferenceData) | undefined;

/** Use these facts from now on (the browser page, or a test). */
export function provideReferenceData(data: ReferenceData): void {
  given = data;
}

/** Where to get the facts the first time a rule asks (a Node shell: the packaged files). */
export function setReferenceDataLoader(load: () => ReferenceData): void {
  loader = load;
}

export function referenceData(): ReferenceData {
  if (!given && loader) given = loader();
  if (!given)
    throw new Error(
      "the audit's reference data (national contacts, outdated references) was not provided — call provideReferenceData() before auditing",
    );
  return given;
}
