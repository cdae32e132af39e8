import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../lib/env-file.mjs';

export const OUT_DIR = path.join(ROOT, '.tmp', 'bench');

/**
 * Prints rows as an aligned table under `title`. Each column names its heading and how to show a
 * row's value; the first column is left-aligned (names), the others right-aligned (figures).
 */
export function printTable(title, columns, rows) {
  const lines = rows.map((row) => columns.map((column) => String(column.value(row))));
  const widths = columns.map((column, index) => Math.max(column.title.length, ...lines.map((line) => line[index].length)));
  const format = (cells) => cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  ');
  const headings = columns.map((column) => column.title);
  console.log(['', title, format(headings), widths.map((width) => '─'.repeat(width)).join('  '), ...lines.map(format), ''].join('\n'));
}

/** A ratio as the tables show it. */
export const times = (ratio) => `${ratio.toFixed(2)}×`;

/**
 * A target from the issue checked against a measured figure: `atMost` or `atLeast` the goal.
 * `show` formats both numbers the same way (ms, ×, %).
 */
export function checkTarget(name, measured, { atMost, atLeast, show = String }) {
  const pass = measured !== null && Number.isFinite(measured) && (atMost !== undefined ? measured <= atMost : measured >= atLeast);
  const goal = atMost !== undefined ? `≤ ${show(atMost)}` : `≥ ${show(atLeast)}`;
  return { target: name, measured: measured === null ? 'not measured' : show(measured), goal, verdict: pass ? 'PASS' : 'MISS' };
}

/** Prints the targets checked by one benchmark, one line each, with PASS or MISS. */
export function printTargets(title, targets) {
  printTable(`${title}: targets`, [
    { title: 'target', value: (row) => row.target },
    { title: 'measured', value: (row) => row.measured },
    { title: 'goal', value: (row) => row.goal },
    { title: 'verdict', value: (row) => row.verdict },
  ], targets);
}

/** Writes one JSON document for the whole run: the machine, then one section per benchmark run. */
export function writeResults(sections) {
  const report = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    ...sections,
  };
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, 'results.json');
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return path.relative(ROOT, file);
}
