import { readFileSync } from 'node:fs';
import { Dictionary } from '../lib/dictionary/dictionary.ts';
import { GLOSSARY_VERSION, parseTerm, termId, type Glossary, type GlossaryTerm } from '../lib/glossary/term.ts';
import { readDictionaryFiles } from '../lib/node/dictionary-files.ts';
import { FIXTURE_PAGES_DIR } from '../test/e2e/harness/fixture-server.ts';

/**
 * A reader's glossary of `count` terms for the benchmark: the dictionary's most frequent words of two or more
 * characters (so many of them stand on the seed page, as the words a reader of such pages saves would), with their
 * CC-CEDICT reading and senses, two or three contexts each (the third a sentence of the seed page that has the word,
 * when there is one), and tags and notes on some: about 600 bytes a term, 6 MB in all.
 */
const TAGS = ['politics', 'economy', 'chengyu', 'review', 'hsk5', 'law'];

function seedSentences(): string[] {
  const html = readFileSync(`${FIXTURE_PAGES_DIR}seed-traditional.html`, 'utf8');
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '\n');
  return text.split(/(?<=[。！？])|\n/).map((sentence) => sentence.trim()).filter((sentence) => /\p{Script=Han}{4}/u.test(sentence));
}

export function benchGlossary(count: number, now: number): Glossary {
  const files = readDictionaryFiles();
  const dictionary = new Dictionary(files);
  const sentences = seedSentences();
  const words = files.keys
    .split('\n')
    .filter((word) => Array.from(word).length >= 2 && /^\p{Script=Han}+$/u.test(word))
    .map((word) => ({ word, frequency: dictionary.frequency(word) ?? 0 }))
    .sort((a, b) => b.frequency - a.frequency);
  const terms: GlossaryTerm[] = [];
  const seen = new Set<string>();
  for (const { word } of words) {
    if (terms.length === count) break;
    const entry = dictionary.lookup(word)[0];
    if (!entry) continue;
    const id = termId(entry.simplified, entry.traditional);
    if (seen.has(id)) continue;
    const i = terms.length;
    const savedAt = now - (count - i) * 60_000;
    const onPage = sentences.find((sentence) => sentence.includes(entry.traditional) || sentence.includes(entry.simplified));
    const contexts = [
      { sentence: `记者报道，${entry.simplified}成为今天的关键词之一。`, url: `https://news.example.cn/2026/${i}.html`, title: `新闻第${i}篇`, savedAt },
      {
        sentence: `评论员指出，${entry.simplified}一词在第${i}期的报道里多次出现，值得关注。`,
        alignedEnglish: `Commentators noted that the word appeared several times in issue ${i}.`,
        url: `https://opinion.example.com/${i}`,
        title: `评论 ${i}`,
        savedAt: savedAt + 500,
      },
      ...(onPage ? [{ sentence: onPage, url: 'https://www.news.cn/politics/seed.html', title: '社會工作', pageDate: '2024-11-05', savedAt: savedAt + 1000 }] : []),
    ];
    const term = parseTerm({
      simplified: entry.simplified,
      traditional: entry.traditional,
      syllables: entry.syllables,
      senses: entry.senses.slice(0, 4),
      note: i % 5 === 0 ? `Seen in the ${i}th article; compare with related terms.` : '',
      tags: TAGS.filter((_, t) => i % (t + 2) === 0),
      contexts,
      createdAt: savedAt,
      updatedAt: savedAt,
    });
    if (!term) continue;
    seen.add(id);
    terms.push(term);
  }
  if (terms.length < count) throw new Error(`only ${terms.length} usable dictionary words for a glossary of ${count}`);
  return { version: GLOSSARY_VERSION, terms };
}
