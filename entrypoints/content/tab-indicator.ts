import type { PageState } from '../../lib/messages.ts';
import { PLAIN_TAB, sameIndicator, type TabIndicator } from '../../lib/toolbar-badge.ts';

/**
 * Tells the background what the toolbar icon should show for this tab, from the top frame only (a frame's hover
 * switch or conversion is the page's own) and only when it changed: a tab starts plain.
 */
export function tabIndicatorReporter(topFrame: boolean, send: (indicator: TabIndicator) => Promise<unknown>): (state: PageState) => PageState {
  let last = PLAIN_TAB;
  return (state) => {
    const next: TabIndicator = { hover: state.enabled, conversion: state.conversion };
    if (topFrame && !sameIndicator(next, last)) {
      last = next;
      // A worker being restarted misses one report; the next change sends the whole state again.
      send(next).catch(() => undefined);
    }
    return state;
  };
}
