import type { ConverterLoader } from '../convert/converter.ts';
import type { CompactDictionary } from '../dictionary/compact-format.ts';
import { Dictionary } from '../dictionary/dictionary.ts';
import type { DictionaryInfo } from '../messages.ts';
import { lookupWord, type LookupRequest, type LookupResult, type ReadingsInContext } from './word-lookup.ts';

/** How a sentence is read, given the dictionary whose words decide most polyphones. */
export type ContextReaderFactory = (dictionary: Dictionary) => ReadingsInContext;

interface Loaded {
  dictionary: Dictionary;
  read: ReadingsInContext;
  loadMs: number;
  readyAtMs: number;
}

const CACHE_SIZE = 500;

/**
 * Owns the dictionary for whoever answers lookups (the service worker, the CLI): loads it once, lazily, and keeps
 * recent answers, since a reader's pointer returns to the same words again and again.
 */
export class LookupService {
  private loaded: Promise<Loaded> | null = null;
  private readonly cache = new Map<string, LookupResult | null>();

  constructor(
    private readonly load: () => Promise<CompactDictionary>,
    private readonly contextReader: ContextReaderFactory,
    /** OpenCC's conversion, which writes the word in the other script. */
    private readonly converters: ConverterLoader,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Starts loading now, so that the first lookup after a restart waits less; failures surface at lookup time. */
  warmUp(): void {
    this.ready().catch(() => undefined);
  }

  async lookup(request: LookupRequest): Promise<LookupResult | null> {
    const key = `${request.index}\u0000${request.span?.start ?? ''}-${request.span?.end ?? ''}\u0000${request.text}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      // Re-insert so that the Map's insertion order doubles as recency order.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const { dictionary, read } = await this.ready();
    const result = await lookupWord(request, dictionary, read, this.converters);
    this.cache.set(key, result);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value ?? key);
    return result;
  }

  /** The dictionary itself, for other work on the same data (matching, aligning). */
  async dictionary(): Promise<Dictionary> {
    return (await this.ready()).dictionary;
  }

  async info(): Promise<DictionaryInfo> {
    const { dictionary, loadMs, readyAtMs } = await this.ready();
    return { keys: dictionary.size, glossaryTerms: dictionary.glossarySize, loadMs, readyAtMs };
  }

  private ready(): Promise<Loaded> {
    if (!this.loaded) {
      const started = this.clock();
      this.loaded = this.load().then(
        (compact) => {
          const dictionary = new Dictionary(compact);
          const readyAtMs = this.clock();
          return { dictionary, read: this.contextReader(dictionary), loadMs: readyAtMs - started, readyAtMs };
        },
        (error: unknown) => {
          // Forget the failure so that the next lookup tries again instead of failing forever.
          this.loaded = null;
          throw error;
        },
      );
    }
    return this.loaded;
  }
}
