import { describe, expect, it } from 'vitest';
import { localName, originalName } from '@/lib/i18n/place-names';

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
