import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import type { Option } from '../../shared/components/fields';

/** What the register's forms pick from: the active people of the directory (at most 100) and the directorates. */
export function useCoachOptions() {
  const { api } = useAuth();
  return useLoad(async (): Promise<{ people: Option[]; directorates: Option[] }> => {
    const [page, directorates] = await Promise.all([
      call(api.GET('/api/v1/people', { params: { query: { size: 100 } } })),
      call(api.GET('/api/v1/reference/directorates')),
    ]);
    return {
      people: page.items.filter((p) => p.active).map((p) => ({ value: p.id, text: p.jobRole ? `${p.name} (${p.jobRole})` : p.name })),
      directorates: directorates.map((d) => ({ value: String(d.id), text: d.name })),
    };
  }, [api]);
}
