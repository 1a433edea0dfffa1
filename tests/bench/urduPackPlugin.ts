/** esbuild's twin of the Vite plugin in wxt.config.ts: packs the Urdu lexicon as the shipped build does. */
import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { PACKED_MODULE, urduPackTransform } from '../../lib/chat/lexicons/urduPack';

export const urduPackPlugin = (): Plugin => ({
  name: 'hifazat-urdu-pack',
  setup(build) {
    build.onLoad({ filter: PACKED_MODULE }, (args) => ({
      contents: urduPackTransform(readFileSync(args.path, 'utf8'), args.path) ?? undefined,
      loader: 'ts',
    }));
  },
});
