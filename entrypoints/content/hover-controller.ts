import type { ComponentProps } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ankiMessage } from '../../components/anki-message.ts';
import type { WordCard } from '../../components/WordCard.tsx';
import { termId } from '../../lib/glossary/term.ts';
import { isHan } from '../../lib/han.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { cardTerm } from '../../lib/lookup/card-term.ts';
import type { LookupRequest, LookupResult, WordSpan } from '../../lib/lookup/word-lookup.ts';
import type { HoverModifier, Settings } from '../../lib/settings.ts';
import { sendToBackground } from '../../platform/messaging.ts';
import { mandarinRegionFor, speakChinese, type SpeechResult } from '../../platform/speech.ts';
import { settingsTranslator } from '../../platform/ui-language.ts';
import { textPointAt, type TextPoint } from './caret-at-point.ts';
import { CardLayer } from './card-layer.tsx';
import type { LookupClient } from './lookup-client.ts';
import { declaredSource } from './page-conversion.ts';
import { SelectionSaver } from './selection-saver.tsx';
import { rangesFor, sentenceOf, textWindowAt, type TextWindow } from './text-window.ts';
import { errorMessage } from '../../lib/error-message.ts';

interface Shown {
  window: TextWindow;
  /** The character the reader pointed at: longer and shorter matches must keep covering it. */
  index: number;
  result: LookupResult;
  rects: DOMRect[];
}

type SaveStatus = { kind: 'saving' | 'saved' | 'error'; message?: string };
type SpeechStatus = { kind: 'error' | 'note'; message: string };
type CardActions = Pick<ComponentProps<typeof WordCard>, 'onSave' | 'saveStatus' | 'onSpeak' | 'speechStatus' | 'onAnki' | 'ankiStatus'>;
type AnkiStatus = NonNullable<CardActions['ankiStatus']>;

interface Pending {
  window: TextWindow;
  request: LookupRequest;
}

const MODIFIER_HELD: Record<Exclude<HoverModifier, 'none'>, (event: MouseEvent | KeyboardEvent) => boolean> = {
  alt: (event) => event.altKey,
  ctrl: (event) => event.ctrlKey,
  shift: (event) => event.shiftKey,
};

const CLIENT_CACHE_SIZE = 200;

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** What the card says about the last attempt to speak: nothing when it went as asked. */
function speechNotice(spoken: SpeechResult | null, t: Translate): SpeechStatus | null {
  if (spoken === null) return null;
  if (spoken.ok) return spoken.cantoneseOnly ? { kind: 'note', message: t('speech.cantoneseOnly') } : null;
  const { problem } = spoken;
  switch (problem.code) {
    case 'no-speech':
      return { kind: 'error', message: t('speech.noSpeech') };
    case 'no-mandarin-voice':
      return { kind: 'error', message: t('speech.noMandarinVoice') };
    case 'failed':
      return { kind: 'error', message: t('speech.failed', { error: problem.error }) };
  }
}

function requestKey(request: LookupRequest): string {
  return `${request.index}|${request.span?.start ?? ''}-${request.span?.end ?? ''}|${request.text}`;
}

/**
 * Hover lookups in one frame: follows the pointer (one lookup in flight, only the newest waiting, so a sweeping
 * mouse leaves no queue of stale lookups), shows the card, and handles its keys.
 */
export class HoverController {
  private readonly layer = new CardLayer();
  /** Where the reader writes the gloss of a word the dictionary defines nowhere, before it is saved. */
  private readonly glossDialog = new SelectionSaver(document);
  private readonly cache = new Map<string, LookupResult | null>();
  private enabled: boolean;
  private pointer: { x: number; y: number; event: MouseEvent } | null = null;
  private lastPoint: TextPoint | null = null;
  private shown: Shown | null = null;
  private inFlight = false;
  private pending: Pending | null = null;
  private generation = 0;
  private saveStatus: SaveStatus | null = null;
  private ankiStatus: AnkiStatus | null = null;
  private spoken: SpeechResult | null = null;
  /** The card speaks the reader's interface language, which follows the settings. */
  private t: Translate;

