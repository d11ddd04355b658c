import type { CombinedError } from '@urql/core';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { placeFieldErrors, readAccountFailure, type AccountFailure, type AccountFieldFailure } from './account-errors';

/** The error codes at the form's fields, by field key. */
export type FieldErrors = Record<string, string>;

/** The domain's check of the values: valid (with what is sent), or the errors at the fields. */
export type CheckedValues = { ok: true } | { ok: false; errors: FieldErrors };

export interface VersionedFormOptions<V, C extends CheckedValues> {
  /** the version the client knows now (newer after a reload or someone else's save) */
  version: number;
  /** the form's values of that version, numbers written for a locale */
  valuesOf: (locale: string) => V;
  locale: string;
  same: (a: V, b: V) => boolean;
  /** rewrites what was typed for another locale, keeping its meaning */
  relocalise: (values: V, from: string, to: string) => V;
  check: (values: V, locale: string) => C;
  /** fetches the latest version (after a conflict) */
  reload: () => void;
}

/** What a send came to: the saved values and their version, or the error with where its field paths belong in the form. */
export type SendResult<V> = { saved: V; version: number } | { error: CombinedError | undefined; place: (field: string) => string | null };

/**
 * The state of a form saved on the version it was opened on (a round's budget per year, its delegation
 * order): the values as typed and as opened, the errors at the fields (the domain's once sent, the API's
 * until the field changes), a failure that belongs to no field, and a conflict's choices. A newer version
 * is taken while nothing is changed; a language switch rewrites the numbers typed; an invalid send and a
 * refusal at the fields move the focus to the first invalid field.
 */
export function useVersionedForm<V, C extends CheckedValues>({ version, valuesOf, locale, same, relocalise, check, reload }: VersionedFormOptions<V, C>) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => valuesOf(locale));
  /** what the form was opened on (or last saved): the values are "changed" when they differ */
  const [pristine, setPristine] = useState(values);
  /** the version the changes are based on; after a conflict the user chooses to move to the latest */
  const [baseVersion, setBaseVersion] = useState(version);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AccountFailure | null>(null);
  const [unplaced, setUnplaced] = useState<AccountFieldFailure[]>([]);
  const [reloadRequested, setReloadRequested] = useState(false);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const dirty = !same(values, pristine);

  // a newer version arrived while nothing is changed here: show it
  const [seenVersion, setSeenVersion] = useState(version);
  if (seenVersion !== version) {
    setSeenVersion(version);
    if (!dirty && failure === null) {
      const next = valuesOf(locale);
      setValues(next);
      setPristine(next);
      setBaseVersion(version);
    }
  }

  // a language switch changes how numbers are written: rewrite what was typed so it keeps its meaning
  const [shownLocale, setShownLocale] = useState(locale);
  if (shownLocale !== locale) {
    setShownLocale(locale);
    setValues(relocalise(values, shownLocale, locale));
    setPristine(relocalise(pristine, shownLocale, locale));
  }

  const checked = useMemo(() => check(values, locale), [check, values, locale]);
  const result: CheckedValues = checked;
  const errors: FieldErrors = { ...serverErrors, ...(submitted && !result.ok ? result.errors : {}) };

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  /** the API's errors at these fields no longer hold (the fields changed); without fields, none of them do */
  const clearServerErrors = (fields?: readonly string[]) =>
    setServerErrors((e) => {
      if (!fields) return {};
      if (!fields.some((f) => f in e)) return e;
      const rest = { ...e };
      for (const f of fields) delete rest[f];
      return rest;
    });

  /** Checks the form and, when it is valid, sends it on the version it is based on. */
  const submit = async (event: FormEvent, send: (valid: Extract<C, { ok: true }>, baseVersion: number) => Promise<SendResult<V>>) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    setUnplaced([]);
    setServerErrors({});
    if (!result.ok) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setSaving(true);
    const answer = await send(checked as Extract<C, { ok: true }>, baseVersion);
    setSaving(false);
    if ('saved' in answer) {
      setValues(answer.saved);
      setPristine(answer.saved);
      setBaseVersion(answer.version);
      setSubmitted(false);
      return;
    }
    const f = readAccountFailure(answer.error) ?? { kind: 'unknown' };
    setFailure(f);
    setReloadRequested(false);
    if (f.kind === 'validation') {
      const { placed, unplaced: rest } = placeFieldErrors(f.fields, answer.place);
      setServerErrors(placed);
      setUnplaced(rest);
      setFocusRequest((n) => n + 1);
    }
  };

  const conflict =
    failure?.kind === 'conflict'
      ? {
          reloadRequested,
          // the latest version has arrived once the one the client knows is newer than the one the form is based on
          latestLoaded: reloadRequested && version > baseVersion,
          onReload: () => {
            setReloadRequested(true);
            reload();
          },
          onKeepMine: () => {
            setBaseVersion(version);
            setPristine(valuesOf(locale));
            setFailure(null);
          },
          onUseLatest: () => {
            const latest = valuesOf(locale);
            setBaseVersion(version);
            setValues(latest);
            setPristine(latest);
            setSubmitted(false);
            setFailure(null);
          },
        }
      : null;

  return {
    formRef,
    values,
    setValues,
    checked,
    errors,
    hasErrors: Object.keys(errors).length > 0,
    clearServerErrors,
    submit,
    saving,
    failure,
    unplaced,
    /** the state and choices of the conflict alert, while the last save met someone else's */
    conflict,
    /** sends the form again (the retry of a network failure) */
    retry: () => formRef.current?.requestSubmit(),
  };
}
