import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { completeLock, missingOptional, platformOf } from '../../../scripts/complete-lock.mjs';

const lock = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8'));

describe('package-lock.json (npm ci needs an entry for every optional dependency)', () => {
  it('has an entry for every optional dependency of every locked package', () => {
    expect(missingOptional(lock)).toEqual([]);
  });

  it('finds a missing platform package and completes it as an optional, platform-tagged entry', () => {
    const broken = {
      packages: {
        '': { name: 'x' },
        'node_modules/rollup': { version: '4.0.0', dev: true, optionalDependencies: { '@rollup/rollup-linux-arm64-musl': '4.0.0' } },
      },
    };
    expect(missingOptional(broken)).toHaveLength(1);
    const fixed = completeLock(broken);
    expect(missingOptional(fixed)).toEqual([]);
    expect(fixed.packages['node_modules/@rollup/rollup-linux-arm64-musl']).toEqual({
      version: '4.0.0', cpu: ['arm64'], dev: true, libc: ['musl'], optional: true, os: ['linux'],
    });
  });

  it('reads os, cpu and libc off a platform package name, and refuses a name without them', () => {
    expect(platformOf('@rollup/rollup-win32-ia32-msvc')).toEqual({ os: 'win32', cpu: 'ia32', libc: undefined });
    expect(platformOf('@rollup/rollup-linux-arm-gnueabihf')).toEqual({ os: 'linux', cpu: 'arm', libc: 'glibc' });
    expect(platformOf('left-pad')).toBeUndefined();
    expect(() => completeLock({ packages: { 'node_modules/a': { optionalDependencies: { fsevents: '2' } } } })).toThrow(/fsevents/);
  });
});
