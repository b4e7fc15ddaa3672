package vn.hocso.platform;

import java.math.BigInteger;

/**
 * The arguments of a problem message as a person should read them (issue 14): a whole
 * number is written as is. MessageFormat would group its digits by the locale ("Bài làm
 * 1.028", "987.654.321"), which turns an id, a CCCD or a year into something that looks
 * like an amount.
 */
final class ProblemArguments {

	private ProblemArguments() {
	}

	static Object[] plain(Object... args) {
		Object[] plain = args.clone();
		for (int i = 0; i < plain.length; i++) {
			if (plain[i] instanceof Long || plain[i] instanceof Integer || plain[i] instanceof Short
					|| plain[i] instanceof BigInteger) {
				plain[i] = String.valueOf(plain[i]);
			}
		}
		return plain;
	}

}
