// Adds the platform packages that npm 11's `npm ci` expects in package-lock.json but `npm install`
// leaves out when the registry it reached does not carry them (this workplace's npm mirror has
// only the Linux builds of @rollup/*). Each added entry is optional and names its os/cpu/libc, so
// `npm ci` skips it on any other platform without fetching it. Run after `npm install`:
//   node scripts/complete-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OSES = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32'];
const CPUS = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x'];

/** Platform fields read off a package name such as `@rollup/rollup-linux-arm64-musl`. */
export function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = OSES.find((o) => parts.includes(o));
  const cpu = CPUS.find((c) => parts.includes(c));
  if (os === undefined || cpu === undefined) return undefined;
  const musl = parts.includes('musl') || parts.includes('musleabihf');
  const glibc = parts.includes('gnu') || parts.includes('gnueabihf');
  return { os, cpu, libc: musl ? 'musl' : glibc ? 'glibc' : undefined };
}

/** Optional dependencies named by a locked package that have no entry of their own. */
export function missingOptional(lock) {
  const missing = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = path === '' ? `node_modules/${name}` : `${path}/node_modules/${name}`;
      if (lock.packages[`node_modules/${name}`] === undefined && lock.packages[nested] === undefined) {
        missing.push({ name, version, dev: entry.dev === true, from: path });
      }
    }
  }
  return missing;
}

/** A copy of the lock with an os/cpu-tagged optional entry for every missing platform package. */
export function completeLock(lock) {
  const packages = { ...lock.packages };
  for (const { name, version, dev, from } of missingOptional(lock)) {
    const platform = platformOf(name);
    if (platform === undefined) {
      throw new Error(`${from}: optional dependency ${name} is not in the lock and its platform cannot be read from its name`);
    }
    packages[`node_modules/${name}`] = {
      version,
      cpu: [platform.cpu],
      ...(dev ? { dev: true } : {}),
      ...(platform.libc === undefined ? {} : { libc: [platform.libc] }),
      optional: true,
      os: [platform.os],
    };
  }
  const sorted = Object.entries(packages).sort(([a], [b]) => a.localeCompare(b, 'en'));
  return { ...lock, packages: Object.fromEntries(sorted) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lockPath = new URL('../package-lock.json', import.meta.url);
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  const missing = missingOptional(lock);
  writeFileSync(lockPath, `${JSON.stringify(completeLock(lock), null, 2)}\n`);
  const names = missing.map((m) => `${m.name}@${m.version}`);
  console.log(names.length === 0 ? 'package-lock.json already complete' : `added ${names.length} platform entries: ${names.join(', ')}`);
}
