import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitNode } from '@/features/org-units/api/types';
import { UnitStatusBadge, UnitTypeBadge } from '@/features/org-units/components/org-unit-badges';
import { filterTree, initiallyOpenIds } from '@/features/org-units/utils/filter-tree';

type OrgTreeProps = {
  roots: OrgUnitNode[];
  selectedId?: number | null;
  onSelect?: (node: OrgUnitNode) => void;
};

/** The org tree with a search box; open/closed state is the user's, except that a search opens the way to its matches. */
export function OrgTree({ roots, selectedId = null, onSelect }: OrgTreeProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [browseOpen, setBrowseOpen] = useState(() => initiallyOpenIds(roots));
  const [searchToggles, setSearchToggles] = useState<Map<number, boolean>>(new Map());

  const filtered = useMemo(() => filterTree(roots, query), [roots, query]);
  const searching = query.trim() !== '';

  const isOpen = (id: number) =>
    searching ? (searchToggles.get(id) ?? filtered.openIds.has(id)) : browseOpen.has(id);

  const toggle = (id: number) => {
    if (searching) {
      setSearchToggles((prev) => new Map(prev).set(id, !isOpen(id)));
    } else {
      setBrowseOpen((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
    }
  };

  const renderNode = (node: OrgUnitNode, level: number) => {
    const hasChildren = node.children.length > 0;
    const open = hasChildren && isOpen(node.id);
    const inactive = node.status !== 'ACTIVE';
    const classes = ['tree__row'];
    if (inactive) classes.push('tree__row--inactive');
    if (filtered.matchIds.has(node.id)) classes.push('tree__row--match');
    if (node.id === selectedId) classes.push('tree__row--selected');

    return (
      <li
        key={node.id}
        role="treeitem"
        aria-level={level + 1}
        aria-expanded={hasChildren ? open : undefined}
        aria-selected={node.id === selectedId}
        data-testid={`org-node-${node.code}`}
        className="tree__item"
      >
        <div className={classes.join(' ')}>
          {hasChildren ? (
            <button
              type="button"
              className="tree__toggle"
              onClick={() => toggle(node.id)}
              aria-label={t(open ? 'orgUnits.collapse' : 'orgUnits.expand', { name: node.name })}
            >
              <span aria-hidden="true">{open ? '−' : '+'}</span>
            </button>
          ) : (
            <span className="tree__toggle tree__toggle--leaf" aria-hidden="true" />
          )}
          <button type="button" className="tree__label" onClick={() => onSelect?.(node)}>
            <span className="tree__name">{node.name}</span>
            <span className="tree__meta">
              <UnitTypeBadge type={node.type} />
              <UnitStatusBadge status={node.status} />
              <span className="tree__code">{node.code}</span>
            </span>
          </button>
        </div>
        {open && (
          <ul role="group" className="tree__children">
            {node.children.map((child) => renderNode(child, level + 1))}
          </ul>
        )}
      </li>
    );
  };

  return (
    <div className="org-tree">
      <div className="field">
        <label htmlFor={searchId} className="field__label">
          {t('orgUnits.search.label')}
        </label>
        <input
          id={searchId}
          type="search"
          className="field__input"
          value={query}
          placeholder={t('orgUnits.search.placeholder')}
          onChange={(event) => {
            setQuery(event.target.value);
            setSearchToggles(new Map());
          }}
          data-testid="org-search"
        />
      </div>
      {searching && (
        <p className="muted" role="status">
          {t('orgUnits.search.results', { count: filtered.matchIds.size })}
        </p>
      )}
      {filtered.nodes.length === 0 ? (
        <p className="notice">{searching ? t('orgUnits.search.none') : t('orgUnits.empty')}</p>
      ) : (
        <ul role="tree" aria-label={t('orgUnits.title')} className="tree" data-testid="org-tree">
          {filtered.nodes.map((node) => renderNode(node, 0))}
        </ul>
      )}
    </div>
  );
}
