import { useState } from 'preact/hooks';
import type { Locale } from '../lib/convert/locales.ts';
import { MAX_SITE_RULES, parseHostPattern, type SiteRule } from '../lib/settings.ts';
import { Choice } from './Choice.tsx';
import { TARGETS } from './PopupView.tsx';

interface Props {
  rules: readonly SiteRule[];
  onChange: (rules: SiteRule[]) => void;
}

/** "Always convert this site": a table of host patterns and targets, with a form to add one. */
export function SiteRulesEditor({ rules, onChange }: Props) {
  const [host, setHost] = useState('');
  const [target, setTarget] = useState<Locale>('cn');
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const pattern = parseHostPattern(host);
    if (!pattern) {
      setProblem(`"${host}" is not a host name (example.com) or a pattern (*.example.com).`);
      return;
    }
    if (rules.length >= MAX_SITE_RULES && !rules.some((rule) => rule.host === pattern)) {
      setProblem(`At most ${MAX_SITE_RULES} site rules.`);
      return;
    }
    onChange([...rules.filter((rule) => rule.host !== pattern), { host: pattern, target }]);
    setHost('');
    setProblem(null);
  };

  return (
    <section aria-labelledby="site-rules-heading">
      <h2 id="site-rules-heading">Sites converted on every visit</h2>
      {rules.length === 0 ? (
        <p class="hint">None yet. Add one here or from the popup on the site.</p>
      ) : (
        <table class="rules">
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Converted to</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.host}>
                <td>{rule.host}</td>
                <td>{TARGETS.find((option) => option.value === rule.target)?.label ?? rule.target}</td>
                <td>
                  <button type="button" aria-label={`Remove ${rule.host}`} onClick={() => onChange(rules.filter((other) => other !== rule))}>
                    Remove
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
          Site
          <input name="host" value={host} placeholder="www.example.com or *.example.com" onInput={(event) => setHost(event.currentTarget.value)} />
        </label>
        <Choice name="target" label="Convert to" value={target} options={TARGETS} onChange={setTarget} />
        <button type="submit">Add</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
