import { describe, expect, it } from 'vitest';
import { parseBackgroundMessage } from '../messages.ts';
import { exportCsv } from './export-csv.ts';
import { exportJson } from './export-json.ts';
import { GlossaryService } from './glossary-service.ts';
import { importFormatOf, importGlossaryFile, type ImportTarget } from './import-file.ts';
import { MemoryGlossaryStore } from './memory-store.ts';
import { GLOSSARY_VERSION, LIMITS, termId, type GlossaryTerm } from './term.ts';
import { CHANGZHI, HOUR, T0, ZHANGDA } from './test-fixtures.ts';

const NOW = T0 + 100 * HOUR;

function numbered(count: number): GlossaryTerm[] {
  return Array.from({ length: count }, (_, i) => {
    const [simplified, traditional] = [`词${i}`, `詞${i}`];
    return { ...ZHANGDA, id: termId(simplified, traditional), simplified, traditional, syllables: [], createdAt: T0 + i, updatedAt: T0 + i };
  });
}

/**
 * The settings page's side: the background's glossary, reached through messages that the background validates
 * as it does (an invalid one goes unanswered, which the page sees as a closed message port).
 */
function backgroundTarget(service: GlossaryService): ImportTarget & { sent: number[] } {
  const sent: number[] = [];
  return {
    sent,
    storedIds: async () => (await service.list()).map((term) => term.id),
    merge: async (terms) => {
      sent.push(terms.length);
      const message = parseBackgroundMessage(JSON.parse(JSON.stringify({ type: 'glossaryImport', payload: { terms } })));
      if (message?.type !== 'glossaryImport') throw new Error('The message port closed before a response was received.');
      return service.merge(message.payload.terms);
    },
  };
}

const full = `not imported: the glossary is full (it holds at most ${LIMITS.terms.toLocaleString('en')} terms)`;

describe('importGlossaryFile', { timeout: 60_000 }, () => {
  it('imports what fits of a CSV with more terms than a glossary holds, and names each term left out', async () => {
    const service = new GlossaryService(new MemoryGlossaryStore());
    const target = backgroundTarget(service);
    const outcome = await importGlossaryFile(exportCsv(numbered(LIMITS.terms + 1)), 'csv', NOW, target);
    expect(target.sent.every((count) => count <= LIMITS.terms)).toBe(true);
    expect(outcome.report).toMatchObject({ added: LIMITS.terms, updated: 0, dropped: [termId('词20000', '詞20000')] });
    // Line 1 is the header: the 20,001st term is on line 20,002.
    expect(outcome.errors).toEqual([{ line: LIMITS.terms + 2, reason: `词20000 ${full}` }]);
    expect((await service.list()).length).toBe(LIMITS.terms);
  });

  it('reports every term of a too large backup that was not imported, and merges those already stored', async () => {
    const service = new GlossaryService(new MemoryGlossaryStore());
    await service.merge([CHANGZHI]);
    const terms = [...numbered(50_000), { ...CHANGZHI, note: 'newer note', updatedAt: CHANGZHI.updatedAt + HOUR }];
    const outcome = await importGlossaryFile(exportJson({ version: GLOSSARY_VERSION, terms }, NOW), 'json', NOW, backgroundTarget(service));
    expect(outcome.report).toMatchObject({ added: LIMITS.terms - 1, updated: 1 });
    expect(outcome.report?.dropped.length).toBe(50_000 - (LIMITS.terms - 1));
    expect(outcome.errors.length).toBe(50_000 - (LIMITS.terms - 1));
    expect(outcome.errors[0]?.reason).toBe(`词19999 ${full}`);
    expect((await service.list()).length).toBe(LIMITS.terms);
  });

  it('reports terms left out by a save that came in between as well', async () => {
    const service = new GlossaryService(new MemoryGlossaryStore());
    await service.merge(numbered(LIMITS.terms - 1));
    const target = backgroundTarget(service);
    const racing: ImportTarget = {
      storedIds: target.storedIds,
      merge: async (terms) => {
        await service.save({ simplified: '新词', traditional: '新詞', syllables: [], senses: [], note: '', tags: [] });
        return target.merge(terms);
      },
    };
    const outcome = await importGlossaryFile(exportJson({ version: GLOSSARY_VERSION, terms: [CHANGZHI] }, NOW), 'json', NOW, racing);
    expect(outcome.report).toMatchObject({ added: 0, dropped: [CHANGZHI.id] });
    expect(outcome.errors).toEqual([{ line: 6, reason: `${CHANGZHI.simplified} ${full}` }]);
  });

  it('sends nothing when the file holds no term, and tells the format of a file by its first character', async () => {
    const target = backgroundTarget(new GlossaryService(new MemoryGlossaryStore()));
    expect(await importGlossaryFile('{"version": 1, "terms": {}}', 'json', NOW, target)).toEqual({ report: null, errors: [{ line: 0, reason: 'its "terms" is not a list' }] });
    expect(target.sent).toEqual([]);
    expect([importFormatOf(' \n{"version": 1}'), importFormatOf('\uFEFF[]'), importFormatOf('simplified\n和平')]).toEqual(['json', 'json', 'csv']);
  });
});
