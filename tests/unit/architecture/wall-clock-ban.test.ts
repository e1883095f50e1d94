/**
 * Time and randomness are inputs (STYLE.md): no wall clock, timer or unseeded randomness outside
 * src/time/, so the same seed and commands always give the same log.
 */
import { describe, expect, it } from 'vitest';
import { sourceFiles, type SourceFile } from './source-files.js';

const BANNED = [/\bDate\.now\s*\(/, /\bnew Date\s*\(\s*\)/, /\bMath\.random\s*\(/, /\bsetTimeout\s*\(/, /\bsetInterval\s*\(/, /\bperformance\.now\s*\(/, /\bcrypto\.randomUUID\s*\(/, /\brandomUUID\s*\(/];

/** Every use of a banned time or randomness source outside src/time/ and src/cli/. */
function clockViolations(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (file.path.startsWith('time/') || file.path.startsWith('cli/')) continue;
    file.text.split('\n').forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '');
      for (const pattern of BANNED) if (pattern.test(code)) found.push(`${file.path}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('no wall clock or unseeded randomness outside src/time/', () => {
  it('finds none in the library', () => {
    expect(clockViolations(sourceFiles())).toEqual([]);
  });

  it('catches Date.now, Math.random and timers in other layers', () => {
    const files = [
      { path: 'engine/bad.ts', text: 'const t = Date.now();\nconst r = Math.random();\nsetTimeout(() => 1, 5);' },
      { path: 'time/ok.ts', text: 'const t = Date.now();' },
    ];
    expect(clockViolations(files)).toHaveLength(3);
  });
});
