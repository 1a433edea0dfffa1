/**
 * The engine bundled the way the extension ships it, for the bench's size figure and the packing test: minified,
 * non-ASCII text kept as UTF-8 as WXT's build keeps it (esbuild's default would escape every Urdu letter as \uXXXX
 * and measure a bundle nobody ships), and the Urdu lexicon packed one byte per letter like the Vite plugin in
 * wxt.config.ts does (lib/chat/lexicons/urduPack.ts).
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { PACKED_MODULE, urduPackTransform } from '../../lib/chat/lexicons/urduPack';

const urduPackPlugin = (): Plugin => ({
  name: 'hifazat-urdu-pack',
  setup(b) {
    b.onLoad({ filter: PACKED_MODULE }, (args) => ({
      contents: urduPackTransform(readFileSync(args.path, 'utf8'), args.path) ?? undefined,
      loader: 'ts',
    }));
  },
});

/** The minified ESM bundle of `entry` as shipped. */
export async function bundleAsShipped(entry: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    charset: 'utf8',
    plugins: [urduPackPlugin()],
  });
  return result.outputFiles[0]!.contents;
}
