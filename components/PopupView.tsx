import type { Locale } from '../lib/convert/locales.ts';
import type { DictionaryInfo, PageState } from '../lib/messages.ts';

interface Props {
  /** Null when this tab has no Duizhao content script (a browser page, the web store, a PDF). */
  page: PageState | null;
  dictionary: DictionaryInfo | null;
  shortcuts: { hover: string | null; convert: string | null; pinyin: string | null };
  /** The site's "always convert" rule, if any. */
  siteRule: Locale | null;
  busy: boolean;
  error: string | null;
  onToggleHover: (enabled: boolean) => void;
  onTogglePinyin: (shown: boolean) => void;
  onConvert: (to: Locale | null) => void;
  onSiteRule: (target: Locale | null) => void;
  onOpenOptions: () => void;
}

export const TARGETS: { value: Locale; label: string; lang: string }[] = [
  { value: 'cn', label: '简体', lang: 'zh-Hans' },
  { value: 'tw', label: '繁體 (台灣)', lang: 'zh-Hant' },
  { value: 'hk', label: '繁體 (香港)', lang: 'zh-HK' },
  { value: 't', label: '繁體 (OpenCC)', lang: 'zh-Hant' },
];

function hoverStatus(page: PageState | null): string {
  if (!page) return 'Duizhao cannot read this page (browser pages and extension stores are off limits).';
  if (!page.hasChinese) return 'No Chinese text found on this page yet.';
  return page.enabled ? 'Hover over a Chinese word to see its reading and senses.' : 'Hover lookups are off in this tab.';
}

/** The popup's page tab: this tab's hover switch, page conversion, and where the dictionary stands. */
export function PopupView(props: Props) {
  const { page, dictionary, shortcuts, siteRule, busy, error } = props;
  const ruleTarget = siteRule ?? page?.conversion ?? null;
  return (
    <>
      <label class="switch">
        <input
          type="checkbox"
          data-testid="hover-toggle"
          disabled={!page}
          checked={page?.enabled ?? false}
          onChange={(event) => props.onToggleHover(event.currentTarget.checked)}
        />
        Word cards on hover in this tab
      </label>
      <p class="status" data-testid="hover-status">
        {hoverStatus(page)}
      </p>
      {shortcuts.hover && <p class="hint">Shortcut: {shortcuts.hover}</p>}
      <label class="switch">
        <input
          type="checkbox"
          data-testid="pinyin-toggle"
          disabled={!page?.hasChinese}
          checked={page?.pinyin ?? false}
          onChange={(event) => props.onTogglePinyin(event.currentTarget.checked)}
        />
        Pinyin over the text
      </label>
      {shortcuts.pinyin && <p class="hint">Shortcut: {shortcuts.pinyin}</p>}
      <section aria-labelledby="convert-heading">
        <h2 id="convert-heading">Convert this page</h2>
        <div class="buttons" role="group" aria-label="Convert this page to">
          {TARGETS.map(({ value, label, lang }) => (
            <button
              key={value}
              type="button"
              lang={lang}
              data-testid={`convert-${value}`}
              aria-pressed={page?.conversion === value}
              disabled={!page || busy}
              onClick={() => props.onConvert(value)}
            >
              {label}
            </button>
          ))}
          <button type="button" data-testid="convert-original" aria-pressed={page !== null && page.conversion === null} disabled={!page || busy} onClick={() => props.onConvert(null)}>
            Original
          </button>
        </div>
        {page && page.host && (
          <label>
            <input
              type="checkbox"
              data-testid="site-rule"
              checked={siteRule !== null}
              disabled={ruleTarget === null}
              onChange={(event) => props.onSiteRule(event.currentTarget.checked ? ruleTarget : null)}
            />
            Always convert {page.host}
            {ruleTarget ? ` to ${TARGETS.find((target) => target.value === ruleTarget)?.label ?? ruleTarget}` : ' (convert it first)'}
          </label>
        )}
        {shortcuts.convert && <p class="hint">Shortcut: {shortcuts.convert}</p>}
      </section>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {dictionary && (
        <p class="hint" data-testid="dictionary-info">
          Dictionary: {dictionary.keys.toLocaleString('en')} headwords, {dictionary.glossaryTerms} curated terms.
        </p>
      )}
      <button type="button" onClick={props.onOpenOptions}>
        Settings
      </button>
    </>
  );
}
