import type { MessageKey } from '../lib/i18n/translate.ts';
import type { NameKind } from '../lib/terms/name-groups.ts';
import type { TermView } from '../lib/terms/terms-view.ts';
import { useT } from './i18n.ts';

/** Where the Terms view stands. */
export type TermsState =
  | { status: 'waiting' }
  | { status: 'no-article' }
  | { status: 'done'; terms: TermView[]; withEnglish: boolean }
  | { status: 'failed'; reason: string };

interface Props {
  state: TermsState;
  /** Terms being saved or just saved, by their Chinese. */
  saving: ReadonlySet<string>;
  onSave: (term: TermView) => void;
}

const GROUPS: { kind: NameKind | 'term'; heading: MessageKey }[] = [
  { kind: 'term', heading: 'terms.group.term' },
  { kind: 'person', heading: 'terms.group.person' },
  { kind: 'place', heading: 'terms.group.place' },
  { kind: 'organization', heading: 'terms.group.organization' },
];

/** A gloss at a glance: the first senses, not the dictionary's whole entry. */
const GLOSS_CHARACTERS = 80;

function shortGloss(gloss: string): string {
  return gloss.length <= GLOSS_CHARACTERS ? gloss : `${gloss.slice(0, GLOSS_CHARACTERS - 1)}…`;
}

function Term({ term, saving, onSave }: { term: TermView; saving: boolean; onSave: () => void }) {
  const t = useT();
  const saved = term.saved || saving;
  return (
    <li class="term" data-testid="article-term">
      <div class="term-head">
        <span lang="zh" class="hanzi">
          {term.zh}
        </span>{' '}
        <span class="pinyin">{term.pinyin}</span>
        <button
          type="button"
          class="save"
          disabled={saved}
          aria-label={t(saved ? 'terms.savedNamed' : 'terms.saveNamed', { term: term.zh })}
          onClick={onSave}
        >
          {t(saved ? 'terms.saved' : 'common.save')}
        </button>
      </div>
      {term.english && <div lang="en">{term.english}</div>}
      {!term.english && term.gloss && <div class="gloss">{shortGloss(term.gloss)}</div>}
      {term.pairs.map((pair) => (
        <details key={pair.en} class="pair" data-testid="term-pair">
          <summary>
            {t('terms.inEnglish')} <span lang="en">{pair.en}</span>
          </summary>
          {pair.evidence.map((evidence, i) => (
            <blockquote key={i}>
              <p lang="zh">{evidence.chinese}</p>
              {evidence.english && <p lang="en">{evidence.english}</p>}
            </blockquote>
          ))}
        </details>
      ))}
    </li>
  );
}

/** The popup's Terms tab: what a reader of this article needs, and how the English press rendered it. */
export function TermsView({ state, saving, onSave }: Props) {
  const t = useT();
  switch (state.status) {
    case 'waiting':
      return <p role="status">{t('terms.waiting')}</p>;
    case 'no-article':
      return <p>{t('terms.noArticle')}</p>;
    case 'failed':
      return <p role="alert">{t('terms.failed', { reason: state.reason })}</p>;
    case 'done':
      return (
        <div class="terms-view">
          <p class="hint">
            {t(state.withEnglish ? 'terms.withEnglish' : 'terms.withoutEnglish')}
          </p>
          {GROUPS.map(({ kind, heading }) => {
            const terms = state.terms.filter((term) => term.kind === kind);
            if (terms.length === 0) return null;
            return (
              <section key={kind} aria-label={t(heading)}>
                <h2>{t(heading)}</h2>
                <ul class="terms">
                  {terms.map((term) => (
                    <Term key={term.zh} term={term} saving={saving.has(term.zh)} onSave={() => onSave(term)} />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      );
  }
}
