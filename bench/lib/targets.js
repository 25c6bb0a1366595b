// Issue #5's "done when", checked against one run's results.

const find = (results, name) => results.find((w) => w.name === name);

/** [{ target, value, met }] for every criterion whose workloads were measured. */
export function checkTargets(results) {
  const out = [];
  const add = (target, value, met) => out.push({ target, value, met });
  for (const step of ['validate', 'consolidate']) {
    const w = find(results, `national-year/${step}`);
    const small = find(results, `national-year-400/${step}`);
    if (!w) continue;
    add(`national-year ${step}: ≥ 3× faster than naive`, `${(w.naive.wallS / w.atvsld.wallS).toFixed(2)}× faster`, w.naive.wallS / w.atvsld.wallS >= 3);
    add(`national-year ${step}: within 2× of the floor`, `${w.ratios.floor.toFixed(2)}× the floor`, w.ratios.floor <= 2);
    add(`national-year ${step}: peak RSS ≤ 400 MB`, `${w.atvsld.peakRssMb} MB`, w.atvsld.peakRssMb <= 400);
    if (small) {
      const change = small.atvsld.peakRssMb / w.atvsld.peakRssMb - 1;
      add(`${step}: peak RSS for 400 forms within ±20 % of 4,000`, `${small.atvsld.peakRssMb} vs ${w.atvsld.peakRssMb} MB (${(change * 100).toFixed(0)} %)`, Math.abs(change) <= 0.2);
    }
  }
  const big = find(results, 'big-sheet/read');
  if (big) {
    add('100,000-row sheet: within 1.5× of the floor', `${big.ratios.floor.toFixed(2)}×`, big.ratios.floor <= 1.5);
    if (big.openpyxl) add('100,000-row sheet: ≥ 5× faster than openpyxl', `${(big.openpyxl.wallS / big.atvsld.wallS).toFixed(2)}× faster`, big.openpyxl.wallS / big.atvsld.wallS >= 5);
    add('100,000-row sheet: peak RSS ≤ 150 MB', `${big.atvsld.peakRssMb} MB`, big.atvsld.peakRssMb <= 150);
  }
  const version = find(results, 'startup/version');
  if (version) add('atvsld --version within 1.5× of node -e 0', `${version.ratios.floor.toFixed(2)}×`, version.ratios.floor <= 1.5);
  const one = find(results, 'startup/validate-one-form');
  if (one) add('atvsld validate (one form) within 3× of node -e 0', `${one.ratios.floor.toFixed(2)}×`, one.ratios.floor <= 3);
  // Issue #12: any one file, however large, under 300 MB and 5 s.
  const large = find(results, 'large-form/validate');
  if (large) {
    add(`large form (${large.rows.toLocaleString('en-US')} task rows): peak RSS < 300 MB (issue #12)`, `${large.atvsld.peakRssMb} MB`, large.atvsld.peakRssMb < 300);
    add(`large form (${large.rows.toLocaleString('en-US')} task rows): under 5 s (issue #12)`, `${large.atvsld.wallS.toFixed(2)} s wall, ${large.atvsld.cpuS.toFixed(2)} s CPU`, large.atvsld.wallS < 5);
  }
  return out;
}

export function renderTargets(targets) {
  return ['Targets (issues #5 and #12):', ...targets.map((t) => `  ${t.met ? '✓' : '✗'} ${t.target}: ${t.value}`)].join('\n');
}
