import { GALE_CHURCH, LEXICAL } from './lib/align/settings.ts';
import { Dictionary } from './lib/dictionary/dictionary.ts';
import { readDictionaryFiles } from './lib/node/dictionary-files.ts';
import { alignTranslation } from './lib/align/translation-alignment.ts';
import { parseLink } from './lib/align/link.ts';
import { lines, readEvalFile } from './bench/eval-data.ts';
const d = new Dictionary(readDictionaryFiles());
const ch = ['01','02','03','04','05','06','07','08','09','10'].map(c => ({ zh: lines(readEvalFile('align','pol',`${c}.zh`)!), en: lines(readEvalFile('align','pol',`${c}.en`)!), gold: lines(readEvalFile('align','pol',`${c}.align`)!).map(parseLink) }));
const key = (l: {zh:number[];en:number[]}) => l.zh.join(',') + ':' + l.en.join(',');
function f1(s: typeof LEXICAL) { let ph=0,p=0,rh=0,g=0; for (const c of ch) { const pr = alignTranslation(c.zh,c.en,d,s); const gk=new Set(c.gold.map(key)); const pk=new Set(pr.filter(l=>l.zh.length&&l.en.length).map(key)); ph+=pr.filter(l=>gk.has(key(l))).length; p+=pr.length; rh+=c.gold.filter(l=>pk.has(key(l))).length; g+=c.gold.length; } const P=ph/p,R=rh/g; return (2*P*R/(P+R)).toFixed(3); }
const mode = process.argv[2];
if (mode === 'gc') for (const v of [6.8, 20, 40, 80, 160]) console.log('gc var', v, f1({ ...GALE_CHURCH, lengthVariance: v }));
else for (const v of [JSON.parse(process.argv[3] ?? '[6.8]')].flat()) for (const w of [JSON.parse(process.argv[4] ?? '[10]')].flat()) console.log('lex var', v, 'w', w, f1({ ...LEXICAL, lengthVariance: v, lexicalWeight: w }));
