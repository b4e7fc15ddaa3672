package vn.hocso.certificate.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a certificate says. The signature covers {@link #signedFields()}: everything printed except
 * the date of birth, which is left out so that anyone can check a signature against the public
 * verification answer, which never shows a date of birth.
 */
public record CertificateContent(String serial, String verificationCode, String fullName,
		@Nullable LocalDate dateOfBirth, String unitName, String courseTitle, int courseMinutes, LocalDate completedOn,
		@Nullable Integer scorePercent, String issuerAuthority, String signerTitle, @Nullable String signerName,
		LocalDate issuedOn, String keyId) {

	/** The signed document; its canonical JSON is what the Ed25519 signature is over. */
	public Map<String, Object> signedFields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("serial", serial);
		fields.put("code", verificationCode);
		fields.put("fullName", fullName);
		fields.put("unitName", unitName);
		fields.put("courseTitle", courseTitle);
		fields.put("courseMinutes", courseMinutes);
		fields.put("completedOn", completedOn.toString());
		fields.put("scorePercent", scorePercent);
		fields.put("issuer", issuerAuthority);
		fields.put("signerTitle", signerTitle);
		fields.put("signerName", signerName);
		fields.put("issuedOn", issuedOn.toString());
		fields.put("kid", keyId);
		return fields;
	}

	public String canonicalJson() {
		return CanonicalJson.write(signedFields());
	}

	/** Hours for display, one decimal, Vietnamese decimal comma: 90 minutes → "1,5". */
	public String hours() {
		long tenths = Math.round(courseMinutes / 6.0);
		return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "," + (tenths % 10);
	}

}
