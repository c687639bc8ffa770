/** "Pengaturan": kategori scale, efisiensi definition, cap before averaging, output placement, polarity. */
import * as React from 'react';
import { Button, Field, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { RunSettings } from '../../usecase/settings';
import type { Polarity } from '../../engine/capaian';
import type { RunOutcome } from '../../usecase/run';
import { CAP_OPTIONS, EFISIENSI_OPTIONS, OUTPUT_OPTIONS, SKALA_OPTIONS } from '../state/labels';
import { choosePolarity, indicatorsOf } from '../state/polarity';

export interface SettingsViewProps {
  settings: RunSettings;
  outcome?: RunOutcome;
  onChange(settings: RunSettings): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  optionLabel: { display: 'flex', flexDirection: 'column' },
  optionHint: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  indicator: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  indicatorName: { overflowWrap: 'anywhere' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

function OptionLabel({ label, hint }: { label: string; hint?: string }) {
  const styles = useStyles();
  return (
    <span className={styles.optionLabel}>
      <span>{label}</span>
      {hint && <span className={styles.optionHint}>{hint}</span>}
    </span>
  );
}

/** A field of radio options, each with its hint under the label. */
function HintedChoice<T extends string>({ label, value, options, onSelect }: { label: string; value: T; options: { value: T; label: string; hint?: string }[]; onSelect(value: T): void }) {
  return (
    <Field label={label}>
      <RadioGroup value={value} onChange={(_, d) => onSelect(d.value as T)}>
        {options.map(o => (
          <Radio key={o.value} value={o.value} label={<OptionLabel label={o.label} hint={o.hint} />} />
        ))}
      </RadioGroup>
    </Field>
  );
}

const POLARITY_TEXT: Record<Polarity, string> = {
  positif: 'Positif (makin tinggi makin baik)',
  negatif: 'Negatif (makin rendah makin baik)',
};

function PolarityList({ settings, outcome, onChange }: SettingsViewProps) {
  const styles = useStyles();
  const items = React.useMemo(() => (outcome ? indicatorsOf(outcome, settings.polaritas) : []), [outcome, settings.polaritas]);
  const chosenCount = Object.keys(settings.polaritas).length;
  return (
    <section className={styles.section} aria-labelledby="hc-polaritas">
      <h2 id="hc-polaritas" className={styles.sectionTitle}>
        Polaritas indikator
      </h2>
      <p className={styles.hint}>
        Indikator negatif (misalnya jumlah pengaduan) dihitung dengan (2 − realisasi/target) × 100. Saran diambil dari nama indikator;
        periksa dan ubah bila perlu.
      </p>
      {!outcome && <p className={styles.hint}>Tekan Hitung Capaian untuk melihat daftar indikator.</p>}
      {outcome && items.length === 0 && <p className={styles.hint}>Tidak ada indikator dengan capaian yang dihitung.</p>}
      {items.length > 0 && (
        <ul className={styles.list}>
          {items.map(item => {
            const value = item.chosen ?? item.suggestion;
            return (
              <li key={item.key} className={styles.indicator}>
                <span className={styles.indicatorName}>{item.label}</span>
                <span className={styles.optionHint} title={item.reason}>
                  Saran: {item.suggestion}
                  {item.chosen ? ` · pilihan Anda: ${item.chosen}` : ''}
                  {item.used !== value ? ` · perhitungan terakhir memakai ${item.used}` : ''}
                </span>
                <Select
                  aria-label={`Polaritas ${item.label}`}
                  value={value}
                  onChange={(_, d) => onChange({ ...settings, polaritas: choosePolarity(settings.polaritas, item, d.value as Polarity) })}
                >
                  <option value="positif">{POLARITY_TEXT.positif}</option>
                  <option value="negatif">{POLARITY_TEXT.negatif}</option>
                </Select>
              </li>
            );
          })}
        </ul>
      )}
      {chosenCount > 0 && (
        <Button appearance="secondary" onClick={() => onChange({ ...settings, polaritas: {} })}>
          Kembalikan semua polaritas ke saran ({chosenCount})
        </Button>
      )}
    </section>
  );
}

export function SettingsView(props: SettingsViewProps): React.ReactElement {
  const { settings, onChange } = props;
  const styles = useStyles();
  const skala = SKALA_OPTIONS.find(o => o.value === settings.skala);
  const cap = settings.capSebelumRataRata === null ? '' : String(settings.capSebelumRataRata);

  return (
    <div className={styles.root}>
      <p className={styles.hint}>Pengaturan disimpan di buku kerja ini dan dipakai juga oleh tombol Hitung Capaian di pita.</p>

      <Field label="Skala kategori" hint={skala?.hint}>
        <Select value={settings.skala} onChange={(_, d) => onChange({ ...settings, skala: d.value })}>
          {!skala && <option value={settings.skala}>{settings.skala}</option>}
          {SKALA_OPTIONS.map(o => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>

      <HintedChoice label="Definisi efisiensi" value={settings.efisiensi} options={EFISIENSI_OPTIONS} onSelect={efisiensi => onChange({ ...settings, efisiensi })} />

      <Field label="Batas capaian sebelum dirata-rata" hint="Sebagian instansi membatasi setiap capaian sebelum menghitung rata-rata sasaran atau program.">
        <RadioGroup
          layout="horizontal"
          value={cap}
          onChange={(_, d) => onChange({ ...settings, capSebelumRataRata: d.value ? Number(d.value) : null })}
        >
          {CAP_OPTIONS.map(o => (
            <Radio key={o.value || 'none'} value={o.value} label={o.label} />
          ))}
        </RadioGroup>
      </Field>

      <HintedChoice label="Letak hasil" value={settings.output} options={OUTPUT_OPTIONS} onSelect={output => onChange({ ...settings, output })} />

      <PolarityList {...props} />
    </div>
  );
}
