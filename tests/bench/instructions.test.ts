/**
 * Reading callgrind's per-function counts (bench/instructions.ts). The runs themselves need valgrind
 * and minutes each, so they are not part of the suite; the arithmetic is.
 */
import { describe, expect, it } from 'vitest';
import { PARTS, parseAnnotate, partOf, perContact, steadyPart } from '../../bench/instructions.js';

function annotateText(total: number, rows: readonly [number, string][]): string {
  const pct = (n: number): string => `(${((100 * n) / total).toFixed(2)}%)`;
  return [
    '--------------------------------------------------------------------------------',
    'Ir',
    `${total.toLocaleString('en-US')} (100.0%)  PROGRAM TOTALS`,
    '',
    'Ir                    file:function',
    ...rows.map(([n, name]) => `${n.toLocaleString('en-US')} ${pct(n)}  ${name}`),
  ].join('\n');
}

describe('bench/instructions', () => {
  it('reads the total and sums every JIT address as one', () => {
    const text = annotateText(10_000, [
      [4000, '???:0x000000000d0aaf94 [???]'],
      [1000, '???:0x00000222d641f068 [???]'],
      [3000, '???:Builtins_RecordWriteSaveFP [/usr/bin/node]'],
    ]);
    const { total, byFunction } = parseAnnotate(text);
    expect(total).toBe(10_000);
    expect(byFunction.get('JIT')).toBe(5000);
    expect(byFunction.get('???:Builtins_RecordWriteSaveFP [/usr/bin/node]')).toBe(3000);
  });

  it('files V8 functions under the part of the work they do', () => {
    expect(partOf('JIT')).toBe('engine JIT code');
    expect(partOf('???:Builtins_RecordWriteSaveFP [/usr/bin/node]')).toBe('write barriers');
    expect(partOf('???:v8::internal::Scavenger::ScavengePage(v8::internal::MemoryChunk*) [/usr/bin/node]')).toBe('garbage collection');
    expect(partOf('???:Builtins_KeyedLoadIC_Megamorphic [/usr/bin/node]')).toBe('megamorphic access');
    expect(partOf('???:Builtins_FindOrderedHashMapEntry [/usr/bin/node]')).toBe('hash maps');
    expect(partOf('???:Builtins_StringAdd_CheckNone [/usr/bin/node]')).toBe('other');
    expect(partOf('???:v8::internal::Heap_GenerationalBarrierSlow(unsigned long, unsigned long) [/usr/bin/node]')).toBe('write barriers');
    // Names that look like a map or a collection but are neither.
    expect(partOf('???:Builtins_ObjectSetPrototypeOf [/usr/bin/node]')).toBe('other');
    expect(partOf('???:v8::internal::Heap::AllocateRaw(int, v8::internal::AllocationType) [/usr/bin/node]')).toBe('other');
  });

  it('divides the difference between two runs by the contacts between them', () => {
    const small = annotateText(1_000_000, [
      [600_000, '???:0x1 [???]'],
      [400_000, '???:v8::internal::compiler::GraphReducer::ReduceTop() [/usr/bin/node]'],
    ]);
    const big = annotateText(1_350_000, [
      [800_000, '???:0x1 [???]'],
      [400_000, '???:v8::internal::compiler::GraphReducer::ReduceTop() [/usr/bin/node]'],
      [100_000, '???:v8::internal::Scavenger::ScavengePage(v8::internal::MemoryChunk*) [/usr/bin/node]'],
      [50_000, '???:Builtins_StringAdd_CheckNone [/usr/bin/node]'],
    ]);
    const counts = perContact(big, small, 100);
    expect(counts.total).toBe(3500);
    expect(counts.parts.get('engine JIT code')).toBe(2000);
    expect(counts.parts.get('garbage collection')).toBe(1000);
    // Compilation happened in both runs: it cancels out, and only the string work is left.
    expect(counts.parts.get('other')).toBe(500);
    expect(counts.functions.get('???:v8::internal::Scavenger::ScavengePage(v8::internal::MemoryChunk*) [/usr/bin/node]')).toBe(1000);
    expect(PARTS.reduce((sum, part) => sum + (counts.parts.get(part) as number), 0)).toBe(counts.total);
    expect(steadyPart(counts)).toBe(2000);
  });
});
