import { describe, expect, it } from 'vitest';
import { runSmallContactCentre } from '../../examples/small-contact-centre.js';

describe('examples/small-contact-centre', () => {
  it('routes the scripted morning and prints what happened', () => {
    const lines: string[] = [];
    const events = runSmallContactCentre((line) => lines.push(line));
    expect(lines).toContain('+  65s c-1 transferred (warm) from ania to ben');
    expect(lines).toContain('+ 125s cleo declined c-4');
    expect(lines).toContain('+ 180s c-4 became ticket t-1 (left_message) for no e-mail');
    expect(lines).toContain('+   5s   system: Hello Jo, Ania here.');
    expect(lines.at(-1)).toBe(`${events.length} events, 1 ticket(s); Jo's contacts: c-1 (completed), c-6 (completed)`);
  });

  it('prints the same run every time', () => {
    const first: string[] = [];
    const second: string[] = [];
    runSmallContactCentre((line) => first.push(line));
    runSmallContactCentre((line) => second.push(line));
    expect(second).toEqual(first);
  });
});
