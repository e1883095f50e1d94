/**
 * Runs one benchmark case in a fresh process (its own heap and JIT state):
 * `node --expose-gc --import tsx bench/child.ts <module> '<params JSON>' <path to index.js>`.
 * Sends the result to the parent over IPC, or prints it as JSON when run by hand.
 */
import { pathToFileURL } from 'node:url';
import type { Lib } from './lib.js';
import { isModuleName, MODULES } from './modules.js';

const [moduleName = '', paramsJson = '{}', libPath = ''] = process.argv.slice(2);
if (!isModuleName(moduleName)) throw new Error(`bench/child: unknown benchmark module "${moduleName}"`);
const lib = (await import(pathToFileURL(libPath).href)) as Lib;
const benchmark = await MODULES[moduleName]();
const result = await benchmark.run(lib, JSON.parse(paramsJson) as Record<string, unknown>);
if (process.send !== undefined) process.send(result, () => process.exit(0));
else console.log(JSON.stringify(result, null, 2));
