/**
 * The browser's built-in, on-device Translator and Summarizer (Chrome 138 and later), feature-detected: where they
 * are missing nothing is offered, and no remote service is ever used instead.
 */
type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface TranslatorApi {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<Availability>;
  create(options: { sourceLanguage: string; targetLanguage: string }): Promise<{ translate(text: string): Promise<string>; destroy(): void }>;
}

interface SummarizerApi {
  availability(): Promise<Availability>;
  create(options: { type: 'key-points' | 'tldr'; format: 'plain-text'; length: 'short' | 'medium' }): Promise<{
    summarize(text: string): Promise<string>;
    destroy(): void;
  }>;
}

interface BuiltInAi {
  Translator?: TranslatorApi;
  Summarizer?: SummarizerApi;
}

const LANGUAGES = { sourceLanguage: 'zh', targetLanguage: 'en' };
/** The models take a few thousand words at most; the start of a news article carries its story. */
const MOST_CHARACTERS = 3_000;

function builtIn(scope: object): Required<BuiltInAi> | null {
  const { Translator, Summarizer } = scope as BuiltInAi;
  return Translator && Summarizer ? { Translator, Summarizer } : null;
}

export async function onDeviceSummaryAvailable(scope: object = globalThis): Promise<boolean> {
  const api = builtIn(scope);
  if (!api) return false;
  try {
    const [translation, summary] = await Promise.all([api.Translator.availability(LANGUAGES), api.Summarizer.availability()]);
    return translation !== 'unavailable' && summary !== 'unavailable';
  } catch {
    return false;
  }
}

/** Translates the start of the article into English, then summarizes the translation. */
export async function summarizeOnDevice(paragraphs: readonly string[], scope: object = globalThis): Promise<string> {
  const api = builtIn(scope);
  if (!api) throw new Error('this browser has no on-device translator and summarizer');
  let text = '';
  for (const paragraph of paragraphs) {
    if (text.length >= MOST_CHARACTERS) break;
    text += `${paragraph.slice(0, MOST_CHARACTERS - text.length)}\n`;
  }
  const translator = await api.Translator.create(LANGUAGES);
  try {
    const english = await translator.translate(text);
    const summarizer = await api.Summarizer.create({ type: 'key-points', format: 'plain-text', length: 'short' });
    try {
      return await summarizer.summarize(english);
    } finally {
      summarizer.destroy();
    }
  } finally {
    translator.destroy();
  }
}
