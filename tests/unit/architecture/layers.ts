/**
 * The layer rule (docs/DECISIONS.md D-002): a layer imports only the layers before it; `routing/`
 * imports neither xstate nor rxjs; nothing in the library imports `cli/`.
 */
import { dirname, join, normalize } from 'node:path';
import { importsOf, type SourceFile } from './source-files.js';

/** The layers, first to last. Files directly in src/ (the barrel) may import any layer but cli/. */
export const LAYERS = ['domain', 'time', 'routing', 'actors', 'engine', 'reporting', 'streams', 'simulation', 'cli'] as const;

const FORBIDDEN_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  domain: ['xstate', 'rxjs'],
  time: ['xstate', 'rxjs'],
  routing: ['xstate', 'rxjs'],
  reporting: ['xstate', 'rxjs'],
};

function layerOf(path: string): string | null {
  const first = path.split('/')[0] as string;
  return (LAYERS as readonly string[]).includes(first) ? first : null;
}

/** Every import that breaks the layer rule, as `file -> specifier (why)`. */
export function layerViolations(files: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    const from = layerOf(file.path);
    for (const specifier of importsOf(file.text)) {
      if (!specifier.startsWith('.')) {
        const banned = from === null ? [] : (FORBIDDEN_PACKAGES[from] ?? []);
        if (banned.some((pkg) => specifier === pkg || specifier.startsWith(`${pkg}/`))) {
          violations.push(`${file.path} -> ${specifier} (${from}/ may not use ${specifier})`);
        }
        continue;
      }
      const target = normalize(join(dirname(file.path), specifier));
      const to = layerOf(target);
      if (to === 'cli' && from !== 'cli') violations.push(`${file.path} -> ${specifier} (library code may not import cli/)`);
      else if (from !== null && to !== null && LAYERS.indexOf(to as never) > LAYERS.indexOf(from as never)) {
        violations.push(`${file.path} -> ${specifier} (${from}/ may not import the later layer ${to}/)`);
      }
    }
  }
  return violations;
}
