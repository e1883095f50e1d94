/**
 * The plain loop's ready agents (`bench/plain-loop.ts`): one binary min-heap of agent numbers per
 * group, each a range of one shared `Int32Array`, with every agent's position so that a changed key
 * or a removal is one sift. The order is the caller's `less`.
 */
export class ReadyHeaps {
  private readonly slots: Int32Array;
  private readonly start: Int32Array;
  private readonly size: Int32Array;
  /** Each agent's index in its group's heap, or -1 when it is in none. */
  private readonly position: Int32Array;

  /** `groupOf[agent]` is the agent's group; each group's range is as long as it has agents. */
  constructor(
    groupOf: Int32Array,
    groups: number,
    private readonly less: (a: number, b: number) => boolean,
  ) {
    this.slots = new Int32Array(groupOf.length);
    this.start = new Int32Array(groups);
    this.size = new Int32Array(groups);
    this.position = new Int32Array(groupOf.length).fill(-1);
    const members = new Int32Array(groups);
    for (const g of groupOf) members[g]!++;
    for (let g = 1; g < groups; g++) this.start[g] = this.start[g - 1]! + members[g - 1]!;
  }

  /** The best head among `groups`, or -1 when they are all empty. */
  bestHead(groups: Int32Array): number {
    let best = -1;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (this.size[g] === 0) continue;
      const head = this.slots[this.start[g]!]!;
      if (best < 0 || this.less(head, best)) best = head;
    }
    return best;
  }

  insert(g: number, agent: number): void {
    if (this.position[agent] !== -1) throw new Error(`bench/ready-heaps: agent ${agent} is already in a heap`);
    const i = this.size[g]!++;
    this.place(g, i, agent);
    this.up(g, i);
  }

  remove(g: number, agent: number): void {
    const i = this.position[agent]!;
    if (i < 0) throw new Error(`bench/ready-heaps: agent ${agent} is in no heap`);
    const last = this.slots[this.start[g]! + --this.size[g]!]!;
    this.position[agent] = -1;
    if (last === agent) return;
    this.place(g, i, last);
    this.up(g, i);
    this.down(g, this.position[last]!);
  }

  /** Restores the order after `agent`'s key changed. */
  update(g: number, agent: number): void {
    this.up(g, this.position[agent]!);
    this.down(g, this.position[agent]!);
  }

  private place(g: number, i: number, agent: number): void {
    this.slots[this.start[g]! + i] = agent;
    this.position[agent] = i;
  }

  private at(g: number, i: number): number {
    return this.slots[this.start[g]! + i]!;
  }

  private up(g: number, i: number): void {
    const agent = this.at(g, i);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = this.at(g, parent);
      if (!this.less(agent, above)) break;
      this.place(g, i, above);
      i = parent;
    }
    this.place(g, i, agent);
  }

  private down(g: number, i: number): void {
    const agent = this.at(g, i);
    const size = this.size[g]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && this.less(this.at(g, child + 1), this.at(g, child))) child++;
      const below = this.at(g, child);
      if (!this.less(below, agent)) break;
      this.place(g, i, below);
      i = child;
    }
    this.place(g, i, agent);
  }
}
