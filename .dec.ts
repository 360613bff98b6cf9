const n = 300000; const u = new Uint16Array(n); for (let i = 0; i < n; i++) u[i] = 0x4e00 + (i % 20000);
let t = performance.now();
const s1 = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(u); console.log('textdecoder', (performance.now() - t).toFixed(2)); t = performance.now();
const s1b = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(u); console.log('textdecoder again', (performance.now() - t).toFixed(2)); t = performance.now();
let s2 = ''; for (let i = 0; i < n; i += 8192) s2 += String.fromCharCode(...u.subarray(i, i + 8192)); console.log('fromCharCode', (performance.now() - t).toFixed(2), s1 === s2, s1b === s1);
