import { describe, expect, it } from 'vitest';
import { changedFields } from '@/components/admin/form/reapply';

/**
 * What counts as an editor's change in an admin form (the unsaved-changes guard, the
 * "Saved" banner, "reload and re-apply"). Values are as Conform holds them: read from
 * the form element, so React's hidden server-action inputs are among them.
 */
describe('changedFields', () => {
  const opened = { id: 7, version: 3, title: 'Old title', publisher: '', published: { precision: '', year: '', month: '', day: '' } };

  it('is empty for a form that holds what it was opened with, including React’s $ACTION_ inputs', () => {
    // Exactly what Chromium's form holds right after a save of an edit (seen in the e2e run).
    const held = {
      '$ACTION_1:0': '{"id":"7fb2cfa973206a0c71937b7c5027c8f56c4b4b57d9","bound":"$@1"}',
      '$ACTION_1:1': '[null]',
      $ACTION_KEY: 'kad820546bcfe4f26ca0f2684ea5be342',
      $ACTION_REF_1: '',
      id: '7',
      version: '3',
      title: 'Old title',
      publisher: '',
      published: { precision: '', year: '', month: '', day: '' },
    };
    expect(changedFields(held, opened)).toEqual({});
  });

  it('names the fields the editor changed, and only those', () => {
    const held = { $ACTION_KEY: 'k1', id: '7', version: '3', title: 'New title', publisher: 'BelTA', published: { precision: 'year', year: '2019', month: '', day: '' } };
    expect(changedFields(held, opened)).toEqual({
      title: 'New title',
      publisher: 'BelTA',
      published: { precision: 'year', year: '2019', month: '', day: '' },
    });
  });

  it('counts a field emptied by the editor, and leaves the record id and version out', () => {
    expect(changedFields({ id: '8', version: '9', title: '' }, opened)).toEqual({ title: '' });
  });
});
