import type { NixValue, OptionDoc } from '@/core/documents/types';
import { ExtLink } from '@/components/ui/ext-link';
import { MetaList, MetaRow } from '@/components/ui/meta-list';
import { NixCode } from '@/components/ui/nix-code';
import { RenderedHtml } from '@/components/ui/rendered-html';

function Value({ value, label }: { value: NixValue; label: string }) {
  if (value.rendered) return <RenderedHtml text={value.rendered} className="text-sm" />;
  return <NixCode code={value.text} label={label} />;
}

/** Type, default and example (Nix, highlighted), read-only flag and declarations of an option (the option page). */
export function OptionMeta({ option }: { option: OptionDoc }) {
  return (
    <MetaList>
      <MetaRow term="Type" show={option.type !== null}>
        <span className="mono-xs">{option.type}</span>
      </MetaRow>
      <MetaRow term="Default" show={option.default !== null}>
        {option.default ? <Value value={option.default} label="Default" /> : null}
      </MetaRow>
      <MetaRow term="Example" show={option.example !== null}>
        {option.example ? <Value value={option.example} label="Example" /> : null}
      </MetaRow>
      <MetaRow term="Read-only" show={option.readOnly}>
        yes
      </MetaRow>
      <MetaRow term="Declared in" show={option.declarations.length > 0}>
        <ul>
          {option.declarations.map((d, i) => (
            <li key={i} className="mono-xs">
              <ExtLink href={d.url}>{d.name}</ExtLink>
            </li>
          ))}
        </ul>
      </MetaRow>
    </MetaList>
  );
}
