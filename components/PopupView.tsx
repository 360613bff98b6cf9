import type { DictionaryInfo, HoverState } from '../lib/messages.ts';

interface Props {
  /** Null when this tab has no Duizhao content script (a browser page, the web store, a PDF). */
  hover: HoverState | null;
  dictionary: DictionaryInfo | null;
  shortcut: string | null;
  onToggleHover: (enabled: boolean) => void;
  onOpenOptions: () => void;
}

function hoverStatus(hover: HoverState | null): string {
  if (!hover) return 'Duizhao cannot read this page (browser pages and extension stores are off limits).';
  if (!hover.hasChinese) return 'No Chinese text found on this page yet.';
  return hover.enabled ? 'Hover over a Chinese word to see its reading and senses.' : 'Hover lookups are off in this tab.';
}

/** The toolbar popup: this tab's hover switch and where the dictionary stands. */
export function PopupView({ hover, dictionary, shortcut, onToggleHover, onOpenOptions }: Props) {
  return (
    <main class="popup">
      <h1>Duizhao 对照</h1>
      <label class="switch">
        <input
          type="checkbox"
          data-testid="hover-toggle"
          disabled={!hover}
          checked={hover?.enabled ?? false}
          onChange={(event) => onToggleHover(event.currentTarget.checked)}
        />
        Word cards on hover in this tab
      </label>
      <p class="status" data-testid="hover-status">
        {hoverStatus(hover)}
      </p>
      {shortcut && <p class="hint">Shortcut: {shortcut}</p>}
      {dictionary && (
        <p class="hint" data-testid="dictionary-info">
          Dictionary: {dictionary.keys.toLocaleString('en')} headwords, {dictionary.glossaryTerms} curated terms.
        </p>
      )}
      <button type="button" onClick={onOpenOptions}>
        Settings
      </button>
    </main>
  );
}
