// The cast as the checker reads it: each character's id, display name, and the names the prose may use.

export interface CastMember {
  id: string;
  name: string;
  /** Other names the prose uses for the character ("the Captain", a nickname). */
  aliases?: readonly string[];
}

export interface Cast {
  members: readonly CastMember[];
  /** The name to write in a message; an unknown id is shown as it is. */
  nameOf(id: string): string;
  /** Every name the prose may use for the character: the full name, its first word and the aliases. */
  namesOf(id: string): string[];
}

export function castOf(members: readonly CastMember[]): Cast {
  const byId = new Map(members.map((member) => [member.id, member]));
  // A first name shared by two characters says nothing about which one is meant, so neither gets it.
  const firstNames = new Map<string, number>();
  for (const member of members) {
    const first = firstWord(member.name);
    firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  return {
    members,
    nameOf: (id) => byId.get(id)?.name ?? id,
    namesOf: (id) => {
      const member = byId.get(id);
      if (!member) return [];
      const first = firstWord(member.name);
      const names = [member.name, ...(member.aliases ?? [])];
      if (first !== member.name && firstNames.get(first) === 1) names.push(first);
      // "the Smith" opens a sentence as "The Smith".
      for (const name of [...names]) {
        if (/^\p{Ll}/u.test(name)) names.push(name.charAt(0).toUpperCase() + name.slice(1));
      }
      return [...new Set(names)];
    },
  };
}

function firstWord(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
