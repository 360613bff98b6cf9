import { storage } from '@wxt-dev/storage';
import { DEFAULT_FEEDS, parseFeedList, type FeedSource } from '../lib/sources/feed-list.ts';

/** The reader's English feeds (local: the list is theirs to edit, and sync space is kept for settings). */
const feedsItem = storage.defineItem<unknown>('local:feeds', {
  fallback: DEFAULT_FEEDS,
  version: 1,
});

export async function loadFeeds(): Promise<FeedSource[]> {
  return parseFeedList(await feedsItem.getValue());
}

export async function saveFeeds(feeds: readonly FeedSource[]): Promise<void> {
  await feedsItem.setValue(parseFeedList(feeds));
}
