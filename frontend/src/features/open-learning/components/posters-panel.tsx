import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/ui/download-button';
import { UnitSelect } from '@/components/ui/unit-select';
import { downloadPosters } from '@/features/open-learning/api/download-posters';
import type { PosterFormat, QrTarget, UnitNode } from '@/features/open-learning/api/types';

export type PosterChoice = { target: QrTarget; ref: string; label: string };

function findUnit(nodes: UnitNode[], id: number): UnitNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findUnit(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/** QR posters (A4) or leaflets (A6) for a commune, or one per commune of a district in a ZIP. */
export function PostersPanel({ roots, choices }: { roots: UnitNode[]; choices: PosterChoice[] }) {
  const { t } = useTranslation();
  const choiceId = useId();
  const formatId = useId();
  const [unitId, setUnitId] = useState<number | null>(null);
  const [choice, setChoice] = useState(0);
  const [format, setFormat] = useState<PosterFormat>('A4');
  const unit = unitId === null ? undefined : findUnit(roots, unitId);
  const picked = choices[choice];
  return (
    <section className="card" data-testid="posters">
      <h2 className="card__title">{t('openLearning.posters.title')}</h2>
      <p>{t('openLearning.posters.intro')}</p>
      <UnitSelect label={t('openLearning.posters.unit')} placeholder={t('openLearning.posters.pickUnit')} roots={roots}
        value={unitId} onChange={setUnitId} testId="posters-unit" />
      <div className="field">
        <label htmlFor={choiceId} className="field__label">{t('openLearning.posters.what')}</label>
        <select id={choiceId} className="field__input" value={choice} onChange={(e) => setChoice(Number(e.target.value))}
          data-testid="posters-target">
          {choices.map((c, index) => (
            <option key={`${c.target}-${c.ref}`} value={index}>{c.label}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={formatId} className="field__label">{t('openLearning.posters.format')}</label>
        <select id={formatId} className="field__input" value={format} onChange={(e) => setFormat(e.target.value as PosterFormat)}>
          <option value="A4">{t('openLearning.posters.a4')}</option>
          <option value="A6">{t('openLearning.posters.a6')}</option>
        </select>
      </div>
      {unit && picked && (
        <DownloadButton variant="primary" testId="posters-download"
          label={unit.type === 'COMMUNE' ? t('openLearning.posters.downloadOne') : t('openLearning.posters.downloadZip')}
          download={() => downloadPosters(unit.id, unit.type === 'COMMUNE', picked.target, picked.ref, format)} />
      )}
    </section>
  );
}
