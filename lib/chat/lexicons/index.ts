/** The built-in lexicons, one per language. */
import type { Lexicon } from '../types';
import { en } from './en';
import { romanUr } from './romanUr';
import { ur as packedUr } from './ur';
import { unpackLexicon } from './urduPack';

// The shipped bundle holds ur.ts packed (see urduPack.ts); on the source this changes nothing.
const ur = unpackLexicon(packedUr);

export const LEXICONS: readonly Lexicon[] = [en, romanUr, ur];

export { en, romanUr, ur };
