/**
 * Reads the library's source files and their imports, for the architecture tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '../../..');

/** A source file: its path under src/ and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** Every .ts file under src/, with paths like `routing/pick-agent.ts`. */
export function sourceFiles(): SourceFile[] {
  const src = join(ROOT, 'src');
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) files.push({ path: relative(src, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(src);
  return files;
}

/** The module specifiers a file imports or re-exports (static, dynamic and type-only). */
export function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(pattern)) specifiers.push((match[1] ?? match[2] ?? match[3]) as string);
  return specifiers;
}
