import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { LANGUAGES, changeLanguage, currentLanguage } from '@/lib/i18n';

export type NavItem = { to: string; labelKey: string; end?: boolean; more?: boolean };

type AppLayoutProps = {
  userName: string;
  navItems: NavItem[];
  onLogout: () => void;
  children: ReactNode;
};

export function AppLayout({ userName, navItems, onLogout, children }: AppLayoutProps) {
  const { t, i18n } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const moreRef = useRef<HTMLDetailsElement>(null);
  const language = i18n.resolvedLanguage ?? currentLanguage();

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('layout.skipToContent')}
      </a>
      <header className="header">
        <div className="header__bar">
          <NavLink to="/" className="header__brand" end>
            {t('app.name')}
          </NavLink>
          <button
            type="button"
            className="button button--ghost header__menu-button"
            aria-expanded={menuOpen}
            aria-controls="main-menu"
            onClick={() => setMenuOpen((open) => !open)}
            data-testid="menu-toggle"
          >
            {menuOpen ? t('layout.closeMenu') : t('layout.menu')}
          </button>
        </div>
        <div id="main-menu" className={`header__menu${menuOpen ? ' header__menu--open' : ''}`}>
          <nav aria-label={t('layout.mainNav')} className="nav">
            <ul>
              {navItems.map((item) => (
                <li key={item.to} className={item.more ? 'nav__item--more' : undefined}>
                  <NavLink
                    to={item.to}
                    end={item.end}
                    className="nav__link"
                    onClick={() => setMenuOpen(false)}
                    data-testid={`nav-${item.to === '/' ? 'home' : item.to.slice(1).replace(/\//g, '-')}`}
                  >
                    {t(item.labelKey)}
                  </NavLink>
                </li>
              ))}
              {navItems.some((item) => item.more) && (
                <li className="nav__more">
                  <details ref={moreRef}>
                    <summary className="nav__link" data-testid="nav-more">
                      {t('layout.more')}
                    </summary>
                    <ul>
                      {navItems
                        .filter((item) => item.more)
                        .map((item) => (
                          <li key={item.to}>
                            <NavLink
                              to={item.to}
                              end={item.end}
                              className="nav__link"
                              onClick={() => moreRef.current?.removeAttribute('open')}
                            >
                              {t(item.labelKey)}
                            </NavLink>
                          </li>
                        ))}
                    </ul>
                  </details>
                </li>
              )}
            </ul>
          </nav>
          <div className="header__user">
            <span className="header__name" data-testid="user-name" title={t('layout.signedInAs')}>
              {userName}
            </span>
            <div className="lang-switch" role="group" aria-label={t('layout.language')}>
              {LANGUAGES.map((code) => (
                <button
                  key={code}
                  type="button"
                  lang={code}
                  className="lang-switch__button"
                  aria-pressed={language === code}
                  onClick={() => void changeLanguage(code)}
                  data-testid={`lang-${code}`}
                >
                  {t(`languages.${code}`)}
                </button>
              ))}
            </div>
            <button type="button" className="button button--outline" onClick={onLogout} data-testid="logout">
              {t('layout.logout')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="main">
        {children}
      </main>
    </div>
  );
}
