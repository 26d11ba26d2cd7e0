/** A policy file that cannot be read: reported as an `unreadable` finding for that file, never a crash. */
export class Unreadable extends Error {
  override name = "Unreadable";
}
