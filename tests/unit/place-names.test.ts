import { describe, expect, it } from 'vitest';
import { displayName, localName, originalName } from '@/lib/i18n/place-names';

const novogrudok = {
  nameEn: 'Novogrudok District',
  nameRu: 'Новогрудский район',
  nameBe: 'Навагрудскі раён',
  nameZh: '新格鲁多克区',
  country: 'BY',
};
const dunhuang = { nameEn: 'Dunhuang', nameRu: 'Дуньхуан', nameBe: null, nameZh: '敦煌市', country: 'CN' };

describe('place names per locale', () => {
  it('chooses the UI language and falls back to English', () => {
    expect(localName(novogrudok, 'en')).toBe('Novogrudok District');
    expect(localName(novogrudok, 'ru')).toBe('Новогрудский район');
    expect(localName(novogrudok, 'zh')).toBe('新格鲁多克区');
    expect(localName({ ...dunhuang, nameZh: null }, 'zh')).toBe('Dunhuang');
    expect(localName(dunhuang, 'be')).toBe('Дуньхуан');
  });

  it('adds the original name only where it differs from what is shown', () => {
    expect(originalName(novogrudok, 'en')).toBe('Новогрудский район');
    expect(originalName(dunhuang, 'en')).toBe('敦煌市');
    expect(originalName(dunhuang, 'zh')).toBeNull();
    expect(originalName(novogrudok, 'ru')).toBeNull();
  });
});

describe('displayName fallback', () => {
  const onlyEnglish = { en: 'Wuwei' };
  it('falls back be → ru → en, ru → en, zh → en', () => {
    expect(displayName({ en: 'Dunhuang', ru: 'Дуньхуан', be: null, zh: '敦煌市' }, 'be')).toBe('Дуньхуан');
    expect(displayName({ en: 'Dunhuang', ru: null, be: '', zh: '敦煌市' }, 'be')).toBe('Dunhuang');
    expect(displayName({ en: 'Dunhuang', ru: null, be: 'Дуньхуан', zh: null }, 'ru')).toBe('Dunhuang');
    expect(displayName({ en: 'Dunhuang', ru: 'Дуньхуан', zh: null }, 'zh')).toBe('Dunhuang');
    expect(displayName(onlyEnglish, 'xx')).toBe('Wuwei');
  });
  it('never returns a blank name when English is there', () => {
    for (const locale of ['en', 'ru', 'be', 'zh']) {
      expect(displayName({ en: 'Minsk', ru: '  ', be: '', zh: '' }, locale)).toBe('Minsk');
    }
  });
  it('localName reads the column shape the same way', () => {
    expect(localName({ nameEn: 'Minsk', nameRu: 'Минск', nameBe: null, nameZh: null }, 'be')).toBe('Минск');
  });
});
