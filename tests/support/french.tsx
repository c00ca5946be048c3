// Component tests read the real French of locales/fr.yml, as the popup does when French is chosen.
import type { JSX } from 'solid-js';
import { TextProvider } from '../../src/ui';
import { localeTable } from './locales';

const FRENCH = localeTable('fr');

export function InFrench(props: { children: JSX.Element }): JSX.Element {
  return (
    <TextProvider language="fr" table={FRENCH}>
      {props.children}
    </TextProvider>
  );
}
