import type { NixValue, OptionDoc } from '@/core/documents/types';
import { ExtLink } from '@/components/ui/ext-link';
import { MetaList, MetaRow } from '@/components/ui/meta-list';
import { NixCode } from '@/components/ui/nix-code';
import { RenderedHtml } from '@/components/ui/rendered-html';

function Value({ value, label, highlight }: { value: NixValue; label: string; highlight: boolean }) {
  if (value.rendered) return <RenderedHtml text={value.rendered} className="text-sm" />;
  return highlight ? (
    <NixCode code={value.text} label={label} />
  ) : (
    <pre aria-label={label} className="code-block">
      <code>{value.text}</code>
    </pre>
  );
}

/** Type, default, example and declarations of an option (highlighted on the option page; plain in result cards). */
export function OptionMeta({ option, highlight = true }: { option: OptionDoc; highlight?: boolean }) {
  return (
    <MetaList>
      <MetaRow term="Type" show={option.type !== null}>
        <span className="mono-xs">{option.type}</span>
      </MetaRow>
      <MetaRow term="Default" show={option.default !== null}>
        {option.default ? <Value value={option.default} label="Default" highlight={highlight} /> : null}
      </MetaRow>
      <MetaRow term="Example" show={option.example !== null}>
        {option.example ? <Value value={option.example} label="Example" highlight={highlight} /> : null}
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
