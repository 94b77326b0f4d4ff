import { useEffect, useState } from 'react';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import type { Option } from '../../shared/components/fields';

export interface ActionOptions {
  owners: Option[];
  plans: Option[];
  responses: Option[];
}

/**
 * The choices of the action form: active people who may own it, the open improvement plans and (when proposing)
 * the learning responses the caller may work on. A list that cannot be read is offered empty.
 */
export function useActionOptions(withResponses: boolean): ActionOptions {
  const { api } = useAuth();
  const [options, setOptions] = useState<ActionOptions>({ owners: [], plans: [], responses: [] });
  useEffect(() => {
    let cancelled = false;
    const owners = call(api.GET('/api/v1/safety-actions/owner-candidates')).then(
      (d) => d.items.map((p) => ({ value: p.id, text: p.jobRole ? `${p.name} (${p.jobRole})` : p.name })),
      () => [],
    );
    const plans = call(api.GET('/api/v1/improvement-plans', { params: { query: { status: 'open', size: 100 } } })).then(
      (d) => d.items.map((p) => ({ value: p.id, text: `${p.reference}: ${p.title}` })),
      () => [],
    );
    const responses = withResponses
      ? call(api.GET('/api/v1/responses', { params: { query: { size: 100 } } })).then(
          (d) => d.items.map((r) => ({ value: r.id, text: `${r.reference} (${r.typeDisplay})` })),
          () => [],
        )
      : Promise.resolve([]);
    void Promise.all([owners, plans, responses]).then(([o, p, r]) => {
      if (!cancelled) setOptions({ owners: o, plans: p, responses: r });
    });
    return () => {
      cancelled = true;
    };
  }, [api, withResponses]);
  return options;
}

export function textOf(options: Option[], value: string, otherwise: string): string {
  return options.find((o) => o.value === value)?.text ?? otherwise;
}
