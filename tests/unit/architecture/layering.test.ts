import { describe, expect, it } from 'vitest';
import { layerViolations } from './layers.js';
import { sourceFiles } from './source-files.js';

describe('layering (docs/DECISIONS.md D-002)', () => {
  it('keeps every import in src/ within the layer order', () => {
    expect(layerViolations(sourceFiles())).toEqual([]);
  });

  it('reports routing/ importing xstate or rxjs', () => {
    const files = [
      { path: 'routing/bad.ts', text: "import { createActor } from 'xstate';\nimport { Subject } from 'rxjs/internal/Subject';" },
    ];
    expect(layerViolations(files)).toHaveLength(2);
  });

  it('reports library code importing cli/', () => {
    const files = [{ path: 'engine/bad.ts', text: "export { main } from '../cli/main.js';" }];
    expect(layerViolations(files)).toEqual(['engine/bad.ts -> ../cli/main.js (library code may not import cli/)']);
  });

  it('reports an earlier layer importing a later one, type-only imports included', () => {
    const files = [{ path: 'routing/bad.ts', text: "import type { EngineState } from '../engine/engine-state.js';" }];
    expect(layerViolations(files)[0]).toContain('routing/ may not import the later layer engine/');
  });

  it('accepts imports from earlier layers and within a layer', () => {
    const files = [{ path: 'engine/ok.ts', text: "import { x } from '../routing/pick-agent.js';\nimport { y } from './offers.js';" }];
    expect(layerViolations(files)).toEqual([]);
  });
});
