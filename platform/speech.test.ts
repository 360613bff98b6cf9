import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseMandarinVoice, mandarinRegionFor, speakChinese, type VoiceInfo } from './speech.ts';

function voice(lang: string, name = `${lang} voice`, isDefault = false): VoiceInfo {
  return { lang, name, default: isDefault };
}

/** What Chrome on Windows with Google's voices lists, roughly. */
const DESKTOP = [
  voice('en-US', 'Google US English', true),
  voice('zh-HK', 'Google 粵語（香港）'),
  voice('zh-TW', 'Google 國語（臺灣）'),
  voice('zh-CN', 'Google 普通话（中国大陆）'),
  voice('zh-HK', 'Microsoft Tracy - Chinese (Traditional, Hong Kong S.A.R.)'),
];

function chosen(voices: readonly VoiceInfo[], region: 'CN' | 'TW'): string | null {
  const choice = chooseMandarinVoice(voices, region);
  return choice && `${choice.voice.name}${choice.cantonese ? ' (Cantonese)' : ''}`;
}

describe('chooseMandarinVoice', () => {
  it('picks the voice of the region: mainland for Simplified, Taiwan for Traditional', () => {
    expect(chosen(DESKTOP, 'CN')).toBe('Google 普通话（中国大陆）');
    expect(chosen(DESKTOP, 'TW')).toBe('Google 國語（臺灣）');
  });

  it('never picks a Hong Kong (Cantonese) voice while there is a Mandarin one, even of the other region', () => {
    const mainlandOnly = [voice('zh-HK', 'Sinji'), voice('yue-HK', 'Cantonese'), voice('zh-CN', 'Tingting')];
    expect(chosen(mainlandOnly, 'TW')).toBe('Tingting');
    expect(chosen([voice('zh_HK', 'Tracy'), voice('zh-Hant-TW', 'Meijia')], 'CN')).toBe('Meijia');
  });

  it('falls back to a Cantonese voice only when nothing else speaks Chinese, and says so', () => {
    expect(chooseMandarinVoice([voice('en-GB'), voice('zh-HK', 'Sinji')], 'TW')).toEqual({ voice: voice('zh-HK', 'Sinji'), cantonese: true });
    expect(chooseMandarinVoice([voice('yue-CN', 'Microsoft XiaoMin Online (Natural) - Chinese (Cantonese Simplified)')], 'CN')?.cantonese).toBe(true);
    expect(chooseMandarinVoice([voice('zh-CN', 'Microsoft HiuGaai - Chinese (Cantonese Traditional)')], 'CN')?.cantonese).toBe(true);
  });

  it('prefers the same script, then a voice naming no region, then the other region; accents rank below', () => {
    expect(chosen([voice('zh-TW', 'tw'), voice('cmn', 'espeak'), voice('zh-SG', 'sg')], 'CN')).toBe('sg');
    expect(chosen([voice('zh-TW', 'tw'), voice('cmn', 'espeak')], 'CN')).toBe('espeak');
    expect(chosen([voice('zh-CN-liaoning', 'Xiaobei'), voice('zh-CN', 'Xiaoxiao')], 'CN')).toBe('Xiaoxiao');
    expect(chosen([voice('zh-CN', 'a'), voice('zh-CN', 'b', true)], 'CN')).toBe('b');
  });

  it('does not take other Chinese languages for Mandarin, and finds nothing where no voice speaks Chinese', () => {
    expect(chooseMandarinVoice([voice('wuu-CN', 'Xiaotong'), voice('nan-TW'), voice('en-US')], 'CN')).toBeNull();
    expect(chooseMandarinVoice([], 'TW')).toBeNull();
  });
});

describe('mandarinRegionFor', () => {
  it('follows the page declaration, then the script of the word; Hong Kong pages get Taiwan Mandarin', () => {
    expect(mandarinRegionFor('cn', 'traditional')).toBe('CN');
    expect(mandarinRegionFor('tw', 'simplified')).toBe('TW');
    expect(mandarinRegionFor('hk', 'neutral')).toBe('TW');
    expect(mandarinRegionFor(null, 'traditional')).toBe('TW');
    expect(mandarinRegionFor(null, 'simplified')).toBe('CN');
    expect(mandarinRegionFor(null, 'neutral')).toBe('CN');
  });
});

