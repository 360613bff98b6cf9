import { describe, expect, it } from 'vitest';
import { extractArticle } from './article-extraction.ts';
import { readHtmlPage } from './html-page-text.ts';

const PROSE = [
  '近日，一名司机在高速公路上驾驶时低头看手机，车辆偏离车道后追尾正在作业的施工车辆，所幸没有造成人员伤亡。',
  '据高速交警介绍，事发路段当时正在进行护栏维修，施工车辆尾部按规定设置了警示标志和防撞缓冲装置。',
  '交警提醒，高速公路上车速快，驾驶时分心几秒钟，车辆就可能驶出上百米，后果不堪设想。',
];

function paragraphs(body: string): string[] {
  const page = readHtmlPage(`<html><body>${body}</body></html>`, 'https://news.example/a.html');
  return extractArticle(page, { language: 'zh' })?.paragraphs.map((paragraph) => paragraph.text) ?? [];
}

const story = PROSE.map((text) => `<p>${text}</p>`).join('');

describe('widgets inside the article', () => {
  it('drops a player with its title and its switch (video element, role=switch)', () => {
    const player =
      '<div class="wrap"><div class="box"><video></video></div><div class="info"><div>货车司机疲劳驾驶连撞三车 行车记录仪拍下惊险瞬间</div>' +
      '<div><div role="switch"><span>自动播放开关</span></div> <span>自动播放</span></div></div></div>';
    expect(paragraphs(`<div id="body">${story}${player}</div>`)).toEqual(PROSE);
  });

  it('drops an embedded frame with its title and a labelled checkbox, in the middle of the story', () => {
    const player =
      '<div class="v"><div><iframe src="https://video.example/p"></iframe></div><p>视频：直击暴雨后老城区积水点改造现场</p>' +
      '<label><input type="checkbox"> 连续播放下一条</label></div>';
    const [first, ...rest] = PROSE.map((text) => `<p>${text}</p>`);
    expect(paragraphs(`<div id="body">${first}${player}${rest.join('')}</div>`)).toEqual(PROSE);
  });

  it('keeps a player whose part of the article has the text of prose', () => {
    const long = '这段视频记录了事故发生前后的完整经过，交警部门在通报中逐一说明了每个环节存在的问题，并提醒驾驶人注意安全，切勿分心驾驶，更不要在高速公路上使用手机，否则后果不堪设想。';
    expect(paragraphs(`<div id="body">${story}<div class="v"><video></video><p>${long}</p></div></div>`)).toEqual([...PROSE, long]);
  });

  it('drops tag lists: a line of links beside the story, a list of links inside it', () => {
    const tags = '<div class="tags"><span>文章標籤</span> <a href="/t/1">京都自由行</a> <a href="/t/2">嵐山竹林</a> <a href="/t/3">天龍寺</a> <a href="/t/4">京都賞楓</a> <a href="/t/5">渡月橋</a> <a href="/t/6">關西自由行</a> <a href="/t/7">日本旅遊</a></div>';
    expect(paragraphs(`<div><div id="body">${story}</div>${tags}</div>`)).toEqual(PROSE);
    const related = '<ul class="more"><li><a href="/1">北方多地迎来今冬首场降雪 部分高速临时封闭</a></li><li><a href="/2">新能源汽车下乡活动启动 覆盖两百多个县市</a></li></ul>';
    expect(paragraphs(`<div id="body">${story}${related}</div>`)).toEqual(PROSE);
  });

  it('keeps a line that links a phrase, and prose with many links', () => {
    const linked = '蔡奇出席<a href="#c">中央社會工作會議</a>並講話';
    const prose = PROSE.map((text) => text.replace('施工车辆', '<a href="/k">施工车辆</a>').replace('高速公路', '<a href="/k">高速公路</a>'));
    expect(paragraphs(`<div id="body"><p>${linked}</p>${prose.map((text) => `<p>${text}</p>`).join('')}</div>`)).toEqual([
      '蔡奇出席中央社會工作會議並講話',
      ...PROSE,
    ]);
  });
});

describe('widgets on a huge page', { timeout: 30_000 }, () => {
  it('reads a 5 MB page of players, switches and link lists, nested deep, in work proportional to its size', () => {
    const widget = '<div><div><div><video></video><div role="switch"><span>自动播放开关</span></div><p><a href="/v">相关视频的标题在这里</a></p></div></div></div>';
    const deep = `${'<div>'.repeat(400)}<video></video>${'</div>'.repeat(400)}`;
    const chunk = `${story}${widget}${deep}`;
    const html = `<div id="body">${chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length))}</div>`;
    const found = paragraphs(html);
    expect(found.length % PROSE.length).toBe(0);
    expect(new Set(found)).toEqual(new Set(PROSE));
  });
});
