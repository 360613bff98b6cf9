/**
 * Whether a feed item is recent enough, relative to the Chinese article, to be coverage of the same story.
 *
 * Dates are compared as UTC calendar days, in both directions (English coverage may come before the Chinese
 * article or after it). A `days` of 1 or more absorbs the time-zone difference between Beijing dates and UTC.
 *
 * Unknown dates: when the article's date is unknown there is nothing to compare, so every item is kept. When the
 * article's date is known but the item's is not, the item is dropped: it might be from any time, and for this
 * feature showing nothing beats showing an old story that happens to share the words.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** The UTC day of a `YYYY-MM-DD` or ISO timestamp string, or null when it is not one. */
function dayNumber(date: string | null): number | null {
  const match = date ? ISO_DAY.exec(date) : null;
  if (!date || !match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const midnight = new Date(Date.UTC(year, month - 1, day));
  // Date.parse rolls 30 February over into March: a day that does not exist is no date.
  if (midnight.getUTCMonth() !== month - 1 || midnight.getUTCDate() !== day) return null;
  const time = date.length === 10 ? midnight.getTime() : Date.parse(date);
  return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
}

export function withinDays(published: string | null, articleDate: string | null, days: number): boolean {
  const article = dayNumber(articleDate);
  if (article === null) return true;
  const item = dayNumber(published);
  return item !== null && Math.abs(item - article) <= days;
}
