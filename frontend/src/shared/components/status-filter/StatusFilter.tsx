import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Select } from '../fields';
import { listSearch, pageFrom, statusFrom } from '../listParams';
import { FilterActions } from '../misc';

/** The status and page a list page shows, read from its address. */
export function useStatusList<S extends string>(statuses: readonly S[]) {
  const [params] = useSearchParams();
  return { status: statusFrom(params, statuses), page: pageFrom(params) };
}

interface Props<S extends string> {
  listPath: string;
  label: string;
  status: S | undefined;
  texts: Record<S, string>;
}

/** A list page's status filter: choosing a status and applying it goes to the list's address with it. */
export function StatusFilter<S extends string>({ listPath, label, status, texts }: Props<S>) {
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string>(status ?? '');
  useEffect(() => setChosen(status ?? ''), [status]);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    void navigate(`${listPath}${listSearch(chosen)}`);
  };
  const statuses = Object.keys(texts) as S[];
  return (
    <form noValidate onSubmit={apply} aria-label={label}>
      <Select
        id="status"
        label="Status"
        placeholder="Any status"
        value={chosen}
        onChange={setChosen}
        options={statuses.map((s) => ({ value: s, text: texts[s] }))}
      />
      <FilterActions listPath={listPath} onClear={() => setChosen('')} />
    </form>
  );
}
