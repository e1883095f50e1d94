/**
 * Replays a script in a fresh process (invariant 13): `node --import tsx replay-cli.ts <script.json> <log.json>`
 * reads the script, runs it (restarts included) and writes the whole event log as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runScript, type Script } from './script.js';

const [scriptPath, logPath] = process.argv.slice(2);
if (scriptPath === undefined || logPath === undefined) throw new Error('usage: replay-cli.ts <script.json> <log.json>');
const script = JSON.parse(readFileSync(scriptPath, 'utf8')) as Script;
writeFileSync(logPath, JSON.stringify(runScript(script, { restarts: true })));
