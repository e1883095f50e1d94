/**
 * The three pages and their scripts: plain files read once at start, served from a fixed list (no
 * path from the request ever reaches the file system), with a strict Content-Security-Policy: the
 * pages load only their own scripts and connect only to this server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

const PAGES_DIR = join(import.meta.dirname, 'pages');

/** URL path to file name. */
const ROUTES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/customer': 'customer.html',
  '/agent': 'agent.html',
  '/wallboard': 'wallboard.html',
  '/assets/common.js': 'common.js',
  '/assets/customer.js': 'customer.js',
  '/assets/agent.js': 'agent.js',
  '/assets/wallboard.js': 'wallboard.js',
  '/assets/style.css': 'style.css',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** Adds a GET route for every page and asset. */
export function registerPages(app: FastifyInstance): void {
  for (const [path, file] of Object.entries(ROUTES)) {
    const body = readFileSync(join(PAGES_DIR, file));
    const type = CONTENT_TYPES[file.slice(file.lastIndexOf('.') + 1)]!;
    app.get(path, (_request, reply) => reply.headers(SECURITY_HEADERS).type(type).send(body));
  }
  app.get('/favicon.ico', (_request, reply) => reply.code(204).send());
}
