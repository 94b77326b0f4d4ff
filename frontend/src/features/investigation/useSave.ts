import { useState } from 'react';
import { saveProblemFrom, type SaveProblem } from '../../shared/components/saveProblem';
import { controlId, type Investigation } from './work';

export interface Saving {
  problem: SaveProblem | null;
  submits: number;
  saving: boolean;
  saved: boolean;
  run: (request: () => Promise<Investigation>) => Promise<void>;
}

/** Saves one part of the work; a refusal becomes an error summary linking to the section's controls. */
export function useSave(section: string, onSaved: (i: Investigation) => void): Saving {
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const run = async (request: () => Promise<Investigation>) => {
    if (saving) return;
    setSubmits((s) => s + 1);
    setProblem(null);
    setSaved(false);
    setSaving(true);
    try {
      const updated = await request();
      setSaved(true);
      onSaved(updated);
    } catch (err) {
      setProblem(saveProblemFrom(err, (field) => controlId(section, field), 'You do not have access to change this learning response.'));
    } finally {
      setSaving(false);
    }
  };
  return { problem, submits, saving, saved, run };
}
