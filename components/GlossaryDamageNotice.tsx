import type { GlossaryDamage } from '../lib/glossary/glossary-service.ts';
import type { MessageKey } from '../lib/i18n/translate.ts';
import { useT } from './i18n.ts';

interface Props {
  damage: GlossaryDamage;
  /** Where the reader can export what was read, from the page showing this. */
  exportHint: MessageKey;
}

/** Says that part of the stored glossary could not be read, that it is kept and not written over, and what to do. */
export function GlossaryDamageNotice({ damage, exportHint }: Props) {
  const t = useT();
  return (
    <div role="alert" data-testid="glossary-damaged">
      <p>{t(damage.readOnly ? 'glossary.damaged.readOnly' : 'glossary.damaged', { count: damage.items })}</p>
      <p>{t(exportHint)}</p>
    </div>
  );
}
