package vn.hocso.certificate.document;

import java.math.BigInteger;

/** Bitcoin's base58 alphabet (multibase "z" prefix is added by the caller). */
public final class Base58 {

	private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

	private Base58() {
	}

	public static String encode(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		BigInteger value = new BigInteger(1, bytes);
		BigInteger base = BigInteger.valueOf(58);
		while (value.signum() > 0) {
			BigInteger[] division = value.divideAndRemainder(base);
			out.append(ALPHABET.charAt(division[1].intValue()));
			value = division[0];
		}
		for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
			out.append('1');
		}
		return out.reverse().toString();
	}

	public static byte[] decode(String text) {
		BigInteger value = BigInteger.ZERO;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int digit = ALPHABET.indexOf(c);
			if (digit < 0) {
				throw new IllegalArgumentException("Not base58: " + c);
			}
			value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
		}
		byte[] magnitude = value.toByteArray();
		int strip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
		int zeros = 0;
		while (zeros < text.length() && text.charAt(zeros) == '1') {
			zeros++;
		}
		byte[] out = new byte[zeros + magnitude.length - strip];
		System.arraycopy(magnitude, strip, out, zeros, magnitude.length - strip);
		return out;
	}

}
