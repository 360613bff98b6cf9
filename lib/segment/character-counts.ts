/**
 * Character counts written compactly as groups of a count followed by the characters that have it: `118李 63王 46張张`.
 * Few distinct counts occur, so the groups keep the generated table small and still readable in a diff.
 */

const GROUP = /(\d+)(\D+)/gu;

export function formatCharacterCounts(counts: ReadonlyMap<string, number>): string {
  const byCount = new Map<number, string[]>();
  for (const [char, count] of counts) {
    const group = byCount.get(count);
    if (group) group.push(char);
    else byCount.set(count, [char]);
  }
  return [...byCount]
    .sort(([a], [b]) => b - a)
    .map(([count, chars]) => `${count}${chars.sort().join('')}`)
    .join(' ');
}

export function parseCharacterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [, count, chars] of text.matchAll(GROUP)) {
    for (const char of Array.from((chars ?? '').trim())) counts.set(char, Number(count));
  }
  return counts;
}
