/**
 * The seed article: Xinhua's report of 2024-11-06 on Xi Jinping's instruction on social work, in Traditional
 * characters as published, and the English coverage that condenses it, paragraph by paragraph. The welcome page's
 * demo is built from it, and the alignment tests read it through lib/align/seed-article.fixture.ts.
 */
export interface SeedArticle {
  chinese: {
    /** The headline proper (Xinhua's 引題, the page's `<h1>`). */
    headline: string;
    /** The main title's lines under the headline; the page's `<title>` is the headline and these. */
    deck: readonly string[];
    /** The line under the deck that the `<title>` leaves out. */
    subtitle: string;
    /** Time, source, author and editor, as one line. */
    byline: string;
    /** The source the byline names (來源), with its site. */
    publisher: { name: string; url: string };
    /** The body, photo caption included (the fourth). */
    paragraphs: readonly string[];
  };
  english: {
    headline: string;
    paragraphs: readonly string[];
  };
}

export const SEED_ARTICLE: SeedArticle = {
  chinese: {
    headline: '習近平對社會工作作出重要指示強調',
    deck: ['堅定不移走中國特色社會主義社會治理之路', '推動新時代社會工作高品質發展'],
    subtitle: '蔡奇出席中央社會工作會議並講話',
    publisher: { name: '新華網', url: 'https://www.news.cn/' },
    byline: '發佈時間:2024-11-06 18:50:52 | 來源:新華網 | 作者: | 責任編輯:曹川川',
    paragraphs: [
      '中共中央總書記、國家主席、中央軍委主席習近平近日對社會工作作出重要指示指出,社會工作是黨和國家工作的重要組成部分,事關黨長期執政和國家長治久安,事關社會和諧穩定和人民幸福安康。新時代以來,黨中央作出一系列重大決策部署,推動社會工作取得重要成就。當前我國社會結構正在發生深刻變化,尤其是新興領域迅速發展,新經濟組織、新社會組織大量涌現,新就業群體規模持續擴大,社會工作面臨新形勢新任務,必須展現新擔當新作為。要堅持以新時代中國特色社會主義思想為指導,全面貫徹黨的二十大和二十屆二中、三中全會精神,堅持以人民為中心,踐行新時代黨的群眾路線,堅定不移走中國特色社會主義社會治理之路,健全社會工作體制機制,突出抓好新經濟組織、新社會組織、新就業群體黨的建設,不斷增強黨在新興領域的號召力凝聚力影響力;抓好黨建引領基層治理和基層政權建設;抓好凝聚服務群眾工作,推動新時代社會工作高品質發展。',
      '習近平強調,做好社會工作是全黨共同責任。各級黨委(黨組)要扛起政治責任,加強組織領導和統籌協調,確保黨中央關於社會工作的決策部署落到實處;各地和有關部門要主動作為、協同聯動,堅持管行業也要管黨建,形成做好社會工作的強大合力;社會工作部門要加強自身建設,強化政治擔當,勇於實踐探索,紮實履職盡責,為以中國式現代化全面推進強國建設、民族復興偉業作出新的貢獻。',
      '中央社會工作會議11月5日至6日在京召開。會上傳達了習近平重要指示。中共中央政治局常委、中央書記處書記蔡奇出席會議並講話。',
      '11月5日至6日,中央社會工作會議在北京召開。會上傳達了中共中央總書記、國家主席、中央軍委主席習近平重要指示。中共中央政治局常委、中央書記處書記蔡奇出席會議並講話。 新華社記者 李濤 攝',
      '蔡奇在講話中指出,習近平總書記重要指示高屋建瓴、精闢深邃,具有很強的政治性、思想性、指導性,為做好新時代社會工作指明瞭方向,必須深入學習領會,堅決貫徹落實。',
      '蔡奇指出,黨的十八大以來,以習近平同志為核心的黨中央把社會工作擺在重要位置,習近平總書記圍繞為什麼要加強社會工作、怎樣加強社會工作,作出一系列重要論述,提出一系列新思想、新觀點、新論斷。習近平總書記關於社會工作的重要論述,深刻闡明新時代社會工作的根本原則、價值取向、發展方向、重點任務、基礎保障等,是習近平新時代中國特色社會主義思想的重要組成部分。',
      '蔡奇強調,要全面貫徹黨的二十大和二十屆二中、三中全會精神,深入學習貫徹習近平總書記重要論述和重要指示精神,深刻領悟“兩個確立”的決定性意義,堅決做到“兩個維護”,深刻把握做好新時代社會工作的總體要求,切實增強責任感使命感,奮力開創新時代社會工作新局面。要把加強新興領域黨的建設作為重中之重,加強統籌協調,堅持分類指導,突出抓好新經濟組織、新社會組織、新就業群體黨建工作,推進黨的組織覆蓋和工作覆蓋,促進新興領域健康發展。繼續抓好行業協會商會黨建和改革發展。加強黨建引領基層治理和基層政權建設,破解基層治理“小馬拉大車”突出問題,統籌推進為基層賦能和減負。紮實做好凝聚服務群眾工作,堅持和發展新時代“楓橋經驗”,推進信訪工作法治化,做好人民建議徵集,發展志願服務事業。各級黨委要加強對社會工作的領導,落實政治責任,健全工作體系,建強社會工作者隊伍,以改革創新精神推動社會工作高品質發展。',
      '李幹傑主持會議。李書磊、陳文清、穆虹出席會議。',
      '中央組織部、中央網信辦、共青團中央、北京市、浙江省、廣東省、陜西省負責同志作交流發言。',
      '各省區市和計劃單列市、新疆生産建設兵團,中央和國家機關有關部門、有關人民團體,中央管理的金融機構、部分企業、高校負責同志等參加會議。',
    ],
  },
  english: {
    headline: 'Xi stresses high-quality development of social work',
    paragraphs: [
      'Chinese President Xi Jinping has urged efforts to promote high-quality development of social work in the new era.',
      'In a recent instruction on social work, Xi, also general secretary of the Communist Party of China Central Committee and chairman of the Central Military Commission, highlighted the need to promote social governance under socialism with Chinese characteristics.',
      'A central conference on social work was held in Beijing on Tuesday and Wednesday. Xi\'s instruction was read out at the conference.',
      'Social work is vital to the Party\'s long-term governance, the country\'s enduring peace and stability, as well as to social harmony and stability, and the well-being of the people, Xi said in the instruction.',
      'China\'s social structure is currently undergoing profound changes, with the rapid development of emerging sectors, Xi said, calling for new accomplishments to fulfill the new tasks of the changing landscape.',
      'It is essential to strengthen Party building in new types of economic and social organizations and among groups in new forms of employment, while enhancing the Party\'s influence, cohesion power and appeal in the emerging fields, Xi said.',
      'It is important to give full play to the leading role of Party building in community-level governance, Xi added.',
    ],
  },
};
