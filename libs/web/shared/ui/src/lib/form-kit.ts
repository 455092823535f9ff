import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DateField } from './date-field/date-field';
import { DialogFrame } from './dialog-frame/dialog-frame';
import { FieldErrorPipe } from './field-error/field-error-pipe';
import { FormActions } from './form-actions/form-actions';
import { FormMessages } from './form-messages/form-messages';
import { SubmitButton } from './submit-button/submit-button';

/**
 * Everything a form's template uses, as one entry of a component's `imports`: reactive forms,
 * Material fields and inputs, the date field, field and form messages, the submit button, form
 * actions and the dialog frame.
 */
export const FORM_KIT = [
  ReactiveFormsModule,
  MatFormFieldModule,
  MatInputModule,
  DateField,
  FieldErrorPipe,
  FormMessages,
  SubmitButton,
  FormActions,
  DialogFrame,
] as const;
