/**
 * Skill profiles and requirements, interned as small integers so eligibility is an array lookup.
 * A profile is an agent's exact skill map; agents with the same skills share one. A requirement is a
 * contact's `{ skill: minLevel }` map. Whether a profile meets a requirement is computed once and cached.
 */

/** An interned skill map: the skills an agent has (a profile) or a contact needs (a requirement). */
export interface SkillSet {
  readonly id: number;
  /** Canonical text, e.g. `billing:3,french:2`; identical maps share one id. */
  readonly key: string;
  readonly levels: ReadonlyMap<string, number>;
}

/** Canonical key of a skill map: entries sorted by skill. */
export function skillKey(map: Readonly<Record<string, number>>): string {
  return Object.keys(map)
    .sort()
    .map((skill) => `${skill}:${map[skill]}`)
    .join(',');
}

/** Interns profiles and requirements and answers "does this profile meet that requirement?". */
export class SkillIndex {
  private readonly profilesByKey = new Map<string, SkillSet>();
  private readonly requirementsByKey = new Map<string, SkillSet>();
  private readonly profiles: SkillSet[] = [];
  private readonly requirements: SkillSet[] = [];
  /** meets[requirement][profile]: 1 yes, 2 no, 0 not computed yet. */
  private readonly meets: Uint8Array[] = [];

  /** The interned profile for an agent's skills. */
  profile(map: Readonly<Record<string, number>>): SkillSet {
    return intern(map, this.profilesByKey, this.profiles);
  }

  /** The interned requirement for a contact's needs. */
  requirement(map: Readonly<Record<string, number>>): SkillSet {
    const set = intern(map, this.requirementsByKey, this.requirements);
    if (this.meets[set.id] === undefined) this.meets[set.id] = new Uint8Array(64);
    return set;
  }

  /** Whether an agent with this profile meets the requirement. */
  satisfies(profileId: number, requirementId: number): boolean {
    let row = this.meets[requirementId] as Uint8Array;
    if (profileId >= row.length) {
      const grown = new Uint8Array(Math.max(row.length * 2, profileId + 1));
      grown.set(row);
      this.meets[requirementId] = row = grown;
    }
    const known = row[profileId];
    if (known !== 0) return known === 1;
    const ok = meets(this.profiles[profileId] as SkillSet, this.requirements[requirementId] as SkillSet);
    row[profileId] = ok ? 1 : 2;
    return ok;
  }

  /** Sum of the profile's levels on the required skills (the `best-skill` score). */
  score(profileId: number, requirementId: number): number {
    const profile = this.profiles[profileId] as SkillSet;
    let total = 0;
    for (const skill of (this.requirements[requirementId] as SkillSet).levels.keys()) {
      total += profile.levels.get(skill) ?? 0;
    }
    return total;
  }
}

function intern(map: Readonly<Record<string, number>>, byKey: Map<string, SkillSet>, list: SkillSet[]): SkillSet {
  const key = skillKey(map);
  let set = byKey.get(key);
  if (set === undefined) {
    set = { id: list.length, key, levels: new Map(Object.entries(map)) };
    byKey.set(key, set);
    list.push(set);
  }
  return set;
}

function meets(profile: SkillSet, requirement: SkillSet): boolean {
  for (const [skill, level] of requirement.levels) {
    if ((profile.levels.get(skill) ?? 0) < level) return false;
  }
  return true;
}
