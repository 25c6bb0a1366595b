/**
 * A chart's SVG (render/indicator-chart-svg.ts) as PNG, with resvg: no
 * browser, no system font lookup — the font files are given by path, so the
 * same SVG on the same machine gives the same bytes. DejaVu Sans covers
 * Vietnamese; where it is not installed, the system's fonts are searched
 * (the picture then depends on what the machine has).
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT } from '../../render/indicator-chart-svg.js';

const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/share/fonts/TTF', '/usr/local/share/fonts', 'C:\\Windows\\Fonts', '/Library/Fonts'];
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

let fontFiles: string[] | undefined;

function findFonts(): string[] {
  if (fontFiles) return fontFiles;
  fontFiles = [];
  for (const dir of FONT_DIRS) {
    const found = FONT_FILES.map((f) => `${dir}/${f}`).filter((p) => existsSync(p));
    if (found.length > 0) {
      fontFiles = found;
      break;
    }
  }
  return fontFiles;
}

/** `scale` 2 gives 1280 × 640 pixels for the 640 × 320 chart: sharp when printed 15 cm wide. */
export function renderChartPng(svg: string, scale = 2): Uint8Array {
  const files = findFonts();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: files, loadSystemFonts: files.length === 0, defaultFontFamily: CHART_FONT },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
