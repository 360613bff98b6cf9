import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { exportAnki } from './glossary/export-anki.ts';
import { exportCsv } from './glossary/export-csv.ts';
import { exportJson } from './glossary/export-json.ts';
import { exportPleco } from './glossary/export-pleco.ts';
import { GLOSSARY_VERSION } from './glossary/term.ts';
import { ALL_TERMS, HOSTILE_TERMS, T0 } from './glossary/test-fixtures.ts';
import { PROJECT_ROOT } from './node/project-root.ts';

/** The CLI's output formats are contracts: these run it as people and benchmarks do. */
function cli(args: string[], input = ''): string {
  return execFileSync('npx', ['tsx', 'lib/cli.ts', ...args], { cwd: PROJECT_ROOT, input, encoding: 'utf8' });
}

// Each case starts Node and tsx, and loads the dictionary: seconds on a busy machine.
describe('duizhao CLI', { timeout: 60_000 }, () => {
  it('pinyin --json: one array per line, one element per code point, v for ü, null for non-Han', () => {
    const lines = cli(['pinyin', '--json'], '重要的绿色A\n長治久安\n').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      ['zhong4', 'yao4', 'de5', 'lv4', 'se4', null],
      ['chang2', 'zhi4', 'jiu3', 'an1'],
    ]);
  });

  it('segment: words separated by single spaces', () => {
    expect(cli(['segment'], '國家長治久安\n')).toBe('國家 長治久安\n');
  });

  it('convert, align, summarize and match follow their formats', () => {
    expect(cli(['convert', '--to', 'cn'], '發佈時間\n')).toBe('发布时间\n');
    const folder = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
    writeFileSync(join(folder, 'zh.txt'), '習近平強調，做好社會工作是全黨共同責任。\n');
    writeFileSync(join(folder, 'en.txt'), 'Xi stressed that doing social work well is the common responsibility of the whole Party.\n');
    expect(cli(['align', join(folder, 'zh.txt'), join(folder, 'en.txt')])).toBe('[0]:[0]\n');
    expect(cli(['summarize', '--sentences', '1'], 'First sentence of the story here is long enough to count. Second one.\n')).toBe(
      'First sentence of the story here is long enough to count.\n',
    );
    mkdirSync(join(folder, 'zh-articles'));
    mkdirSync(join(folder, 'en-articles'));
    writeFileSync(join(folder, 'zh-articles', 'a.txt'), '標題\n習近平強調，做好社會工作是全黨共同責任。\n');
    writeFileSync(join(folder, 'en-articles', 'b.txt'), 'Title\nStorms brought heavy rain to the coast.\n');
    expect(cli(['match', '--zh', join(folder, 'zh-articles'), '--en', join(folder, 'en-articles')])).toMatch(/^a\.txt\t-\t\d/);
  });

  it('terms: one JSON object per term, best first, with the English the aligned text renders it with', () => {
    const folder = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
    writeFileSync(join(folder, 'zh.txt'), '習近平對社會工作作出重要指示\n習近平強調，做好社會工作是全黨共同責任，要推動社會工作高品質發展。\n');
    writeFileSync(join(folder, 'en.txt'), 'Xi gives instruction on social work\nXi stressed that doing social work well is the common responsibility of the whole Party.\n');
    const rows = cli(['terms', join(folder, 'zh.txt'), join(folder, 'en.txt')])
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { zh: string; pinyin: string; gloss: string; en: string | null; score: number });
    expect(Object.keys(rows[0] ?? {})).toEqual(['zh', 'pinyin', 'gloss', 'en', 'score']);
    expect(rows.map((row) => row.score)).toEqual(rows.map((row) => row.score).sort((a, b) => b - a));
    expect(rows.find((row) => row.zh === '社會工作')).toEqual({ zh: '社會工作', pinyin: 'shèhuìgōngzuò', gloss: 'social work', en: 'social work', score: expect.any(Number) });
    expect(rows.find((row) => row.zh === '高品質發展')?.en).toBeNull();
    const alone = cli(['terms', join(folder, 'zh.txt')]).trim().split('\n').map((line) => JSON.parse(line) as { en: string | null });
    expect(alone.every((row) => row.en === null)).toBe(true);
  });

  it('glossary import: the backup on stdout, a line per problem on stderr, exit 1 only when nothing could be read', () => {
    const folder = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
    const rows = Array.from({ length: 20_001 }, (_, i) => `词${i},詞${i}`);
    writeFileSync(join(folder, 'terms.csv'), ['simplified,traditional', 'hello,', ...rows].join('\n'));
    // The backup of 20,000 terms is about 5 MB: more than the default buffer.
    const options = { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;
    const csv = spawnSync('npx', ['tsx', 'lib/cli.ts', 'glossary', 'import', '--format', 'csv', join(folder, 'terms.csv')], options);
    expect(csv.status).toBe(0);
    expect(csv.stderr).toBe('line 2: simplified is not a Chinese word\nline 20003: 词20000 not imported: the glossary is full (it holds at most 20,000 terms)\n');
    const backup = JSON.parse(csv.stdout) as { format: string; version: number; terms: { simplified: string }[] };
    expect([backup.format, backup.version, backup.terms.length, backup.terms[0]?.simplified]).toEqual(['duizhao-glossary', 1, 20_000, '词0']);
    writeFileSync(join(folder, 'broken.json'), '{"version": 1, "terms": [');
    const json = spawnSync('npx', ['tsx', 'lib/cli.ts', 'glossary', 'import', '--format', 'json', join(folder, 'broken.json')], options);
    expect([json.status, json.stdout, json.stderr]).toEqual([1, '', 'line 1: not valid JSON (truncated or malformed)\n']);
  });

  // Eight runs of the command: minutes on a machine shared by several builds.
  it('glossary export: each format as the settings page writes it, apkg to --out only, unreadable terms reported', { timeout: 240_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
    const terms = [...ALL_TERMS, ...HOSTILE_TERMS];
    const backup = exportJson({ version: GLOSSARY_VERSION, terms }, T0);
    // The last term is broken: reported at its line, the others exported.
    writeFileSync(join(folder, 'backup.json'), backup.replace(/\n {2}\]\n\}\n$/, ',\n    {"simplified": "hello"}\n  ]\n}\n'));
    const run = (...args: string[]) => spawnSync('npx', ['tsx', 'lib/cli.ts', 'glossary', 'export', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    const problem = `line ${backup.split('\n').length - 2}: not a valid term (a Chinese word and valid times are required)\n`;
    const expected = { csv: exportCsv(terms), anki: exportAnki(terms, { deck: 'Chinese', recall: false }), pleco: exportPleco(terms) };
    for (const [format, text] of Object.entries(expected)) {
      const result = run('--format', format, '--deck', 'Chinese', join(folder, 'backup.json'));
      expect([format, result.status, result.stdout, result.stderr]).toEqual([format, 0, text, problem]);
    }
    const json = run('--format', 'json', join(folder, 'backup.json'));
    expect((JSON.parse(json.stdout) as { terms: unknown[] }).terms).toEqual(terms);
    const apkg = run('--format', 'apkg', '--out', join(folder, 'deck.apkg'), join(folder, 'backup.json'));
    expect([apkg.status, apkg.stdout]).toEqual([0, '']);
    const sql = await initSqlJs();
    const db = new sql.Database(unzipSync(readFileSync(join(folder, 'deck.apkg')))['collection.anki2']);
    expect(db.exec('SELECT count(*) FROM notes')[0]?.values).toEqual([[terms.length]]);
    const refused = run('--format', 'apkg', join(folder, 'backup.json'));
    expect([refused.status, refused.stderr.split('\n')[0]]).toEqual([2, 'duizhao: glossary export --format apkg needs --out FILE (the deck is binary)']);
    writeFileSync(join(folder, 'broken.json'), '{"version": 1, "terms": [');
    const broken = run('--format', 'csv', join(folder, 'broken.json'));
    expect([broken.status, broken.stdout, broken.stderr]).toEqual([1, '', 'line 1: not valid JSON (truncated or malformed)\n']);
  });

  it('bad arguments: a message on stderr and exit code 2', () => {
    const result = spawnSync('npx', ['tsx', 'lib/cli.ts', 'convert', '--to', 'xx'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/duizhao:/);
  });
});
