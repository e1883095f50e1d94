import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CommonJS with type declarations. Its clean step spares the CLI's files,
    // which the second build writes into the same folder at the same time.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: ['!cli.js', '!cli.js.map'],
    target: 'node20',
    splitting: false,
  },
  {
    // The `switchboard` executable (package.json `bin`): ESM only, with its own copy of the library.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
