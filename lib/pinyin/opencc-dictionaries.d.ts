// opencc-js ships its dictionaries as plain modules without type declarations; each default-exports one string of
// `source target` pairs separated by `|`.
declare module 'opencc-js/dict/TSCharacters' {
  const pairs: string;
  export default pairs;
}
