package vn.hocso.platform;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Vietnamese first; English for whoever asks for it. */
@Configuration(proxyBeanMethods = false)
class LocaleConfig {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setSupportedLocales(List.of(VIETNAMESE, Locale.ENGLISH));
		return resolver;
	}

}
