// Renders every diagram of bpmn/*.bpmn with bpmn-js (Camunda Modeler's renderer) in headless Chromium,
// writes docs/images/<process>[-<subprocess>].png and measures what makes a diagram hard to read.
//
//   node render.mjs            render and check (exit 1 on an edge through a shape, overlapping
//                              shapes, edges lying on each other, or a label on a shape, edge or label)
//   node render.mjs --check    check only, write no picture
//
// Chromium: /usr/bin/chromium, or CHROMIUM=/path/to/chrome.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const checkOnly = process.argv.includes('--check');
const only = process.argv.slice(2).filter(a => !a.startsWith('--'));
const viewer = readFileSync(join(here, 'node_modules/bpmn-js/dist/bpmn-navigated-viewer.production.min.js'), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css'].map(f => readFileSync(join(here, 'node_modules/bpmn-js/dist/assets', f), 'utf8')).join('\n');

const profile = mkdtempSync(join(tmpdir(), 'homebound-chromium-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let problems = 0;
try {
  const page = await browser.newPage();
  await page.setContent(`<html><head><style>${css} html,body,#canvas{margin:0;width:4000px;height:3000px}</style></head>
    <body><div id="canvas"></div></body></html>`);
  await page.addScriptTag({ content: viewer });

  const files = readdirSync(join(root, 'bpmn')).filter(f => f.endsWith('.bpmn'))
    .filter(f => only.length === 0 || only.some(o => f.startsWith(o))).sort();
  for (const file of files) {
    const xml = readFileSync(join(root, 'bpmn', file), 'utf8');
    const name = basename(file, '.bpmn');
    const diagrams = await page.evaluate(async (xml) => {
      window.modeler && window.modeler.destroy();
      window.modeler = new BpmnJS({ container: '#canvas' });
      await window.modeler.importXML(xml);
      return window.modeler.getDefinitions().diagrams.map(d => ({ id: d.id, element: d.plane.bpmnElement.id, top: d.plane.bpmnElement.$type === 'bpmn:Collaboration' || d.plane.bpmnElement.$type === 'bpmn:Process' }));
    }, xml);
    for (const diagram of diagrams) {
      const report = await page.evaluate(measure, diagram.id);
      const picture = diagram.top ? name : `${name}-${kebab(diagram.element)}`;
      const { width, height } = report.size;
      const bad = report.throughShapes.length + report.overlappingShapes.length + report.stackedEdges.length + report.labelClashes.length;
      problems += bad;
      console.log(`${picture}: ${Math.round(width)}x${Math.round(height)} px, ${report.connections} edges, ${report.crossings.length} crossings, ` +
        `${report.backwards.length} backward (loops: ${report.backwards.join(', ') || 'none'}), ` +
        `${report.throughShapes.length} through shapes, ${report.overlappingShapes.length} overlapping shapes, ` +
        `${report.stackedEdges.length} stacked edge segments, ${report.labelClashes.length} label clashes`);
      for (const line of [...report.throughShapes, ...report.overlappingShapes, ...report.stackedEdges, ...report.labelClashes]) {
        console.log('  ' + line);
      }
      for (const c of report.crossings) console.log('  crossing: ' + c);
      if (!checkOnly) {
        const svg = await page.evaluate(async () => (await window.modeler.saveSVG()).svg);
        const shot = await browser.newPage();
        await shot.setViewport({ width: Math.ceil(width) + 40, height: Math.ceil(height) + 40, deviceScaleFactor: 1.5 });
        await shot.setContent(`<html><body style="margin:20px;background:white">${svg}</body></html>`);
        const png = await shot.screenshot({ fullPage: true, omitBackground: false });
        writeFileSync(join(root, 'docs', 'images', picture + '.png'), png);
        await shot.close();
      }
    }
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
if (problems > 0) {
  console.error(`${problems} layout problem(s)`);
  process.exit(1);
}

function kebab(id) {
  return id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

// Runs in the page: opens one BPMNDiagram and measures it.
async function measure(diagramId) {
  const m = window.modeler;
  await m.open(diagramId);
  const registry = m.get('elementRegistry');
  const canvas = m.get('canvas');
  const rootElement = canvas.getRootElement();
  const all = registry.filter(e => e !== rootElement && isIn(e, rootElement));
  const shapes = all.filter(e => !e.waypoints && e.type !== 'label' && !['bpmn:Participant', 'bpmn:Lane'].includes(e.type));
  const connections = all.filter(e => e.waypoints);
  const labels = all.filter(e => e.type === 'label' && e.businessObject.name);

  const rect = e => ({ x: e.x, y: e.y, w: e.width, h: e.height });
  const shrink = (r, d) => ({ x: r.x + d, y: r.y + d, w: r.w - 2 * d, h: r.h - 2 * d });
  const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  const segments = c => c.waypoints.slice(1).map((p, i) => [c.waypoints[i], p]);
  const segRect = ([a, b]) => ({ x: Math.min(a.x, b.x) - 0.5, y: Math.min(a.y, b.y) - 0.5, w: Math.abs(a.x - b.x) + 1, h: Math.abs(a.y - b.y) + 1 });
  const labelBox = l => {
    const text = registry.getGraphics(l).querySelector('text');
    const bb = text.getBBox();
    return { x: l.x + bb.x - 1, y: l.y + bb.y - 1, w: bb.width + 2, h: bb.height + 2 };
  };
  const id = e => e.businessObject.id;

  const throughShapes = [];
  for (const c of connections) {
    for (const s of shapes) {
      if (s === c.source || s === c.target || s.host === c.source || c.source.host === s || c.target.host === s) continue;
      if (segments(c).some(seg => overlaps(segRect(seg), shrink(rect(s), 2)))) throughShapes.push(`edge ${id(c)} runs through ${id(s)}`);
    }
  }
  const overlappingShapes = [];
  shapes.forEach((a, i) => shapes.slice(i + 1).forEach(b => {
    if (a.host === b || b.host === a || isIn(a, b) || isIn(b, a)) return;
    if (overlaps(shrink(rect(a), 1), shrink(rect(b), 1))) overlappingShapes.push(`${id(a)} overlaps ${id(b)}`);
  }));
  const stackedEdges = [];
  const crossings = [];
  connections.forEach((c, i) => connections.slice(i + 1).forEach(d => {
    for (const [a1, a2] of segments(c)) for (const [b1, b2] of segments(d)) {
      const ah = a1.y === a2.y, bh = b1.y === b2.y;
      if (ah && bh && a1.y === b1.y || !ah && !bh && a1.x === b1.x) {
        const [lo1, hi1] = ah ? [Math.min(a1.x, a2.x), Math.max(a1.x, a2.x)] : [Math.min(a1.y, a2.y), Math.max(a1.y, a2.y)];
        const [lo2, hi2] = ah ? [Math.min(b1.x, b2.x), Math.max(b1.x, b2.x)] : [Math.min(b1.y, b2.y), Math.max(b1.y, b2.y)];
        if (Math.min(hi1, hi2) - Math.max(lo1, lo2) > 2) stackedEdges.push(`edges ${id(c)} and ${id(d)} lie on each other`);
      } else if (ah !== bh) {
        const [h1, h2, v1, v2] = ah ? [a1, a2, b1, b2] : [b1, b2, a1, a2];
        const x = v1.x, y = h1.y;
        const inside = (v, lo, hi) => v > Math.min(lo, hi) + 1 && v < Math.max(lo, hi) - 1;
        if (inside(x, h1.x, h2.x) && inside(y, v1.y, v2.y)) crossings.push(`${id(c)} x ${id(d)}`);
      }
    }
  }));
  const backwards = connections.filter(c => segments(c).some(([a, b]) => b.x < a.x - 1)).map(id);

  const labelClashes = [];
  const boxes = labels.map(l => ({ l, box: labelBox(l) }));
  boxes.forEach(({ l, box }, i) => {
    const owner = l.labelTarget;
    for (const s of shapes) if (overlaps(box, rect(s))) labelClashes.push(`label of ${id(owner)} lies on ${id(s)}`);
    for (const c of connections) {
      if (c === owner) continue;
      if (segments(c).some(seg => overlaps(box, segRect(seg)))) labelClashes.push(`label of ${id(owner)} lies on edge ${id(c)}`);
    }
    boxes.slice(i + 1).forEach(o => { if (overlaps(box, o.box)) labelClashes.push(`labels of ${id(owner)} and ${id(o.l.labelTarget)} overlap`); });
  });
  const bbox = canvas.getActiveLayer().getBBox();
  return {
    size: { width: bbox.width, height: bbox.height }, connections: connections.length,
    throughShapes, overlappingShapes, stackedEdges: [...new Set(stackedEdges)], crossings, backwards, labelClashes,
  };

  function isIn(e, container) {
    for (let p = e.parent; p; p = p.parent) if (p === container) return true;
    return false;
  }
}
