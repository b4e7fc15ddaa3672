package vn.hocso.identity;

import java.util.function.Predicate;

/**
 * The rule Spring Security's {@code StrictHttpFirewall} applies to header names and
 * values by default (every character assigned in Unicode and not a control character),
 * checked with a loop: its regex ran over the 1.5 KB Authorization header each time any
 * filter read it.
 */
final class HeaderCharacters implements Predicate<String> {

	@Override
	public boolean test(String text) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (c >= 0x20 && c < 0x7F) {
				i++;
				continue;
			}
			if (!Character.isDefined(c) || Character.getType(c) == Character.CONTROL) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}

}
