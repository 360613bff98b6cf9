import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseTabMessage, type HoverState, type Message, type TabApi } from '../../lib/messages.ts';
import { listen } from '../../platform/messaging.ts';
import { loadSettings, watchSettings } from '../../platform/settings-store.ts';
import { hasChineseText, whenChineseAppears } from './chinese-detection.ts';
import { HoverController } from './hover-controller.ts';

/**
 * Runs in every frame of every page, so it stays thin: until the page shows Chinese text it only answers the
 * popup's questions; the hover machinery and the settings are set up on the first Chinese it sees.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    let controller: HoverController | null = null;
    let activation: Promise<HoverController> | null = null;
    // The reader's toggle from before the page had Chinese (a browser command) still applies once it does.
    let requestedEnabled: boolean | null = null;

    const activate = (): Promise<HoverController> => {
      activation ??= loadSettings().then((settings) => {
        controller = new HoverController(ctx, settings);
        if (requestedEnabled !== null) controller.setEnabled(requestedEnabled);
        ctx.onInvalidated(watchSettings((next) => controller?.updateSettings(next)));
        return controller;
      });
      return activation;
    };

    const state = (): HoverState => ({
      enabled: controller?.isEnabled ?? requestedEnabled ?? true,
      hasChinese: controller !== null,
    });

    ctx.onInvalidated(
      listen(parseTabMessage, async (message: Message<TabApi>) => {
        if (message.type === 'setHoverEnabled') {
          const enabled = message.payload.enabled === 'toggle' ? !state().enabled : message.payload.enabled;
          requestedEnabled = enabled;
          controller?.setEnabled(enabled);
        }
        return state();
      }),
    );

    const root = document.body ?? document.documentElement;
    if (hasChineseText(root, document.title)) void activate();
    else ctx.onInvalidated(whenChineseAppears(root, () => void activate()));
  },
});
