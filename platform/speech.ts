import type { Locale } from '../lib/convert/locales.ts';

/**
 * Listening: Chinese spoken by the browser's own speech synthesis, in the page (content script), in a Mandarin
 * voice of the page's region when one is installed.
 *
 * Why `speechSynthesis` and not `chrome.tts`: in Chrome both reach the same system and Google voices; `chrome.tts`
 * adds only voices of third-party TTS-engine extensions, at the price of the "tts" permission, a round trip to the
 * service worker for every word, and a second code path, since Firefox has no `tts` API at all. Speaking in the
 * page needs the reader's gesture (Chrome refuses speech without one), which the card's button and key provide.
 */

/** Where the Mandarin is from: mainland (Simplified) or Taiwan (Traditional). */
export type MandarinRegion = 'CN' | 'TW';

/** What voice choice reads of a voice (`SpeechSynthesisVoice` has it). */
export interface VoiceInfo {
  readonly lang: string;
  readonly name: string;
  readonly default: boolean;
}

export interface VoiceChoice<V extends VoiceInfo> {
  voice: V;
  /** No Mandarin voice was found, and this is a Cantonese one. */
  cantonese: boolean;
}

/** Why nothing was spoken, for the card to say in the reader's language (`error` is the engine's own code). */
export type SpeechProblem = { code: 'no-speech' } | { code: 'no-mandarin-voice' } | { code: 'failed'; error: string };

/** Spoken (by a Cantonese voice only when no Mandarin one is installed), or why not. */
export type SpeechResult = { ok: true; cantoneseOnly: boolean } | { ok: false; problem: SpeechProblem };

/**
 * The Mandarin of a page: Traditional pages from Taiwan and Hong Kong are read by a Taiwan voice (Hong Kong voices
 * speak Cantonese, see `chooseMandarinVoice`), Simplified ones by a mainland voice. A page that declares no Chinese
 * `lang` is judged by the script of the word.
 */
export function mandarinRegionFor(declared: Locale | null, script: 'traditional' | 'simplified' | 'neutral'): MandarinRegion {
  if (declared === null) return script === 'traditional' ? 'TW' : 'CN';
  return declared === 'cn' ? 'CN' : 'TW';
}

const CANTONESE_NAME = /cantonese|粵|粤|廣東|广东/i;
/** The Mandarin a region or script subtag stands for (HK and MO are Cantonese, see `classify`). */
const SUBTAG_REGION = new Map<string, MandarinRegion>([
  ['cn', 'CN'], ['sg', 'CN'], ['my', 'CN'], ['hans', 'CN'],
  ['tw', 'TW'], ['hant', 'TW'],
]);

/**
 * Voices are tagged by language, not by what they speak: every browser and system tags its Hong Kong voices
 * `zh-HK` (Google 粵語, Microsoft Tracy and HiuGaai, Apple Sinji), and they speak Cantonese, whose readings are
 * not the pinyin on the card. So zh-HK, zh-MO and yue voices (or any named Cantonese) count as Cantonese; other
 * Chinese languages (wuu, nan, hak) are neither and never chosen.
 */
function classify(voice: VoiceInfo): { kind: 'mandarin'; subtags: string[] } | { kind: 'cantonese' } | null {
  const [primary, ...subtags] = voice.lang.replaceAll('_', '-').toLowerCase().split('-');
  if (primary === 'yue' || CANTONESE_NAME.test(voice.name)) return { kind: 'cantonese' };
  if (primary !== 'zh' && primary !== 'cmn') return null;
  if (subtags.some((subtag) => subtag === 'hk' || subtag === 'mo')) return { kind: 'cantonese' };
  return { kind: 'mandarin', subtags };
}

/**
 * How well a Mandarin voice fits the region: its own region first (zh-CN, zh-TW), then one writing the same script
 * (zh-SG, zh-Hans), then one that names no region (cmn), then the other region; a voice with further subtags
 * (Edge's zh-CN-liaoning, a regional accent) ranks below the plain one.
 */
function fit(subtags: readonly string[], region: MandarinRegion): number {
  const regional = subtags.filter((subtag) => SUBTAG_REGION.has(subtag));
  const accent = subtags.length > regional.length ? 0.5 : 0;
  let score = 1;
  if (regional.includes(region.toLowerCase())) score = 4;
  else if (regional.some((subtag) => SUBTAG_REGION.get(subtag) === region)) score = 3;
  else if (regional.length === 0) score = 2;
  return score - accent;
}

/** The best Mandarin voice for the region; a Cantonese voice only when there is no Mandarin one; else null. */
export function chooseMandarinVoice<V extends VoiceInfo>(voices: readonly V[], region: MandarinRegion): VoiceChoice<V> | null {
  let best: { voice: V; score: number } | null = null;
  let cantonese: V | null = null;
  for (const voice of voices) {
    const kind = classify(voice);
    if (kind?.kind === 'cantonese') cantonese ??= voice;
    if (kind?.kind !== 'mandarin') continue;
    // The system's default voice wins a tie: it is the one the reader set up.
    const score = fit(kind.subtags, region) + (voice.default ? 0.1 : 0);
    if (!best || score > best.score) best = { voice, score };
  }
  if (best) return { voice: best.voice, cantonese: false };
  return cantonese ? { voice: cantonese, cantonese: true } : null;
}

/** Chrome fills the voice list some time after the page loads, announcing it with `voiceschanged`. */
const VOICES_WAIT_MS = 1500;
/** Some engines never report that they started: the card must not wait for them forever. */
const START_WAIT_MS = 3000;

function voicesOf(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', done);
  });
}

/** Speaks `text` (stopping whatever was being spoken); resolves once speech starts, or with what went wrong. */
export async function speakChinese(
  text: string,
  region: MandarinRegion,
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
): Promise<SpeechResult> {
  if (!synth) return { ok: false, problem: { code: 'no-speech' } };
  const choice = chooseMandarinVoice(await voicesOf(synth), region);
  if (!choice) return { ok: false, problem: { code: 'no-mandarin-voice' } };
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = choice.voice;
  utterance.lang = choice.voice.lang;
  const spoken: SpeechResult = { ok: true, cantoneseOnly: choice.cantonese };
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(spoken), START_WAIT_MS);
    const settle = (result: SpeechResult): void => {
      clearTimeout(timer);
      resolve(result);
    };
    utterance.addEventListener('start', () => settle(spoken));
    utterance.addEventListener('error', (event) => {
      // Stopped by the next word the reader asked for: nothing went wrong.
      if (event.error === 'interrupted' || event.error === 'canceled') settle(spoken);
      else settle({ ok: false, problem: { code: 'failed', error: event.error } });
    });
    synth.cancel();
    synth.speak(utterance);
  });
}
