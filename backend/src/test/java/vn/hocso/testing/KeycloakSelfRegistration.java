package vn.hocso.testing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A citizen signing up on Keycloak's own registration page, as a phone's browser would:
 * open the page, fill in the form, post it.
 */
public final class KeycloakSelfRegistration {

	private static final Pattern FORM_ACTION = Pattern.compile("id=\"kc-register-form\"[^>]*action=\"([^\"]+)\"");

	private final KeycloakBrowser browser = new KeycloakBrowser();

	private final String locale;

	public KeycloakSelfRegistration(String locale) {
		this.locale = locale;
	}

	/** The registration page's HTML. */
	public String openPage() {
		return browser.openFlow("registrations", "&ui_locales=" + locale).body();
	}

	/**
	 * Posts the form on the page; the answer is a redirect to the app when Keycloak
	 * accepted it.
	 */
	public HttpResponse<String> submit(String page, Map<String, String> form) {
		return browser.submit(page, FORM_ACTION, form);
	}

	/**
	 * A citizen's complete form: username, e-mail, names, password, year of birth,
	 * gender, consent.
	 */
	public static Map<String, String> citizenForm(String username, String password) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("email", username + "@citizen.example");
		form.put("firstName", "Thị Hoa");
		form.put("lastName", "Nguyễn");
		form.put("password", password);
		form.put("password-confirm", password);
		form.put("birth_year", "1984");
		form.put("gender", "FEMALE");
		form.put("citizen_consent", "YES");
		return form;
	}

}
