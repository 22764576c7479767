import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Content scripts call only i18n.getMessage and storage.get, which are promise-based natively in
    // both Chromium (MV3) and Firefox. The polyfill's 10 KiB would break the 16 KiB budget of the
    // script injected into every paper page, so content scripts get WXT's native `browser` instead.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = viteConfig.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
      if (Array.isArray(alias)) {
        viteConfig.resolve!.alias = alias.filter((entry) => entry.find !== 'wxt/browser');
      }
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['contextMenus', 'notifications', 'storage', 'activeTab', 'scripting'],
    omnibox: { keyword: 'cool' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+P' },
      },
      'open-current-paper': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandOpenCurrent__',
      },
    },
  },
});