class FakeUtterance extends EventTarget {
  voice: VoiceInfo | null = null;
  lang = '';
  constructor(readonly text: string) {
    super();
  }
}

/** A speech engine whose voices arrive late (as in Chrome) and that starts or fails as told. */
class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  cancelled = 0;
  outcome: 'start' | 'not-allowed' | 'interrupted' | 'silent' = 'start';
  constructor(private voices: VoiceInfo[]) {
    super();
  }
  getVoices(): VoiceInfo[] {
    return this.voices;
  }
  arrive(voices: VoiceInfo[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
  cancel(): void {
    this.cancelled++;
  }
  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
    const outcome = this.outcome;
    if (outcome === 'silent') return;
    queueMicrotask(() => {
      if (outcome === 'start') utterance.dispatchEvent(new Event('start'));
      else utterance.dispatchEvent(Object.assign(new Event('error'), { error: outcome }));
    });
  }
}

function speak(synth: FakeSynth, text: string, region: 'CN' | 'TW') {
  return speakChinese(text, region, synth as unknown as SpeechSynthesis);
}

describe('speakChinese', () => {
  beforeEach(() => {
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('speaks in the chosen voice and language, stopping what was being spoken', async () => {
    const synth = new FakeSynth(DESKTOP);
    expect(await speak(synth, '銀行', 'TW')).toEqual({ ok: true, cantoneseOnly: false });
    expect(synth.cancelled).toBe(1);
    expect(synth.spoken.map((utterance) => [utterance.text, utterance.voice?.name, utterance.lang])).toEqual([['銀行', 'Google 國語（臺灣）', 'zh-TW']]);
  });

  it('waits for voices that arrive late', async () => {
    const synth = new FakeSynth([]);
    const spoken = speak(synth, '银行', 'CN');
    setTimeout(() => synth.arrive(DESKTOP), 10);
    expect(await spoken).toEqual({ ok: true, cantoneseOnly: false });
    expect(synth.spoken[0]?.voice?.name).toBe('Google 普通话（中国大陆）');
  });

  it('says plainly when no Mandarin voice is installed, and when only a Cantonese one is', async () => {
    vi.useFakeTimers();
    const none = speak(new FakeSynth([]), '銀行', 'TW');
    await vi.advanceTimersByTimeAsync(2000);
    expect(await none).toEqual({ ok: false, problem: { code: 'no-mandarin-voice' } });
    vi.useRealTimers();
    expect(await speak(new FakeSynth([voice('en-US')]), '銀行', 'TW')).toEqual({ ok: false, problem: { code: 'no-mandarin-voice' } });
    expect(await speak(new FakeSynth([voice('zh-HK', 'Sinji')]), '銀行', 'TW')).toEqual({ ok: true, cantoneseOnly: true });
  });

  it('reports a refusal, but not an interruption by the next word', async () => {
    const synth = new FakeSynth(DESKTOP);
    synth.outcome = 'not-allowed';
    expect(await speak(synth, '銀行', 'CN')).toEqual({ ok: false, problem: { code: 'failed', error: 'not-allowed' } });
    synth.outcome = 'interrupted';
    expect(await speak(synth, '銀行', 'CN')).toEqual({ ok: true, cantoneseOnly: false });
  });

  it('does not wait forever for an engine that never says it started', async () => {
    vi.useFakeTimers();
    const synth = new FakeSynth(DESKTOP);
    synth.outcome = 'silent';
    const spoken = speak(synth, '銀行', 'CN');
    await vi.advanceTimersByTimeAsync(5000);
    expect(await spoken).toEqual({ ok: true, cantoneseOnly: false });
  });

  it('says when the browser has no speech at all', async () => {
    expect(await speakChinese('銀行', 'CN', undefined)).toEqual({ ok: false, problem: { code: 'no-speech' } });
  });
});
