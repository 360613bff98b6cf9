const t0 = performance.now();
const { createConverterLoader } = await import('./lib/convert/converter.ts');
const { nodeConversionLoader } = await import('./lib/convert/node-data.ts');
const t1 = performance.now();
const c = await createConverterLoader(nodeConversionLoader)(process.argv[2] as 'cn', process.argv[3] as 'tw');
const t2 = performance.now();
const out = c('习近平对社会工作作出重要指示强调 发布时间');
const t3 = performance.now();
console.log(out, 'import', (t1 - t0).toFixed(1), 'load', (t2 - t1).toFixed(1), 'first', (t3 - t2).toFixed(1), 'total', (t3 - t0).toFixed(1));
