/** The built-in lexicons, one per language. */
import type { Lexicon } from '../types';
import { en } from './en';
import { romanUr } from './romanUr';
import { ur } from './ur';

export const LEXICONS: readonly Lexicon[] = [en, romanUr, ur];

export { en, romanUr, ur };
