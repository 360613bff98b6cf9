import { useState } from 'preact/hooks';
import type { Locale } from '../lib/convert/locales.ts';
import { MAX_SITE_RULES, parseHostPattern, type SiteRule } from '../lib/settings.ts';
import { Choice } from './Choice.tsx';
import { useT } from './i18n.ts';
import { TARGETS } from './PopupView.tsx';

interface Props {
  rules: readonly SiteRule[];
  onChange: (rules: SiteRule[]) => void;
}

/** "Always convert this site": a table of host patterns and targets, with a form to add one. */
export function SiteRulesEditor({ rules, onChange }: Props) {
  const t = useT();
  const [host, setHost] = useState('');
  const [target, setTarget] = useState<Locale>('cn');
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const pattern = parseHostPattern(host);
    if (!pattern) {
      setProblem(t('siteRules.badHost', { host }));
      return;
    }
    if (rules.length >= MAX_SITE_RULES && !rules.some((rule) => rule.host === pattern)) {
      setProblem(t('siteRules.tooMany', { max: MAX_SITE_RULES }));
      return;
    }
    onChange([...rules.filter((rule) => rule.host !== pattern), { host: pattern, target }]);
    setHost('');
    setProblem(null);
  };

  return (
    <section aria-labelledby="site-rules-heading">
      <h2 id="site-rules-heading">{t('siteRules.heading')}</h2>
      {rules.length === 0 ? (
        <p class="hint">{t('siteRules.none')}</p>
      ) : (
        <table class="rules">
          <thead>
            <tr>
              <th scope="col">{t('common.site')}</th>
              <th scope="col">{t('siteRules.target')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('common.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.host}>
                <td>{rule.host}</td>
                <td>{TARGETS.find((option) => option.value === rule.target)?.label ?? rule.target}</td>
                <td>
                  <button type="button" aria-label={t('common.removeNamed', { name: rule.host })} onClick={() => onChange(rules.filter((other) => other !== rule))}>
                    {t('common.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        class="add-rule"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label>
          {t('common.site')}
          <input name="host" value={host} placeholder={t('siteRules.placeholder')} onInput={(event) => setHost(event.currentTarget.value)} />
        </label>
        <Choice name="target" label={t('siteRules.convertTo')} value={target} options={TARGETS} onChange={setTarget} />
        <button type="submit">{t('common.add')}</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
