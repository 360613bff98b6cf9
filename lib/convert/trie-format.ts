/**
 * One conversion stage as shipped: the dictionaries OpenCC merges into one stage, as a trie over UTF-16 code units
 * whose arrays are views over the file, so that loading a stage is reading it, two running sums aside.
 *
 * Layout, little-endian like typed arrays on every platform the extension runs on:
 * - header, Uint32 × 4: format version, nodes, value code units, dictionaries merged;
 * - labels, Uint16 × nodes: the code unit leading to each node. Nodes are numbered breadth-first, so each node's
 *   children are consecutive (sorted by label) and come in the order of their parents; node 0 is the root;
 * - childCounts, Uint16 × nodes;
 * - values, Uint16 × value code units: the replacements of the nodes that end a key, in node order;
 * - valueLengths, Uint8 × nodes: 0 where no key ends;
 * - membership, Uint8 × nodes: in its low 4 bits, bit d is set when the key ending at the node is in the stage's
 *   dictionary d (segmentation uses only some of a stage's dictionaries, its phrases, hence bits); in its high 4
 *   bits, the weight of the word ending at the node where the stage has a word list (see word-weight.ts); 0 when
 *   no key ends there.
 * Counts and lengths rather than offsets keep the largest stage small; their running sums take well under a
 * millisecond.
 */
export const TRIE_FORMAT_VERSION = 3;
const HEADER_WORDS = 4;
export const MAX_DICTIONARIES = 4;
export const MAX_WORD_WEIGHT = 15;

export interface TrieEntry {
  key: string;
  /** The replacement; empty for a key that is only a word, which replaces nothing. */
  value: string;
  /** Bit d: the key is in dictionary d of the stage; 0 for a key that is only a word. */
  membership: number;
  /** 1 to MAX_WORD_WEIGHT for a word of the stage's word list (see word-weight.ts). */
  weight?: number;
}

export interface TrieArrays {
  firstChild: Uint32Array;
  valueStart: Uint32Array;
  labels: Uint16Array;
  values: string;
  membership: Uint8Array;
  dictionaryCount: number;
}

interface BuildNode {
  children: Map<number, BuildNode>;
  entry: TrieEntry | undefined;
}

function buildTree(entries: readonly TrieEntry[]): BuildNode {
  const root: BuildNode = { children: new Map(), entry: undefined };
  for (const entry of entries) {
    if (entry.key.length === 0) throw new Error('Conversion keys cannot be empty');
    const { membership, weight = 0 } = entry;
    if (!Number.isInteger(weight) || weight < 0 || weight > MAX_WORD_WEIGHT) throw new Error(`Bad word weight for "${entry.key}"`);
    if (membership < 0 || membership >= 1 << MAX_DICTIONARIES || (membership === 0 && weight === 0)) {
      throw new Error(`Bad dictionary membership for "${entry.key}"`);
    }
    let node = root;
    for (let i = 0; i < entry.key.length; i++) {
      const unit = entry.key.charCodeAt(i);
      let child = node.children.get(unit);
      if (!child) {
        child = { children: new Map(), entry: undefined };
        node.children.set(unit, child);
      }
      node = child;
    }
    if (node.entry) throw new Error(`Duplicate conversion key "${entry.key}"`);
    node.entry = entry;
  }
  return root;
}

export function encodeTrie(entries: readonly TrieEntry[], dictionaryCount: number): Uint8Array<ArrayBuffer> {
  if (dictionaryCount < 1 || dictionaryCount > MAX_DICTIONARIES) throw new Error(`Bad dictionary count ${dictionaryCount}`);
  const order: { node: BuildNode; label: number }[] = [{ node: buildTree(entries), label: 0 }];
  for (let i = 0; i < order.length; i++) {
    const children = [...(order[i]?.node.children ?? [])].sort(([a], [b]) => a - b);
    for (const [label, node] of children) order.push({ node, label });
  }
  const nodes = order.length;
  const valueUnits = order.reduce((sum, { node }) => sum + (node.entry?.value.length ?? 0), 0);
  const header = new Uint32Array([TRIE_FORMAT_VERSION, nodes, valueUnits, dictionaryCount]);
  const labels = new Uint16Array(nodes);
  const childCounts = new Uint16Array(nodes);
  const values = new Uint16Array(valueUnits);
  const valueLengths = new Uint8Array(nodes);
  const membership = new Uint8Array(nodes);
  let unit = 0;
  order.forEach(({ node, label }, n) => {
    if (node.children.size > 0xffff) throw new Error('A conversion trie node has too many children');
    const value = node.entry?.value ?? '';
    if (value.length > 0xff) throw new Error(`Replacement "${value}" is too long`);
    labels[n] = label;
    childCounts[n] = node.children.size;
    for (let i = 0; i < value.length; i++) values[unit++] = value.charCodeAt(i);
    valueLengths[n] = value.length;
    membership[n] = (node.entry?.membership ?? 0) | ((node.entry?.weight ?? 0) << MAX_DICTIONARIES);
  });
  const parts = [header, labels, childCounts, values, valueLengths, membership];
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset);
    offset += part.byteLength;
  }
  return bytes;
}

/** Running sums of counts: start[n] = first + counts[0] + ... + counts[n - 1], for n up to counts.length. */
function startsOf(counts: Uint16Array | Uint8Array, first: number): Uint32Array {
  const starts = new Uint32Array(counts.length + 1);
  let start = first;
  for (let n = 0; n < counts.length; n++) {
    starts[n] = start;
    start += counts[n] ?? 0;
  }
  starts[counts.length] = start;
  return starts;
}

export function decodeTrie(file: ArrayBuffer): TrieArrays {
  const truncated = () => new Error('Conversion data file is truncated');
  if (file.byteLength < HEADER_WORDS * 4) throw truncated();
  const [version = 0, nodes = 0, valueUnits = 0, dictionaryCount = 0] = new Uint32Array(file, 0, HEADER_WORDS);
  if (version !== TRIE_FORMAT_VERSION) throw new Error(`Conversion data has format ${version}, expected ${TRIE_FORMAT_VERSION}: rebuild it (npm run data)`);
  if (file.byteLength !== HEADER_WORDS * 4 + nodes * 6 + valueUnits * 2) throw truncated();
  let offset = HEADER_WORDS * 4;
  const labels = new Uint16Array(file, offset, nodes);
  offset += nodes * 2;
  const childCounts = new Uint16Array(file, offset, nodes);
  offset += nodes * 2;
  // UTF-16LE decoding is a copy, after which replacements are slices of one string; a value starting with U+FEFF
  // must keep it.
  const values = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(new Uint8Array(file, offset, valueUnits * 2));
  offset += valueUnits * 2;
  const valueLengths = new Uint8Array(file, offset, nodes);
  offset += nodes;
  const firstChild = startsOf(childCounts, 1);
  const valueStart = startsOf(valueLengths, 0);
  if (firstChild[nodes] !== nodes || valueStart[nodes] !== valueUnits) throw new Error('Conversion data file is corrupt');
  return { firstChild, valueStart, labels, values, membership: new Uint8Array(file, offset, nodes), dictionaryCount };
}
