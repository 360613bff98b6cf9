import type { CardEntry, LookupResult } from '../lib/lookup/word-lookup.ts';
import type { Settings } from '../lib/settings.ts';
import { PinyinText } from './PinyinText.tsx';

interface Props {
  result: LookupResult;
  settings: Pick<Settings, 'toneStyle' | 'toneColors'>;
  /** Saves the word with this sentence into the glossary; absent where saving is not offered. */
  onSave?: () => void;
  /** What happened to the last save, shown on the card. */
  saveStatus?: { kind: 'saving' | 'saved' | 'error'; message?: string } | null;
  /** Speaks the word or its sentence; absent where listening is not offered. */
  onSpeak?: (what: 'word' | 'sentence') => void;
  /** What the last attempt to speak has to say (no voice, a Cantonese voice only), shown on the card. */
  speechStatus?: { kind: 'error' | 'note'; message: string } | null;
}

function EntryView({ entry, settings, showReading }: { entry: CardEntry; settings: Props['settings']; showReading: boolean }) {
  return (
    <li class={`entry ${entry.source}`} data-testid="entry">
      {showReading && (
        <div class="entry-reading" data-testid="entry-reading">
          <PinyinText syllables={entry.syllables} style={settings.toneStyle} colors={settings.toneColors} />
        </div>
      )}
      {entry.source === 'glossary' && (
        <span class="badge" data-testid="glossary-badge" title="Duizhao's curated glossary of political and news terms">
          Glossary{entry.kind ? ` · ${entry.kind}` : ''}
        </span>
      )}
      <ol class="senses" data-testid="senses">
        {entry.definitions.map((sense, i) => (
          <li key={i}>{sense}</li>
        ))}
      </ol>
      {entry.classifiers.length > 0 && <div class="meta">Measure words: {entry.classifiers.join(', ')}</div>}
      {entry.variants.length > 0 && <div class="meta">{entry.variants.join('; ')}</div>}
      {entry.attestation && <div class="meta attestation">Rendering attested in: {entry.attestation}</div>}
    </li>
  );
}

/** The hover card: the word in both scripts, its reading in this sentence, then every entry's senses. */
function SaveControl({ result, onSave, saveStatus }: Pick<Props, 'result' | 'onSave' | 'saveStatus'>) {
  if (saveStatus?.kind === 'error') {
    return (
      <p class="save-error" role="alert" data-testid="save-error">
        {saveStatus.message}
      </p>
    );
  }
  if (result.saved || saveStatus?.kind === 'saved') {
    return (
      <div class="saved" data-testid="saved">
        ★ In your glossary{result.saved?.note ? `: ${result.saved.note}` : ''}
        {onSave && (
          <button type="button" class="save" onClick={onSave} title="Add this sentence to the saved word (S)">
            Add this sentence
          </button>
        )}
      </div>
    );
  }
  return onSave ? (
    <button type="button" class="save" data-testid="save" disabled={saveStatus?.kind === 'saving'} onClick={onSave}>
      ☆ Save to glossary (S)
    </button>
  ) : null;
}

function ListenControls({ onSpeak, speechStatus }: Pick<Props, 'onSpeak' | 'speechStatus'>) {
  if (!onSpeak) return null;
  return (
    <>
      <div class="listen">
        <button type="button" class="speak" data-testid="speak-word" title="Listen to the word (P)" onClick={() => onSpeak('word')}>
          🔊 Word
        </button>
        <button
          type="button"
          class="speak"
          data-testid="speak-sentence"
          title="Listen to the sentence (Shift+P)"
          onClick={() => onSpeak('sentence')}
        >
          🔊 Sentence
        </button>
      </div>
      {speechStatus && (
        <p class={`speech-${speechStatus.kind}`} role={speechStatus.kind === 'error' ? 'alert' : 'status'} data-testid="speech-status">
          {speechStatus.message}
        </p>
      )}
    </>
  );
}

export function WordCard({ result, settings, onSave, saveStatus, onSpeak, speechStatus }: Props) {
  const { word, otherScript, entries, alternatives } = result;
  const position = alternatives.findIndex((span) => span.start === word.start && span.end === word.end);
  return (
    <div class="card" data-testid="card" lang={result.script === 'simplified' ? 'zh-Hans' : 'zh-Hant'}>
      <div class="head">
        <span class="headword" data-testid="headword">
          {word.text}
        </span>
        {otherScript && (
          <span class="other-script" data-testid="headword-other" title={result.script === 'traditional' ? 'Simplified' : 'Traditional'}>
            {otherScript}
          </span>
        )}
      </div>
      <div class="reading" data-testid="pinyin">
        <PinyinText syllables={result.reading} style={settings.toneStyle} colors={settings.toneColors} />
      </div>
      {entries.length === 0 ? (
        <p class="empty">Not in the dictionary.</p>
      ) : (
        <ul class="entries">
          {entries.map((entry, i) => (
            <EntryView key={i} entry={entry} settings={settings} showReading={!entry.readInContext} />
          ))}
        </ul>
      )}
      <SaveControl result={result} onSave={onSave} saveStatus={saveStatus} />
      <ListenControls onSpeak={onSpeak} speechStatus={speechStatus} />
      <div class="keys">
        Esc close · N/B next/previous word{onSpeak && ' · P/Shift+P listen to word/sentence'}
        {alternatives.length > 1 && ` · [ ] shorter/longer (${position + 1}/${alternatives.length})`}
      </div>
    </div>
  );
}
