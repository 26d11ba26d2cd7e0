/**
 * Node shell for reference-data.ts: reads the packaged data/*.yaml files. Importing this module is enough — it
 * registers itself as the loader, so the files are read only when a rule first needs them.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { packagePath } from "../paths.js";
import { type ReferenceData, setReferenceDataLoader } from "./reference-data.js";

export function loadReferenceData(): ReferenceData {
  return {
    nationalContacts: parse(readFileSync(packagePath("data", "national-contacts.yaml"), "utf8")),
    outdatedReferences: parse(readFileSync(packagePath("data", "outdated-references.yaml"), "utf8")),
  };
}

setReferenceDataLoader(loadReferenceData);
