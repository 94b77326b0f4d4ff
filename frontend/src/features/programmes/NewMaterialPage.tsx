import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/error-summary';
import { ErrorMessage, Radios, TextInput, type FieldMessage } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, placedBy } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { ACCEPT, acceptedContentType, fileProblem, readAsBase64 } from './materialFile';

const FIELD: Record<string, string> = {
  title: 'material-title',
  link: 'material-link',
  'file.contentBase64': 'material-file',
  'file.contentType': 'material-file',
  'file.fileName': 'material-file',
};

/** Adds a material to a programme: a link, or a file of at most 5 MB kept by the service. */
export function NewMaterialPage({ programmeId }: { programmeId: string }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [how, setHow] = useState<'' | 'link' | 'file'>('');
  const [link, setLink] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const save = useSubmit(placedBy(FIELD, 'You do not have access to add materials.'));
  const check = (): FieldMessage[] => {
    const errors: FieldMessage[] = [];
    if (!title.trim()) errors.push({ id: FIELD.title, message: 'Enter the title of the material' });
    if (!how) errors.push({ id: 'material-how', message: 'Say whether you are adding a link or a file' });
    if (how === 'link' && !/^https?:\/\/\S+$/i.test(link.trim())) errors.push({ id: FIELD.link, message: 'Enter a web address starting with https:// or http://' });
    if (how === 'file') {
      const problem = file ? fileProblem(file) : 'Choose a file';
      if (problem) errors.push({ id: 'material-file', message: problem });
    }
    return errors;
  };
  const submit = save.handle(check, async () => {
    const body =
      how === 'link'
        ? { title: title.trim(), link: link.trim() }
        : { title: title.trim(), file: { fileName: file!.name, contentType: acceptedContentType(file!)!, contentBase64: await readAsBase64(file!) } };
    await call(api.POST('/api/v1/programmes/{programmeId}/materials', { params: { path: { programmeId } }, body }));
    navigate(`/programmes/${programmeId}`);
  });
  usePageTitle('Add a material', hasProblem(save.problem));
  const errors = save.fieldErrors;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/programmes/${programmeId}`}>Back to the programme</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="material-problem" />
        <h1>Add a material</h1>
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="New material">
          <TextInput id={FIELD.title} label="Title" value={title} error={errors[FIELD.title]} onChange={setTitle} />
          <Radios
            id="material-how"
            legend="How are you adding it?"
            value={how}
            error={errors['material-how']}
            onChange={(v) => setHow(v as 'link' | 'file')}
            options={[
              { value: 'link', text: 'A link to a web page' },
              { value: 'file', text: 'Upload a file', hint: 'PDF, Word, PowerPoint, text, PNG or JPEG, smaller than 5 MB' },
            ]}
            conditional={{
              link: <TextInput id={FIELD.link} label="Web address" value={link} error={errors[FIELD.link]} onChange={setLink} />,
              file: (
                <div className={`nhsuk-form-group${errors['material-file'] ? ' nhsuk-form-group--error' : ''}`}>
                  <label className="nhsuk-label" htmlFor="material-file">
                    File
                  </label>
                  <ErrorMessage id="material-file" message={errors['material-file']} />
                  <input
                    className="nhsuk-file-upload"
                    id="material-file"
                    name="material-file"
                    type="file"
                    accept={ACCEPT}
                    aria-describedby={errors['material-file'] ? 'material-file-error' : undefined}
                    onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                  />
                </div>
              ),
            }}
          />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Add material
          </button>
        </form>
      </div>
    </div>
  );
}
