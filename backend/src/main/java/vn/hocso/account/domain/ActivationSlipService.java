package vn.hocso.account.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.springframework.stereotype.Service;

import vn.hocso.account.ActivationSlips;
import vn.hocso.account.document.PdfAccountSheet;

@Service
class ActivationSlipService implements ActivationSlips {

	private final ActivationCodes codes;

	private final CodeCipher cipher;

	private final AccountProperties properties;

	private final Clock clock;

	ActivationSlipService(ActivationCodes codes, CodeCipher cipher, AccountProperties properties, Clock clock) {
		this.codes = codes;
		this.cipher = cipher;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public NewCode newCode() {
		cipher.requireKey();
		String code = codes.next();
		return new NewCode(code, cipher.encrypt(code), clock.instant().plus(properties.codeExpiry()));
	}

	@Override
	public String open(String sealed) {
		return cipher.decrypt(sealed);
	}

	@Override
	public String usernameFor(String fullName, int number) {
		String official = UsernameScheme.usernameFor(0, fullName);
		// Officials' usernames end in their learner id and never hold a dot: the two can
		// never meet.
		return official.substring(0, official.length() - 1) + "." + number;
	}

	@Override
	public byte[] slipPdf(Slip slip) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfAccountSheet.writeSlip(slip, properties.loginUrl(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
