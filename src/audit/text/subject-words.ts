/**
 * Words that name one subject of a policy's sections in other words: a section titled "Images and filming" is the
 * one "Photographs and videos" means, "Trips and outings" the one "Excursions" means. Each group is one subject;
 * a word is read in the forms a title writes it (singular and plural).
 */
const SUBJECTS: readonly (readonly string[])[] = [
  // Photographs and filming: the camera's pictures, still or moving.
  [
    "photograph",
    "photographs",
    "photography",
    "photo",
    "photos",
    "image",
    "images",
    "picture",
    "pictures",
    "filming",
    "film",
    "films",
    "video",
    "videos",
    "camera",
    "cameras",
  ],
  // Worries about a child.
  ["concern", "concerns", "worry", "worries"],
  // Going out with the children.
  ["trip", "trips", "outing", "outings", "excursion", "excursions", "visit", "visits", "tour", "tours"],
  // Out of the country.
  ["abroad", "overseas"],
  // Getting there.
  ["travel", "transport", "journey", "journeys"],
  // Writing down what was seen or said ("the steps in section 5 for recording what you know", where section 5 says
  // "Write down what you saw or heard").
  // ("note" is left out: its plural reads as "not" once a word's ending is taken off; "written" and "writing" too:
  // "written consent", "in writing" are about a form of agreement, not a record — and "writes", whose stem is theirs.)
  ["record", "records", "recording", "recorded", "write"],
  // A child no one can find ("the lost child procedure" is the one a section titled "If a child goes missing" sets out).
  ["lost", "missing"],
  // Life online.
  ["online", "internet", "e-safety", "esafety"],
];

const GROUP = new Map<string, readonly string[]>();
for (const group of SUBJECTS) for (const word of group) GROUP.set(word, group);

/** The words of the same subject as `word` (lower case), itself among them; just itself where it has none. */
export function sameSubjectWords(word: string): readonly string[] {
  return GROUP.get(word.toLowerCase()) ?? [word];
}

/** The word names a subject whose other words are known here ("lost", "photographs"), so a section can be checked for it. */
export function knownSubject(word: string): boolean {
  return GROUP.has(word.toLowerCase());
}
