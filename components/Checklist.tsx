interface Item {
  id: string;
  text: string;
}

interface Props {
  items: Item[];
  checked: Set<string>;
  onToggle(id: string, checked: boolean): void;
  /** Numbered steps (a fix) or a plain list (a checklist). */
  numbered?: boolean;
}

/** A list of tickable items; each is a real checkbox with its label, so keyboard and screen readers work. */
export function Checklist({ items, checked, onToggle, numbered = false }: Props) {
  const List = numbered ? 'ol' : 'ul';
  return (
    <List class={`checklist${numbered ? ' numbered' : ''}`}>
      {items.map((item) => (
        <li key={item.id}>
          <label>
            <input
              type="checkbox"
              checked={checked.has(item.id)}
              onChange={(e) => onToggle(item.id, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{item.text}</span>
          </label>
        </li>
      ))}
    </List>
  );
}
