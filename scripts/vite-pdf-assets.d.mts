import type { Plugin } from 'vite';

export declare const PDF_ASSETS_FILE: string;

export declare function pdfAssets(entry?: string): {
  plugin: Plugin;
  isPdfAsset: (url: string) => boolean;
};
