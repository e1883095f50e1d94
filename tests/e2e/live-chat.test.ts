/**
 * The live-chat example in a real browser (headless Chromium through playwright-core): a customer
 * chats with Ann, Ann hands the chat to Ben with a warm transfer, Ben closes it and the customer
 * rates it; then a chat to the closed sales queue becomes a ticket. Saves a screenshot of each page
 * (see tests/support/screenshots.ts). Skipped, saying why, when /usr/bin/chromium is missing (CI installs it).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatServer, startChatServer } from '../../examples/live-chat-server/server.js';
import type { InMemoryTicketSink } from '../../src/index.js';
import { screenshotPath } from '../support/screenshots.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`tests/e2e/live-chat.test.ts: skipped, ${CHROMIUM} is missing (apt-get install chromium)`);

let server: ChatServer;
let browser: Browser;
/** Script errors and console errors (a blocked request, a CSP violation) of every page. */
const pageProblems: string[] = [];

beforeAll(async () => {
  if (!hasChromium) return;
  server = await startChatServer({ port: 0 });
  // launch() starts Chromium on a new, empty user-data directory of its own, removed at close.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in its own browser context (its own sessionStorage), its errors collected. */
async function openPage(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 720 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageProblems.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(`${path}: ${message.text()}`);
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

/** Waits until `selector` shows `text`. */
const shows = (page: Page, selector: string, text: string | RegExp) => page.locator(selector, { hasText: text }).first().waitFor({ timeout: 10_000 });

async function signIn(agentId: string): Promise<Page> {
  const page = await openPage('/agent');
  await page.fill('#agent-id', agentId);
  await page.fill('#passcode', `${agentId}-demo`);
  await page.click('#login button[type=submit]');
  await page.locator('#console').waitFor();
  await page.selectOption('#presence', 'available');
  await shows(page, '#presence-now', 'available');
  return page;
}

describe.skipIf(!hasChromium)('live-chat example in Chromium', () => {
  it('runs a chat from the widget to an agent, through a warm transfer, to a rating; then a closed-hours chat becomes a ticket', async () => {
    // The customer starts a chat while nobody is available: they see their place in the queue.
    const customer = await openPage('/customer#orders');
    await customer.selectOption('#topic', 'support');
    await customer.fill('#email', 'jo@example.com');
    await customer.fill('#name', 'Jo');
    await customer.fill('#first', 'Where is my parcel?');
    await customer.click('#start-button');
    await shows(customer, '#status', 'You are number 1 in the queue');

    // Ann signs in, becomes available, and accepts the offer before its countdown ends.
    const ann = await signIn('ann');
    await shows(ann, '.offer', 'Jo <jo@example.com>');
    expect(await ann.locator('.offer .countdown').textContent()).toMatch(/^\d+ s$/);
    await ann.click('.offer .accept');
    await shows(ann, '#transcript', 'Where is my parcel?');
    await shows(ann, '#customer-page', '/customer#orders');
    await shows(customer, '#messages', 'Hi Jo, Ann here. How can I help?');
    await shows(customer, '#status', 'Ann joined the chat');

    // Both write; Ann sees what Jo is typing, and the page Jo moves to.
    await customer.fill('#text', 'It was due yesterday');
    await shows(ann, '#typing', 'Customer is typing: It was due yesterday');
    await customer.click('#composer button[type=submit]');
    await shows(ann, '#transcript', 'It was due yesterday');
    await customer.click('nav a[href="#returns"]');
    await shows(ann, '#customer-page', '/customer#returns');
    await ann.selectOption('#canned', 'checking');
    await ann.click('#send-canned');
    await shows(customer, '#messages', 'Let me check that for you, Jo.');
    await ann.selectOption('#urls', 'tracking');
    await ann.click('#push-url');
    expect(await customer.locator('#messages a', { hasText: 'Track your parcel' }).getAttribute('href')).toBe('https://example.com/track');
    await customer.screenshot({ path: screenshotPath('live-chat-customer.png') });

    // Ben signs in; Ann consults him privately (the customer never sees it), then transfers warm.
    const ben = await signIn('ben');
    await ann.selectOption('#colleague', 'ben');
    await ann.fill('#consult-text', 'Can you take this parcel question?');
    await ann.click('#consult');
    await shows(ben, '#notes', 'Can you take this parcel question?');
    await shows(ann, '#transcript', 'private to Ben');
    await ann.screenshot({ path: screenshotPath('live-chat-agent.png') });
    await ann.click('#transfer');
    await shows(ben, '.offer', 'Transfer:');
    await ben.click('.offer .accept');
    await shows(ben, '#transcript', 'Let me check that for you, Jo.');
    await shows(customer, '#status', /Ann left the chat|Ben joined the chat/);
    await ann.locator('#session').waitFor({ state: 'hidden' });
    await ben.fill('#reply-text', 'Ben here: your parcel arrives tomorrow.');
    await ben.click('#reply button[type=submit]');
    await shows(customer, '#messages', 'Ben here: your parcel arrives tomorrow.');
    expect(await customer.locator('#messages').textContent()).not.toContain('Can you take this parcel question?');

    // Ben closes the chat; Jo rates it with the happiest emoticon.
    await ben.click('#close');
    await customer.locator('#rate').waitFor();
    expect(await customer.locator('#ratings button').allTextContents()).toEqual(['😠', '🙁', '😐', '🙂', '😀']);
    await customer.click('#ratings button[data-score="5"]');
    await shows(customer, '#done-text', 'Thank you for your rating!');
    const rated = server.engine.events().find((e) => e.type === 'session.rated');
    expect(rated).toMatchObject({ score: 5, agentId: 'ben' });

    // The wallboard shows the live figures.
    const wallboard = await openPage('/wallboard');
    await shows(wallboard, '[data-queue="support"]', /1\s*answered/);
    await shows(wallboard, '[data-agent="ben"]', 'available');
    await wallboard.screenshot({ path: screenshotPath('live-chat-wallboard.png') });

    // Sales is closed today: the widget offers to leave a message, and the chat becomes a ticket.
    await customer.click('#again');
    await customer.selectOption('#topic', 'sales');
    await shows(customer, '#closed-note', 'Sales is closed now');
    await shows(customer, '#start-button', 'Leave a message');
    await customer.fill('#first', 'Do you sell gift cards?');
    await customer.click('#start-button');
    await shows(customer, '#done-text', 'We are closed now. We have your message and will answer by e-mail.');
    const tickets = (server.engine.ticketSink as InMemoryTicketSink).tickets;
    expect(tickets.at(-1)).toMatchObject({ reason: 'after_hours', queueId: 'sales', email: 'jo@example.com' });
    expect(pageProblems).toEqual([]);
  });
});
