package vn.hocso.certificate.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import vn.hocso.certificate.CertificateKind;

/**
 * What a certificate says. The signature covers {@link #signedFields()}, in the form of
 * the certificate's {@code formatVersion}:
 * <ul>
 * <li>1 (certificates issued before 2026-11-22): everything printed except the date of
 * birth;</li>
 * <li>2: the same plus {@code formatVersion} and {@code dateOfBirthCommitment} (see
 * {@link DateOfBirthCommitment}), so the date of birth is bound by the signature while
 * the public answer, which carries the signed content, still never shows it.</li>
 * <li>3: format 2 plus {@code kind} and the kind's {@code details} (for an in-person
 * programme: class, venue, first and last day), so what a certificate of another kind
 * attests is signed too. Course certificates keep format 2.</li>
 * </ul>
 * For a certificate of an in-person programme, {@code courseTitle} is the programme's
 * name and {@code courseMinutes} its class time.
 */
public record CertificateContent(String serial, String verificationCode, String fullName,
		@Nullable LocalDate dateOfBirth, String unitName, String courseTitle, int courseMinutes, LocalDate completedOn,
		@Nullable Integer scorePercent, String issuerAuthority, String signerTitle, @Nullable String signerName,
		LocalDate issuedOn, String keyId, int formatVersion, @Nullable String dateOfBirthSalt, CertificateKind kind,
		Map<String, String> details) {

	/**
	 * Without a date of birth commitment: the form of certificates issued before version
	 * 2.
	 */
	public static final int FORMAT_WITHOUT_BIRTH_DATE = 1;

	/** The date of birth bound through a salted commitment. */
	public static final int FORMAT_BIRTH_DATE_COMMITTED = 2;

	/** Format 2 plus the kind and its details (certificates other than a course's). */
	public static final int FORMAT_WITH_KIND = 3;

	public CertificateContent {
		if (formatVersion < FORMAT_WITHOUT_BIRTH_DATE || formatVersion > FORMAT_WITH_KIND) {
			throw new IllegalArgumentException("Unknown certificate format version " + formatVersion);
		}
		if (formatVersion >= FORMAT_BIRTH_DATE_COMMITTED && dateOfBirthSalt == null) {
			throw new IllegalArgumentException("Format " + formatVersion + " needs a date of birth salt");
		}
		if (formatVersion < FORMAT_WITH_KIND && (kind != CertificateKind.COURSE || !details.isEmpty())) {
			throw new IllegalArgumentException("Only format 3 signs a kind and details");
		}
		details = Map.copyOf(details);
	}

	/**
	 * A course certificate (formats 1 and 2): no kind or details in the signed content.
	 */
	public CertificateContent(String serial, String verificationCode, String fullName, @Nullable LocalDate dateOfBirth,
			String unitName, String courseTitle, int courseMinutes, LocalDate completedOn,
			@Nullable Integer scorePercent, String issuerAuthority, String signerTitle, @Nullable String signerName,
			LocalDate issuedOn, String keyId, int formatVersion, @Nullable String dateOfBirthSalt) {
		this(serial, verificationCode, fullName, dateOfBirth, unitName, courseTitle, courseMinutes, completedOn,
				scorePercent, issuerAuthority, signerTitle, signerName, issuedOn, keyId, formatVersion, dateOfBirthSalt,
				CertificateKind.COURSE, Map.of());
	}

	/** The signed document; its canonical JSON is what the Ed25519 signature is over. */
	public Map<String, Object> signedFields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		if (formatVersion >= FORMAT_BIRTH_DATE_COMMITTED) {
			fields.put("formatVersion", formatVersion);
			fields.put("dateOfBirthCommitment", dateOfBirthCommitment());
		}
		if (formatVersion >= FORMAT_WITH_KIND) {
			fields.put("kind", kind.name());
			fields.put("details", new TreeMap<>(details));
		}
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

	/**
	 * The published stand-in for the date of birth; null in format 1 and without a date
	 * of birth.
	 */
	public @Nullable String dateOfBirthCommitment() {
		return dateOfBirthSalt == null ? null : DateOfBirthCommitment.of(dateOfBirthSalt, dateOfBirth);
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
