import type { NameKind } from '../lib/terms/name-groups.ts';
import type { TermView } from '../lib/terms/terms-view.ts';

/** Where the Terms view stands. */
export type TermsState =
  | { status: 'waiting' }
  | { status: 'no-article' }
  | { status: 'done'; terms: TermView[]; withEnglish: boolean }
  | { status: 'failed'; message: string };

interface Props {
  state: TermsState;
  /** Terms being saved or just saved, by their Chinese. */
  saving: ReadonlySet<string>;
  onSave: (term: TermView) => void;
}

const GROUPS: { kind: NameKind | 'term'; heading: string }[] = [
  { kind: 'term', heading: 'Key terms' },
  { kind: 'person', heading: 'People' },
  { kind: 'place', heading: 'Places' },
  { kind: 'organization', heading: 'Organizations' },
];

/** A gloss at a glance: the first senses, not the dictionary's whole entry. */
const GLOSS_CHARACTERS = 80;

function shortGloss(gloss: string): string {
  return gloss.length <= GLOSS_CHARACTERS ? gloss : `${gloss.slice(0, GLOSS_CHARACTERS - 1)}…`;
}

function Term({ term, saving, onSave }: { term: TermView; saving: boolean; onSave: () => void }) {
  const saved = term.saved || saving;
  return (
    <li class="term" data-testid="article-term">
      <div class="term-head">
        <span lang="zh" class="hanzi">
          {term.zh}
        </span>{' '}
        <span class="pinyin">{term.pinyin}</span>
        <button type="button" class="save" disabled={saved} aria-label={saved ? `${term.zh} is in your glossary` : `Save ${term.zh}`} onClick={onSave}>
          {saved ? 'Saved' : 'Save'}
        </button>
      </div>
      {term.english && <div lang="en">{term.english}</div>}
      {!term.english && term.gloss && <div class="gloss">{shortGloss(term.gloss)}</div>}
      {term.pairs.map((pair) => (
        <details key={pair.en} class="pair" data-testid="term-pair">
          <summary>
            In the English: <span lang="en">{pair.en}</span>
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
  switch (state.status) {
    case 'waiting':
      return <p role="status">Reading the article’s terms…</p>;
    case 'no-article':
      return <p>This page has no Chinese article to take terms from.</p>;
    case 'failed':
      return <p role="alert">{state.message}</p>;
    case 'done':
      return (
        <div class="terms-view">
          <p class="hint">
            {state.withEnglish
              ? 'Terms of this article, with the English the aligned coverage renders them with.'
              : 'Terms of this article. No English coverage was found, so there are no English pairs.'}
          </p>
          {GROUPS.map(({ kind, heading }) => {
            const terms = state.terms.filter((term) => term.kind === kind);
            if (terms.length === 0) return null;
            return (
              <section key={kind} aria-label={heading}>
                <h2>{heading}</h2>
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
