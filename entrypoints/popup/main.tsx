import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView.tsx';
import '../../components/page.css';
import type { DictionaryInfo, HoverState } from '../../lib/messages.ts';
import { sendToBackground, sendToTab } from '../../platform/messaging.ts';

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function Popup() {
  const [hover, setHover] = useState<HoverState | null>(null);
  const [dictionary, setDictionary] = useState<DictionaryInfo | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    activeTabId()
      .then((tabId) => (tabId === null ? null : sendToTab(tabId, { type: 'getHoverState', payload: {} }, 0)))
      .then(setHover, () => setHover(null));
    sendToBackground({ type: 'dictionaryInfo', payload: {} }).then(setDictionary, () => setDictionary(null));
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((command) => command.name === 'toggle-hover')?.shortcut || null));
  }, []);

  const toggle = async (enabled: boolean) => {
    const tabId = await activeTabId();
    if (tabId === null) return;
    setHover(await sendToTab(tabId, { type: 'setHoverEnabled', payload: { enabled } }));
  };

  return (
    <PopupView
      hover={hover}
      dictionary={dictionary}
      shortcut={shortcut}
      onToggleHover={(enabled) => void toggle(enabled)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
