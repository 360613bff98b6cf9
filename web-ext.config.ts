import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would try to open a browser; the demo script opens one itself.
export default defineWebExtConfig({ disabled: true });
