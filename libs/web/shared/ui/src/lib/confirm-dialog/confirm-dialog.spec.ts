import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { of } from 'rxjs';
import { ConfirmDialog, type ConfirmDialogData } from './confirm-dialog';

describe('ConfirmDialog', () => {
  async function render(confirm: () => Promise<boolean>) {
    localStorage.clear();
    const close = jest.fn();
    const messages = signal<string[]>([]);
    const data: ConfirmDialogData = {
      heading: 'Programm archivieren?',
      text: 'Mitglieder sehen es danach nicht mehr.',
      confirmLabel: 'Archivieren',
      confirmTestId: 'archive-confirm',
      submission: { busy: signal(false), messages },
      confirm,
    };
    TestBed.configureTestingModule({
      providers: [provideTestI18n(), { provide: MAT_DIALOG_DATA, useValue: data }, { provide: MatDialogRef, useValue: { close } }],
    });
    const fixture = TestBed.createComponent(ConfirmDialog);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const click = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="archive-confirm"]')?.click();
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { el, close, messages, click };
  }

  it('says what will happen and closes with true once the action succeeded', async () => {
    const confirm = jest.fn().mockResolvedValue(true);
    const { el, close, click } = await render(confirm);
    expect(el.querySelector('h2')?.textContent).toBe('Programm archivieren?');
    expect(el.textContent).toContain('Mitglieder sehen es danach nicht mehr.');
    await click();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledWith(true);
  });

  it('stays open and shows why the action failed', async () => {
    const { el, close, messages, click } = await render(async () => {
      messages.set(['Das letzte aktive Administrationskonto kann nicht deaktiviert werden.']);
      return false;
    });
    await click();
    expect(close).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="confirm-error"]')?.textContent).toContain('letzte aktive');
  });

  it('open() resolves true only when the action ran', async () => {
    const open = jest
      .fn()
      .mockReturnValueOnce({ afterClosed: () => of(true) })
      .mockReturnValueOnce({ afterClosed: () => of(undefined) });
    const dialog = { open } as unknown as MatDialog;
    const data = {} as ConfirmDialogData;
    await expect(ConfirmDialog.open(dialog, data)).resolves.toBe(true);
    await expect(ConfirmDialog.open(dialog, data)).resolves.toBe(false);
    expect(open).toHaveBeenCalledWith(ConfirmDialog, expect.objectContaining({ data }));
  });
});
