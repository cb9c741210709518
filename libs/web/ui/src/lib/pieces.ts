import { Alert } from './alert';
import { Badge } from './badge';
import { ConfirmButton } from './confirm-button';
import { CopyField } from './copy-field';
import { DataTable } from './data-table';
import { DateTimeField } from './date-time/date-time-field';
import { Field } from './field';
import { InputField } from './input-field';
import { InputFields } from './input-fields';
import { PageHeader } from './page-header';
import { RadioGroup } from './radio-group';
import { SubmitButton } from './submit-button';

/** The pieces of a page (header, alerts, badges, tables, two-step confirms, copyable text), for `imports`. */
export const PAGE_PIECES = [PageHeader, Alert, Badge, DataTable, ConfirmButton, CopyField] as const;

/** The pieces of a form (labelled fields, dates, radio groups, the submit button), for `imports`. */
export const FORM_PIECES = [Field, InputField, InputFields, DateTimeField, RadioGroup, SubmitButton] as const;
