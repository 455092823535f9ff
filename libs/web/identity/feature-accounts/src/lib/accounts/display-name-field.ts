import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ACCOUNT_LIMITS } from '@ecampus/shared/contracts';
import { FieldErrorPipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** The name others see, as "Konto anlegen" and "Umbenennen" ask for it (the contract's length rule). */
@Component({
  selector: 'ec-display-name-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldErrorPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './display-name-field.html',
  styleUrl: './display-name-field.css',
})
export class DisplayNameField {
  readonly control = input.required<FormControl<string>>();
  readonly testId = input.required<string>();
  protected readonly limits = ACCOUNT_LIMITS.displayName;
}
