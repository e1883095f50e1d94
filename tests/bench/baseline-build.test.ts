import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASELINE_BUILD_DIR, buildCommit, resolveCommit } from '../../bench/baseline-build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();

describe('bench baseline build (the commit bench:ci runs beside the current build)', () => {
  it('names a ref that is not a commit', () => {
    expect(() => resolveCommit(root, 'no-such-ref-anywhere')).toThrow('"no-such-ref-anywhere" is not a commit of this repository');
  });

  it.skipIf(head === '')('builds a commit into .bench-base and the build runs an engine', async () => {
    const built = await buildCommit(root, 'HEAD');
    expect(built.commit).toBe(head);
    expect(built.libPath).toBe(join(root, BASELINE_BUILD_DIR, head, 'dist', 'index.js'));
    const lib = (await import(pathToFileURL(built.libPath).href)) as typeof import('../../src/index.js');
    const engine = lib.createEngine({ clock: new lib.VirtualClock(0), config: { queues: [{ id: 'q', channels: ['chat'] }], agents: [] } });
    expect(engine.dispatch({ type: 'contact.create', queueId: 'q', channel: 'chat' }).ok).toBe(true);
    expect(engine.events().map((e) => e.type)).toContain('contact.queued');
  }, 60_000);
});
