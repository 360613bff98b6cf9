import type { MessageKey } from '../lib/i18n/translate.ts';
import type { CardEntry, LookupResult } from '../lib/lookup/word-lookup.ts';
import type { Settings } from '../lib/settings.ts';
import { useT } from './i18n.ts';
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
  /** Sends the word (saved first) to Anki; absent where it is not offered. */
  onAnki?: () => void;
  ankiStatus?: { kind: 'sending' | 'sent' | 'error'; message?: string } | null;
}

/** The kinds of the curated glossary (data/political-terms.tsv); a kind added there shows as written until named here. */
const KINDS: ReadonlyMap<string, MessageKey> = new Map([
  ['event', 'card.kind.event'],
  ['formulation', 'card.kind.formulation'],
  ['organization', 'card.kind.organization'],
  ['person', 'card.kind.person'],
  ['place', 'card.kind.place'],
  ['title', 'card.kind.title'],
]);

/** The entry's form where it is not the card's word (龢 among the entries of 和), or null. */
function formOf(entry: CardEntry, forms: LookupResult['forms']): string | null {
  if (entry.traditional !== forms.traditional) return entry.traditional;
  return entry.simplified === forms.simplified ? null : entry.simplified;
}

interface EntryProps {
  entry: CardEntry;
  form: string | null;
  settings: Props['settings'];
  showReading: boolean;
}

function EntryView({ entry, form, settings, showReading }: EntryProps) {
  const t = useT();
  const kindKey = entry.kind === undefined ? undefined : KINDS.get(entry.kind);
  const kind = kindKey ? t(kindKey) : entry.kind;
  return (
    <li class={`entry ${entry.source}`} data-testid="entry">
      {form && (
        <span class="entry-form" data-testid="entry-form" lang="zh">
          {form}
        </span>
      )}
      {showReading && (
        <div class="entry-reading" data-testid="entry-reading">
          <PinyinText syllables={entry.syllables} style={settings.toneStyle} colors={settings.toneColors} />
        </div>
      )}
      {entry.source === 'glossary' && (
        <span class="badge" data-testid="glossary-badge" title={t('card.glossaryTitle')}>
          {kind ? t('card.glossaryKind', { kind }) : t('card.glossary')}
        </span>
      )}
      <ol class="senses" data-testid="senses" lang="en">
        {entry.definitions.map((sense, i) => (
          <li key={i}>{sense}</li>
        ))}
      </ol>
      {entry.classifiers.length > 0 && <div class="meta">{t('card.measureWords', { words: entry.classifiers.join(t('common.listSeparator')) })}</div>}
      {entry.variants.length > 0 && <div class="meta">{entry.variants.join('; ')}</div>}
      {entry.attestation && <div class="meta attestation">{t('card.attested', { source: entry.attestation })}</div>}
    </li>
  );
}

/** Entries that define nothing (咊: old variant of 和), in one line under the entries. */
function FoldedEntries({ result }: { result: LookupResult }) {
  if (result.folded.length === 0) return null;
  return (
    <div class="meta" data-testid="folded">
      {result.folded.map((entry, i) => {
        const form = formOf(entry, result.forms);
        return (
          <span key={i}>
            {i > 0 && '; '}
            {form && <span lang="zh">{form} </span>}
            <span lang="en">{entry.variants.join(', ')}</span>
          </span>
        );
      })}
    </div>
  );
}

function SaveControl({ result, onSave, saveStatus }: Pick<Props, 'result' | 'onSave' | 'saveStatus'>) {
  const t = useT();
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
        {result.saved?.note ? t('card.inGlossaryNote', { note: result.saved.note }) : t('card.inGlossary')}
        {onSave && (
          <button type="button" class="save" onClick={onSave} title={t('card.addSentenceTitle')}>
            {t('card.addSentence')}
          </button>
        )}
      </div>
    );
  }
  return onSave ? (
    <button type="button" class="save" data-testid="save" disabled={saveStatus?.kind === 'saving'} onClick={onSave}>
      {t('card.save')}
    </button>
  ) : null;
}

