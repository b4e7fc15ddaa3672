package vn.hocso.certificate.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Template;
import org.jspecify.annotations.Nullable;

import vn.hocso.certificate.CertificateKind;
import vn.hocso.certificate.domain.CertificateStatus;
import vn.hocso.certificate.web.CertificateViews.PublicVerification;
import vn.hocso.platform.HtmlTemplates;

/**
 * The server-rendered verification page (Vietnamese with English), readable on a phone:
 * the template {@code certificate/verification.mustache}, which escapes every value.
 */
final class VerificationPage {

	private static final Template PAGE = HtmlTemplates.compile("certificate", "verification");

	private VerificationPage() {
	}

	static String html(@Nullable PublicVerification v, @Nullable Boolean signatureValid) {
		Map<String, Object> page = new HashMap<>();
		page.put("found", v != null);
		if (v != null) {
			page.put("valid", v.status() == CertificateStatus.VALID);
			page.put("revoked", v.status() == CertificateStatus.REVOKED);
			page.put("superseded", v.status() == CertificateStatus.SUPERSEDED);
			page.put("revokedOn", v.revokedAt() == null ? "" : PublicVerificationController.date(v.revokedAt()));
			page.put("revocationReason", v.revocationReason());
			page.put("supersededByUrl", v.supersededByUrl() == null ? "#" : v.supersededByUrl());
			page.put("supersededByCode", v.supersededByCode());
			page.put("rows", rows(v));
			page.put("signatureValid", Boolean.TRUE.equals(signatureValid));
			page.put("signatureInvalid", Boolean.FALSE.equals(signatureValid));
			page.put("keyId", v.keyId());
		}
		return PAGE.execute(page);
	}

	private static List<Row> rows(PublicVerification v) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("Họ và tên", "Name", v.fullName()));
		if (v.kind() == CertificateKind.IN_PERSON) {
			var d = v.details();
			rows.add(new Row("Chương trình tập huấn trực tiếp", "In-person programme", v.courseTitle()));
			rows.add(new Row("Lớp", "Class", d.getOrDefault("className", "") + " (" + day(d.get("firstDay")) + " – "
					+ day(d.get("lastDay")) + ")"));
			rows.add(new Row("Địa điểm", "Venue", d.getOrDefault("venue", "")));
		}
		else if (v.kind() == CertificateKind.ASSESSMENT) {
			var d = v.details();
			rows.add(new Row("Kỳ sát hạch", "Assessment", v.courseTitle()));
			rows.add(new Row("Kết quả", "Result",
					"Đạt / passed: " + (v.scorePercent() == null ? "" : v.scorePercent() + "%")
							+ " (yêu cầu / pass mark " + d.getOrDefault("passPercent", "") + "%)"));
		}
		else {
			rows.add(new Row("Khóa học", "Course", v.courseTitle()));
		}
		rows.add(v.kind() == CertificateKind.ASSESSMENT
				? new Row("Ngày đạt", "Passed on", PublicVerificationController.date(v.completedOn()))
				: new Row("Ngày hoàn thành", "Completed on", PublicVerificationController.date(v.completedOn())));
		rows.add(new Row("Số hiệu", "Serial", v.serial()));
		rows.add(new Row("Đơn vị cấp", "Issued by", v.issuer()));
		rows.add(new Row("Ngày cấp", "Issued on", PublicVerificationController.date(v.issuedOn())));
		return rows;
	}

	private static String day(@Nullable String isoDate) {
		return isoDate == null ? "" : PublicVerificationController.date(java.time.LocalDate.parse(isoDate));
	}

	/** One line of the certificate's description list. */
	record Row(String vietnamese, String english, String value) {
	}

}
