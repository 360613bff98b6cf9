/**
 * Variant forms that PRC-produced Traditional text (Xinhua's Traditional edition, for one) and Hong Kong's print where
 * dictionaries list the standard form: 生産 for 生產, 陜西 for 陝西. Lookups read through the standard form, one
 * code point for one, so offsets in the text stay valid. Only forms that are no Simplified character either are
 * mapped (内 or 温 are Simplified, and mapping them would break Simplified words such as 温度计).
 */
const VARIANTS = new Map<string, string>([
  ['産', '產'],
  ['陜', '陝'],
  ['衆', '眾'],
  ['爲', '為'],
  ['僞', '偽'],
  ['綫', '線'],
  ['峯', '峰'],
  ['啓', '啟'],
  ['鷄', '雞'],
  ['眞', '真'],
  ['敎', '教'],
  ['値', '值'],
  ['説', '說'],
  ['閲', '閱'],
  // Hong Kong's and Xinhua's form of 裡, which CC-CEDICT lists only as "variant of 裡" (這裏, 那裏, 心裏).
  ['裏', '裡'],
]);

export function standardForm(text: string): string {
  let changed = false;
  const chars = Array.from(text, (char) => {
    const standard = VARIANTS.get(char);
    if (standard === undefined) return char;
    changed = true;
    return standard;
  });
  return changed ? chars.join('') : text;
}
