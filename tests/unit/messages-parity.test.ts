import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import en from '@/lib/i18n/messages/en.json';
import ru from '@/lib/i18n/messages/ru.json';
import be from '@/lib/i18n/messages/be.json';
import zh from '@/lib/i18n/messages/zh.json';
import { flattenMessages, type MessageTree } from '../helpers/messages';

/** "name:kind" for every argument, e.g. "count:plural", "noun:select", "q:argument". */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument) into.add(`${el.value}:argument`);
    else if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
      into.add(`${el.value}:${TYPE[el.type]}`);
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(`${el.value}:${el.type === TYPE.plural ? 'plural' : 'select'}`);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    } else if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

/** Plural categories each locale must give ('=0' etc. are optional extras). */
function pluralCategories(elements: MessageFormatElement[], into: string[][] = []): string[][] {
  for (const el of elements) {
    if (el.type === TYPE.plural) {
      into.push(Object.keys(el.options).filter((k) => !k.startsWith('=')).sort());
      for (const option of Object.values(el.options)) pluralCategories(option.value, into);
    } else if (el.type === TYPE.select) {
      for (const option of Object.values(el.options)) pluralCategories(option.value, into);
    } else if (el.type === TYPE.tag) pluralCategories(el.children, into);
  }
  return into;
}

const english = flattenMessages(en as MessageTree);
const catalogues = { ru, be, zh } as Record<string, MessageTree>;

describe.each(Object.keys(catalogues))('catalogue %s', (locale) => {
  const target = flattenMessages(catalogues[locale]);
  const required = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();

  it('has exactly the keys of en.json', () => {
    expect(english.size).toBeGreaterThan(100);
    expect([...english.keys()].filter((k) => !target.has(k))).toEqual([]);
    expect([...target.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('uses the same ICU arguments as English in every message', () => {
    const mismatches: string[] = [];
    for (const [key, source] of english) {
      const translated = target.get(key);
      if (translated === undefined) continue;
      const want = [...argumentsOf(parse(source))].sort().join(',');
      const got = [...argumentsOf(parse(translated))].sort().join(',');
      if (want !== got) mismatches.push(`${key}: ${want} ≠ ${got}`);
    }
    expect(mismatches).toEqual([]);
  });

  it(`gives every plural the categories ${locale} needs`, () => {
    const wrong: string[] = [];
    for (const [key, translated] of target) {
      for (const categories of pluralCategories(parse(translated))) {
        if (categories.join(',') !== required.join(',')) wrong.push(`${key}: ${categories.join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
