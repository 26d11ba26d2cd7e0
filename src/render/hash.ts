/** SHA-256 as lower-case hex, in Node and the browser alike (@noble/hashes). */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";

export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(data));
}
