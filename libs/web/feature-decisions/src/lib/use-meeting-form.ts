import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DecisionsFailure, FieldFailure } from './errors';
import {
  buildMeetingInput,
  placeServerMeetingErrors,
  type MeetingField,
  type MeetingFormErrors,
  type MeetingFormValues,
  type MeetingInputShape,
} from './meeting-model';

/**
 * Sends the checked input; resolves to null when it was saved (the form has done what follows a save),
 * or to the failure the form shows while keeping what was typed.
 */
export type MeetingSend = (input: MeetingInputShape) => Promise<DecisionsFailure | null>;

/**
 * The state of a meeting form ("Nytt möte", "Ändra mötet"): the values as typed, the errors at the fields
 * (the domain's once sent, the API's until the field changes), a failure that belongs to no field, and the
 * save in progress. An invalid send and a refusal at the fields move the focus to the first invalid field.
 */
export function useMeetingForm(initial: MeetingFormValues | (() => MeetingFormValues)) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<MeetingFormValues>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<MeetingFormErrors>({});
  const [failure, setFailure] = useState<DecisionsFailure | null>(null);
  const [unplaced, setUnplaced] = useState<FieldFailure[]>([]);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  const checked = buildMeetingInput(values);
  const errors: MeetingFormErrors = { ...serverErrors, ...(submitted && !checked.ok ? checked.errors : {}) };

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  /** a field as typed; the API's error there no longer holds */
  const change = (field: MeetingField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setServerErrors((e) => {
      if (!(field in e)) return e;
      const rest = { ...e };
      delete rest[field];
      return rest;
    });
  };

  /** Checks the form and, when it is valid, sends it; a refusal at the fields lands at them. */
  const submit = async (event: FormEvent, send: MeetingSend) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    setUnplaced([]);
    setServerErrors({});
    if (!checked.ok) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setSaving(true);
    const f = await send(checked.input);
    setSaving(false);
    if (!f) return;
    setFailure(f);
    if (f.kind === 'validation') {
      const placed = placeServerMeetingErrors(f.fields);
      setServerErrors(placed.errors);
      setUnplaced(placed.unplaced);
      setFocusRequest((n) => n + 1);
    }
  };

  /** other values (the saved or the latest version) as the form's, not yet sent */
  const reset = (next: MeetingFormValues) => {
    setValues(next);
    setSubmitted(false);
  };

  return {
    formRef,
    values,
    /** replaces the values and keeps the rest (a newer version while nothing is changed) */
    setValues,
    errors,
    hasErrors: Object.keys(errors).length > 0,
    failure,
    setFailure,
    unplaced,
    saving,
    change,
    submit,
    reset,
    /** sends the form again (the retry of a network failure) */
    retry: () => formRef.current?.requestSubmit(),
  };
}
