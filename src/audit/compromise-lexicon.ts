/**
 * compromise's lexicon (a word, lower case → the tags compromise knows it by), for look-ups that need no tagger
 * (src/audit/text/people.ts). Here it is read from compromise's own world; the bundled CLI replaces this module
 * (scripts/build-cli.mjs) with one that reads the lexicon the build stored, so that an audit that only looks words
 * up never builds compromise's tagger model (issue 15, start fast).
 */
import nlp from "compromise";

export type Lexicon = Record<string, string | string[]>;

export function compromiseLexicon(): Lexicon {
  return (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
}
