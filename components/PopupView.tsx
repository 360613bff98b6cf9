import type { Locale } from '../lib/convert/locales.ts';
import type { MessageKey } from '../lib/i18n/translate.ts';
import type { DictionaryInfo, PageState } from '../lib/messages.ts';
import { useT } from './i18n.ts';

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
  /** The reader's choice to read a Japanese page as Chinese. */
  onTreatAsChinese: () => void;
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

function hoverStatus(page: PageState | null): MessageKey {
  if (!page) return 'popup.hover.noPage';
  if (page.japanese) return 'popup.hover.japanese';
  if (!page.hasChinese) return 'popup.hover.noChinese';
  return page.enabled ? 'popup.hover.on' : 'popup.hover.off';
}

/**
 * The popup's page tab: this tab's hover switch, page conversion, and where the dictionary stands. A Japanese page
 * offers none of them, only the choice to treat it as Chinese.
 */
export function PopupView(props: Props) {
  const t = useT();
  const { page, dictionary, shortcuts, siteRule, busy, error } = props;
  const ruleTarget = siteRule ?? page?.conversion ?? null;
  const japanese = page?.japanese ?? false;
  return (
    <>
      <label class="switch">
        <input
          type="checkbox"
          data-testid="hover-toggle"
          disabled={!page || japanese}
          checked={page?.enabled ?? false}
          onChange={(event) => props.onToggleHover(event.currentTarget.checked)}
        />
        {t('popup.hover.switch')}
      </label>
      <p class="status" data-testid="hover-status">
        {t(hoverStatus(page))}
      </p>
      {japanese && (
        <button type="button" data-testid="treat-as-chinese" disabled={busy} onClick={props.onTreatAsChinese}>
          {t('popup.japanese.treatAsChinese')}
        </button>
      )}
      {shortcuts.hover && <p class="hint">{t('popup.shortcut', { keys: shortcuts.hover })}</p>}
      <label class="switch">
        <input
          type="checkbox"
          data-testid="pinyin-toggle"
          disabled={!page?.hasChinese}
          checked={page?.pinyin ?? false}
          onChange={(event) => props.onTogglePinyin(event.currentTarget.checked)}
        />
        {t('popup.pinyin.switch')}
      </label>
      {shortcuts.pinyin && <p class="hint">{t('popup.shortcut', { keys: shortcuts.pinyin })}</p>}
      <section aria-labelledby="convert-heading">
        <h2 id="convert-heading">{t('popup.convert.heading')}</h2>
        <div class="buttons" role="group" aria-label={t('popup.convert.group')}>
          {TARGETS.map(({ value, label, lang }) => (
            <button
              key={value}
              type="button"
              lang={lang}
              data-testid={`convert-${value}`}
              aria-pressed={page?.conversion === value}
              disabled={!page || busy || japanese}
              onClick={() => props.onConvert(value)}
            >
              {label}
            </button>
          ))}
          <button type="button" data-testid="convert-original" aria-pressed={page !== null && page.conversion === null} disabled={!page || busy || japanese} onClick={() => props.onConvert(null)}>
            {t('popup.convert.original')}
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
            {ruleTarget
              ? t('popup.siteRule', { host: page.host, target: TARGETS.find((target) => target.value === ruleTarget)?.label ?? ruleTarget })
              : t('popup.siteRule.first', { host: page.host })}
          </label>
        )}
        {shortcuts.convert && <p class="hint">{t('popup.shortcut', { keys: shortcuts.convert })}</p>}
      </section>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {dictionary && (
        <p class="hint" data-testid="dictionary-info">
          {t('popup.dictionary', { headwords: dictionary.keys, terms: dictionary.glossaryTerms })}
        </p>
      )}
      <button type="button" onClick={props.onOpenOptions}>
        {t('popup.settings')}
      </button>
    </>
  );
}
