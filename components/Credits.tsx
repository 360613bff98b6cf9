import { useT } from './i18n.ts';

/** Data and code Duizhao ships, with the credit their licences ask for. */
export function Credits() {
  const t = useT();
  return (
    <section class="credits">
      <h2>{t('credits.heading')}</h2>
      <ul>
        <li>
          {t.parts('credits.dictionary', {
            cedict: <a href="https://cc-cedict.org/wiki/">CC-CEDICT</a>,
            license: <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>,
          })}
        </li>
        <li>{t('credits.frequencies')}</li>
        <li>{t('credits.glossary')}</li>
        <li>
          {t.parts('credits.libraries', {
            pinyinPro: <a href="https://github.com/zh-lx/pinyin-pro">pinyin-pro</a>,
            opencc: <a href="https://github.com/nk2028/opencc-js">opencc-js</a>,
          })}
        </li>
      </ul>
    </section>
  );
}
