import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/views';

type Filter = Record<string, string>;

/** A filter's field: the label's key in the catalogue, and a time for `datetime-local` inputs. */
export interface FilterField<F extends Filter> {
  key: keyof F & string;
  label: string;
  type?: 'text' | 'datetime-local';
  placeholder?: string;
}

/** The filters' values as the API takes them: the given ones only, local times as instants. */
export function queryOf<F extends Filter>(fields: readonly FilterField<F>[], applied: F): Record<string, string> {
  const query: Record<string, string> = {};
  for (const { key, type } of fields) {
    if (applied[key]) query[key] = type === 'datetime-local' ? new Date(applied[key]).toISOString() : applied[key];
  }
  return query;
}

/**
 * A list read page by page under filters the user edits in a form and applies with its button:
 * the pages read so far, the next one on demand, and the form bound to the filters.
 */
export function useFilteredPages<F extends Filter, Item>(
  name: string,
  fields: readonly FilterField<F>[],
  initial: F,
  read: (query: Record<string, string>) => Promise<Page<Item>>,
) {
  const [filter, setFilter] = useState(initial);
  const [applied, setApplied] = useState(initial);
  const pages = useInfiniteQuery({
    queryKey: [name, applied],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => read({ ...queryOf(fields, applied), ...(pageParam && { cursor: pageParam }) }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const form = { fields, filter, edit: (key: keyof F & string, value: string) => setFilter({ ...filter, [key]: value }), apply: () => setApplied(filter) };
  return { pages, items: pages.data?.pages.flatMap((page) => page.items) ?? [], form };
}

/** The filter form of a `useFilteredPages` list. */
export function FilterForm<F extends Filter>({ form }: { form: ReturnType<typeof useFilteredPages<F, unknown>>['form'] }) {
  const { t } = useTranslation();
  return (
    <form
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        form.apply();
      }}
    >
      {form.fields.map(({ key, label, type = 'text', placeholder }) => (
        <label key={key}>
          {t(label)}
          <input type={type} placeholder={placeholder} value={form.filter[key]} onChange={(event) => form.edit(key, event.target.value)} />
        </label>
      ))}
      <button type="submit">{t('audit.apply')}</button>
    </form>
  );
}

/** The button that reads the next page, while there is one. */
export function MoreButton({ pages }: { pages: { hasNextPage: boolean; fetchNextPage: () => unknown } }) {
  const { t } = useTranslation();
  if (!pages.hasNextPage) return null;
  return (
    <button type="button" onClick={() => void pages.fetchNextPage()}>
      {t('more')}
    </button>
  );
}
