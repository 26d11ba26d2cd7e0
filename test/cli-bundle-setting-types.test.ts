/**
 * An audit outside a project takes data/setting-types.yaml's kinds of setting from the build's cache
 * (dist/reference-data.json) while the file is as it was built, so it need not load the YAML parser: the value
 * must be exactly what loadSettingTypes reads, and an edited file (or no cache) must be read by loadSettingTypes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  packagedSettingTypes,
  REFERENCE_DATA_CACHE,
  referenceDataReads,
} from "../src/audit/reference-data-node.js";
import { loadSettingTypes } from "../src/data/setting-types.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const text = readFileSync(join(REPO, "data", "setting-types.yaml"), "utf8");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "policysmith-setting-types-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads made by `read`: how many came from the cache and how many were parsed. */
async function counted<T>(read: () => Promise<T>): Promise<{ value: T; cached: number; parsed: number }> {
  const before = { ...referenceDataReads };
  const value = await read();
  return {
    value,
    cached: referenceDataReads.cached - before.cached,
    parsed: referenceDataReads.parsed - before.parsed,
  };
}

describe("data/setting-types.yaml from the build's cache", () => {
  it("the build caches it, and what the cache gives is what loadSettingTypes reads", async () => {
    expect(existsSync(REFERENCE_DATA_CACHE), "run npm run build (or node scripts/build-cli.mjs) first").toBe(
      true,
    );
    const cache = JSON.parse(readFileSync(REFERENCE_DATA_CACHE, "utf8"));
    expect(cache["setting-types.yaml"]?.text, "data/setting-types.yaml changed since the build").toBe(text);
    const fromCache = await counted(() => packagedSettingTypes());
    expect(fromCache).toMatchObject({ cached: 1, parsed: 0 });
    const loaded = await loadSettingTypes();
    expect([...fromCache.value.keys()]).toEqual([...loaded.keys()]);
    expect(fromCache.value).toEqual(loaded);
    expect(fromCache.value.size).toBeGreaterThan(3);
  });

  it("takes the cached value only while the cache holds the file's current text", async () => {
    const cacheFile = join(dir, "reference-data.json");
    const planted = [{ id: "planted", name: "Planted" }];
    writeFileSync(cacheFile, JSON.stringify({ "setting-types.yaml": { text, value: planted } }));
    // The same text: the cached value, whatever it holds (here a planted one, to see that it was used).
    const same = await counted(() => packagedSettingTypes(cacheFile));
    expect(same).toMatchObject({ cached: 1, parsed: 0 });
    expect([...same.value.keys()]).toEqual(["planted"]);
    // Another text (the file edited since the build), a broken cache, no cache: loadSettingTypes reads the file.
    const loaded = await loadSettingTypes();
    writeFileSync(
      cacheFile,
      JSON.stringify({ "setting-types.yaml": { text: `${text}# edited\n`, value: planted } }),
    );
    for (const file of [cacheFile, join(dir, "missing.json")]) {
      const other = await counted(() => packagedSettingTypes(file));
      expect(other).toMatchObject({ cached: 0, parsed: 1 });
      expect(other.value).toEqual(loaded);
    }
    writeFileSync(cacheFile, "{ not json");
    expect((await counted(() => packagedSettingTypes(cacheFile))).parsed).toBe(1);
  });
});