function AnkiControl({ onAnki, ankiStatus }: Pick<Props, 'onAnki' | 'ankiStatus'>) {
  const t = useT();
  if (!onAnki) return null;
  return (
    <div class="anki">
      <button type="button" class="save" data-testid="send-anki" disabled={ankiStatus?.kind === 'sending'} onClick={onAnki}>
        {ankiStatus?.kind === 'sending' ? t('card.ankiSending') : t('card.anki')}
      </button>
      {ankiStatus?.message && (
        <p class={ankiStatus.kind === 'error' ? 'save-error' : 'saved'} role={ankiStatus.kind === 'error' ? 'alert' : 'status'} data-testid="anki-status">
          {ankiStatus.message}
        </p>
      )}
    </div>
  );
}

function ListenControls({ onSpeak, speechStatus }: Pick<Props, 'onSpeak' | 'speechStatus'>) {
  const t = useT();
  if (!onSpeak) return null;
  return (
    <>
      <div class="listen">
        <button type="button" class="speak" data-testid="speak-word" title={t('card.listenWordTitle')} onClick={() => onSpeak('word')}>
          {t('card.listenWord')}
        </button>
        <button
          type="button"
          class="speak"
          data-testid="speak-sentence"
          title={t('card.listenSentenceTitle')}
          onClick={() => onSpeak('sentence')}
        >
          {t('card.listenSentence')}
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

/** The hover card: the word in both scripts, its reading in this sentence, then every entry's senses. */
export function WordCard({ result, settings, onSave, saveStatus, onSpeak, speechStatus, onAnki, ankiStatus }: Props) {
  const t = useT();
  const { word, otherScript, entries, alternatives } = result;
  const position = alternatives.findIndex((span) => span.start === word.start && span.end === word.end);
  return (
    // The card speaks the reader's language; the word is marked with its script, the dictionary's senses as English.
    <div class="card" data-testid="card" lang={t.language}>
      <div class="head" lang={result.script === 'simplified' ? 'zh-Hans' : 'zh-Hant'}>
        <span class="headword" data-testid="headword">
          {word.text}
        </span>
        {otherScript && (
          <span
            class="other-script"
            data-testid="headword-other"
            lang={result.script === 'traditional' ? 'zh-Hans' : 'zh-Hant'}
            title={t(result.script === 'traditional' ? 'card.simplified' : 'card.traditional')}
          >
            {otherScript}
          </span>
        )}
      </div>
      <div class="reading" data-testid="pinyin">
        <PinyinText syllables={result.reading} style={settings.toneStyle} colors={settings.toneColors} />
      </div>
      {/* Only the senses scroll: in a short window the word, its reading and the actions stay in view. */}
      <div class="card-body" data-testid="card-body">
        {entries.length === 0 ? (
          <p class="empty">{t(result.folded.length === 0 ? 'card.notInDictionary' : 'card.noSenses')}</p>
        ) : (
          <ul class="entries">
            {entries.map((entry, i) => (
              <EntryView key={i} entry={entry} form={formOf(entry, result.forms)} settings={settings} showReading={!entry.readInContext} />
            ))}
          </ul>
        )}
        <FoldedEntries result={result} />
      </div>
      <SaveControl result={result} onSave={onSave} saveStatus={saveStatus} />
      <AnkiControl onAnki={onAnki} ankiStatus={ankiStatus} />
      <ListenControls onSpeak={onSpeak} speechStatus={speechStatus} />
      <div class="keys">
        {t('card.keys')}
        {onSpeak && t('card.keys.listen')}
        {onAnki && t('card.keys.anki')}
        {alternatives.length > 1 && t('card.keys.length', { position: position + 1, count: alternatives.length })}
      </div>
    </div>
  );
}
