/** A unit's path from the root, e.g. "Tỉnh Nghệ An › Huyện Diễn Châu". */
export function Breadcrumb({ items, label }: { items: string[]; label: string }) {
  return (
    <nav aria-label={label} className="breadcrumb">
      <ol>
        {items.map((item, index) => (
          <li key={`${index}-${item}`} aria-current={index === items.length - 1 ? 'location' : undefined}>
            {item}
          </li>
        ))}
      </ol>
    </nav>
  );
}