  constructor(
    private readonly ctx: ContentScriptContext,
    private settings: Settings,
    /** Answers the card's lookups: in the page once it can, else the background. */
    private readonly lookups: LookupClient,
    /** Told after the reader saved a word from the card. */
    private readonly onSaved: () => void = () => undefined,
    /** Text the card leaves alone (Japanese): the node under the pointer, its text window and the pointed character. */
    private readonly leftAlone: (node: Text, text: string, index: number) => boolean = () => false,
  ) {
    this.enabled = settings.hoverEnabled;
    this.t = settingsTranslator(settings);
    ctx.addEventListener(document, 'mousemove', (event) => this.onMouseMove(event), { passive: true, capture: true });
    ctx.addEventListener(window, 'keydown', (event) => this.onKeyDown(event), { capture: true });
    ctx.addEventListener(window, 'scroll', () => this.hide(), { passive: true, capture: true });
    ctx.addEventListener(window, 'resize', () => this.hide(), { passive: true });
    ctx.addEventListener(window, 'blur', () => this.hide());
    ctx.addEventListener(document, 'mousedown', (event) => {
      if (!this.layer.contains(event.target as Node | null)) this.hide();
    }, { capture: true });
    ctx.onInvalidated(() => {
      this.layer.destroy();
      this.glossDialog.close();
    });
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) this.hide();
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.t = settingsTranslator(settings);
    this.cache.clear();
  }

  hide(): void {
    this.generation++;
    this.pending = null;
    this.shown = null;
    this.lastPoint = null;
    this.layer.hide();
  }

  /**
   * Handled at once rather than on the next animation frame: waiting for a frame before sending the lookup puts
   * the card a whole frame later. The caret test is cheap, and lookups do not pile up (one in flight, one waiting).
   */
  private onMouseMove(event: MouseEvent): void {
    // Page script can dispatch mouse and key events of its own: only the reader's drive the card.
    if (!this.enabled || !event.isTrusted) return;
    this.pointer = { x: event.clientX, y: event.clientY, event };
    this.handlePointer();
  }

  private modifierHeld(event: MouseEvent | KeyboardEvent): boolean {
    const modifier = this.settings.hoverModifier;
    return modifier === 'none' || MODIFIER_HELD[modifier](event);
  }

  private pointerOverShown(x: number, y: number): boolean {
    return this.shown?.rects.some((rect) => x >= rect.left && x < rect.right && y >= rect.top && y < rect.bottom) ?? false;
  }

  private handlePointer(): void {
    const pointer = this.pointer;
    if (!pointer || this.ctx.isInvalid) return;
    const { x, y, event } = pointer;
    if (this.layer.contains(event.target as Node | null)) return;
    if (!this.modifierHeld(event)) {
      if (this.shown && !this.pointerOverShown(x, y)) this.hide();
      return;
    }
    const point = textPointAt(x, y);
    if (!point || this.layer.contains(point.node)) {
      if (this.shown && !this.pointerOverShown(x, y)) this.hide();
      return;
    }
    if (this.lastPoint?.node === point.node && this.lastPoint.offset === point.offset) return;
    this.lastPoint = point;
    const char = String.fromCodePoint(point.node.data.codePointAt(point.offset) ?? 0);
    if (!isHan(char)) {
      this.hide();
      return;
    }
    const window = textWindowAt(point.node, point.offset);
    if (this.leftAlone(point.node, window.text, window.index)) {
      this.hide();
      return;
    }
    this.request(window, { text: window.text, index: window.index });
  }

  private request(window: TextWindow, request: LookupRequest): void {
    const key = requestKey(request);
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.pending = null;
      this.generation++;
      this.render(window, request.index, cached);
      return;
    }
    if (this.inFlight) {
      this.pending = { window, request };
      return;
    }
    this.inFlight = true;
    const generation = ++this.generation;
    this.lookups
      .lookup(request)
      .then((result) => {
        this.remember(key, result);
        if (generation === this.generation && !this.pending) this.render(window, request.index, result);
      })
      .catch(() => {
        // The extension was reloaded or the lookup failed: show nothing rather than a stale or broken card.
        if (generation === this.generation) this.layer.hide();
      })
      .finally(() => {
        this.inFlight = false;
        const next = this.pending;
        this.pending = null;
        if (next && !this.ctx.isInvalid) this.request(next.window, next.request);
      });
  }

  private remember(key: string, result: LookupResult | null): void {
    // Asked again next time, when the background will know whether the word is saved.
    if (result && !result.savedKnown) return;
    this.cache.set(key, result);
    if (this.cache.size > CLIENT_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value ?? key);
  }

  private render(window: TextWindow, index: number, result: LookupResult | null): void {
    if (!result) {
      this.shown = null;
      this.layer.hide();
      return;
    }
    const rects = rangesFor(window, result.word.start, result.word.end).flatMap((range) => Array.from(range.getClientRects()));
    if (rects.length === 0) {
      this.hide();
      return;
    }
    this.shown = { window, index, result, rects };
    this.saveStatus = null;
    this.ankiStatus = null;
    this.spoken = null;
    this.paint();
  }

  private paint(): void {
    if (!this.shown) return;
    const { result, rects } = this.shown;
    const actions: CardActions = {
      onSave: () => void this.save(),
      saveStatus: this.saveStatus,
      onSpeak: (what) => void this.speak(what),
      speechStatus: speechNotice(this.spoken, this.t),
      onAnki: () => void this.sendToAnki(),
      ankiStatus: this.ankiStatus,
    };
    this.layer.show(result, this.settings, rects, this.t, actions);
  }

  /**
   * Speaks the shown word or its sentence in a Mandarin voice of the page's region (its declared `lang`, which
   * follows a conversion, else the word's script), and tells on the card when no such voice is installed.
   */
  private async speak(what: 'word' | 'sentence'): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    const text = what === 'word' ? shown.result.word.text : sentenceOf(shown.window);
    const region = mandarinRegionFor(declaredSource(document.documentElement.getAttribute('lang')), shown.result.script);
    const spoken = await speakChinese(text, region);
    if (this.shown !== shown) return;
    const before = speechNotice(this.spoken, this.t)?.message;
    this.spoken = spoken;
    if (speechNotice(spoken, this.t)?.message === before) return;
    this.paint();
  }

  /**
   * Saves the shown word, with the sentence it was found in, into the glossary (kept by the background): the entry
   * the card leads with, or, for a word the dictionary defines nowhere, the reader's own gloss asked for first.
   */
  private async save(): Promise<void> {
    const shown = this.shown;
    if (!shown || this.saveStatus?.kind === 'saving') return;
    const { result, window } = shown;
    const term = cardTerm(result);
    if (term.senses.length === 0) {
      // The dialog takes the keys from here on: the card must not act on what the reader types there.
      this.hide();
      await this.glossDialog.openForCard(result, sentenceOf(window), () => {
        this.cache.clear();
        this.onSaved();
      });
      return;
    }
    this.saveStatus = { kind: 'saving' };
    this.paint();
    try {
      const saved = await sendToBackground({
        type: 'glossarySave',
        payload: {
          ...term,
          note: '',
          tags: [],
          context: { sentence: sentenceOf(window), url: location.href, title: document.title },
        },
      });
      if (this.shown !== shown) return;
      shown.result = { ...result, saved: { note: saved.note } };
      this.saveStatus = { kind: 'saved' };
      // Cards shown from now on must say the word is saved.
      this.cache.clear();
      this.onSaved();
    } catch (error) {
      if (this.shown !== shown) return;
      this.saveStatus = { kind: 'error', message: this.t('common.notSaved', { reason: errorMessage(error) }) };
    }
    this.paint();
  }

  /** Sends the shown word to Anki through the background, saving it into the glossary first when it is not there. */
  private async sendToAnki(): Promise<void> {
    const shown = this.shown;
    if (!shown || this.ankiStatus?.kind === 'sending') return;
    if (!shown.result.saved) await this.save();
    // A failed save, or a word waiting for the reader's gloss, is not sent.
    if (this.shown !== shown || !shown.result.saved) return;
    const { simplified, traditional } = cardTerm(shown.result);
    this.ankiStatus = { kind: 'sending' };
    this.paint();
    try {
      const report = await sendToBackground({ type: 'ankiSendWord', payload: { id: termId(simplified, traditional) } });
      if (this.shown !== shown) return;
      this.ankiStatus = ankiMessage(this.t, report);
    } catch (error) {
      if (this.shown !== shown) return;
      this.ankiStatus = { kind: 'error', message: errorMessage(error) };
    }
    this.paint();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.enabled || !event.isTrusted) return;
    if (!this.shown) {
      // Pressing the hover modifier over a word looks it up without waiting for the pointer to move.
      if (this.settings.hoverModifier !== 'none' && this.modifierHeld(event) && this.pointer) {
        this.lastPoint = null;
        this.handlePointer();
      }
      return;
    }
    if (isEditable(event.target) || event.ctrlKey || event.metaKey) return;
    const { window, result, index } = this.shown;
    let handled = true;
    switch (event.key) {
      case 'Escape':
        this.hide();
        break;
      case 'n':
      case 'N':
        if (result.nextStart !== null) this.request(window, { text: window.text, index: result.nextStart });
        break;
      case 'b':
      case 'B':
        if (result.previousStart !== null) this.request(window, { text: window.text, index: result.previousStart });
        break;
      case 's':
      case 'S':
        void this.save();
        break;
      case 'a':
      case 'A':
        void this.sendToAnki();
        break;
      // With Shift as the hover modifier, P comes with Shift held: that reads the sentence.
      case 'p':
      case 'P':
        void this.speak(event.shiftKey ? 'sentence' : 'word');
        break;
      case '[':
      case ']':
        this.stepLength(window, index, result, event.key === ']' ? 1 : -1);
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  private stepLength(window: TextWindow, index: number, result: LookupResult, direction: 1 | -1): void {
    const spans: WordSpan[] = result.alternatives;
    const current = spans.findIndex((span) => span.start === result.word.start && span.end === result.word.end);
    const target = spans[current + direction];
    if (!target) return;
    this.request(window, { text: window.text, index, span: { start: target.start, end: target.end } });
  }
}
