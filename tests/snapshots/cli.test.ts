import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { captureCommand, type Command } from '../../src/cli/command.ts';
import { extractCommand } from '../../src/cli/commands/extract.ts';
import { timelineCommand } from '../../src/cli/commands/timeline.ts';

// The commands run in this process (src/cli/<name>.ts runs the same function on the real process).
const COMMANDS: Record<string, Command> = { extract: extractCommand, timeline: timelineCommand };
const cli = (name: string, ...args: string[]) => captureCommand(COMMANDS[name]!, args);

describe('command lines', () => {
  it('extract --json prints the versioned contract with al-Shaar taken by the government on 6 December', () => {
    const { code, stdout } = cli('extract', '--json', 'articles');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.version).toBe(1);
    expect(out.articles).toHaveLength(5);
    expect(out.events).toContainEqual(
      expect.objectContaining({
        place: { id: 'al-shaar', name_ar: 'الشعار', name_en: 'al-Shaar' },
        kind: 'capture',
        controller: 'government',
        date: '2016-12-06',
      }),
    );
    for (const e of out.events)
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining([
          'article',
          'place',
          'kind',
          'controller',
          'date',
          'date_earliest',
          'date_latest',
          'confidence',
          'attribution',
          'evidence',
          'rule',
        ]),
      );
  });

  it('timeline --json gives al-Shaar to the opposition on 5 December and to the government on 6 December', () => {
    const { code, stdout } = cli('timeline', '--json');
    expect(code).toBe(0);
    const t = JSON.parse(stdout);
    const on = (date: string) => t.days.find((d: { date: string }) => d.date === date).control;
    expect([t.version, t.start, t.end, t.days.length]).toEqual([1, '2016-11-15', '2016-12-22', 38]);
    expect(on('2016-12-05')['al-shaar']).toBe('opposition');
    expect(on('2016-12-06')['al-shaar']).toBe('government');
    expect(t.days.every((d: { control: Record<string, string> }) => d.control['sheikh-maqsoud'] === 'kurdish')).toBe(true);
  });

  it('refuses a folder with a bad article: non-zero exit, every error named by file and field, nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'articles-'));
    copyFileSync('articles/2016-12-06_8f41e9a5b53dfa39.md', join(dir, 'good.md'));
    writeFileSync(join(dir, 'no-date.md'), '---\nsource: Test\n---\nنص');
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([...Buffer.from('---\npublished: 2016-12-06\nsource: T\n---\n'), 0xe9]));
    const { code, stdout, stderr } = cli('extract', '--json', dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no-date\.md: published: is required/);
    expect(stderr).toMatch(/latin1\.md: encoding: the file is not valid UTF-8/);
  });

  it('says which path does not exist', () => {
    const { code, stderr } = cli('extract', '--json', 'no/such/folder');
    expect(code).toBe(1);
    expect(stderr).toContain('no/such/folder');
  });
});
