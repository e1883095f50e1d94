/**
 * Where browser tests save their screenshots: a temporary folder, so a test run leaves the working
 * tree as it found it; `SWITCHBOARD_SCREENSHOTS_DIR=docs npm test` refreshes the ones in docs/.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

let folder: string | undefined;

/** The path to save the screenshot `name` (e.g. `live-chat-agent.png`) to. */
export function screenshotPath(name: string): string {
  if (folder === undefined) {
    const chosen = process.env.SWITCHBOARD_SCREENSHOTS_DIR;
    folder = chosen === undefined || chosen === '' ? mkdtempSync(join(tmpdir(), 'switchboard-screenshots-')) : resolve(chosen);
    mkdirSync(folder, { recursive: true });
  }
  return join(folder, name);
}
