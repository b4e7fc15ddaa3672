package vn.hocso.certificate.web;

import org.jspecify.annotations.Nullable;

import vn.hocso.certificate.web.CertificateViews.PublicVerification;

/** The server-rendered verification page (Vietnamese with English), readable on a phone. */
final class VerificationPage {

	private VerificationPage() {
	}

	static String html(@Nullable PublicVerification v, @Nullable Boolean signatureValid) {
		StringBuilder body = new StringBuilder(4096);
		if (v == null) {
			body.append("<div class=\"status unknown\" data-status=\"UNKNOWN\">Không tìm thấy giấy chứng nhận")
				.append("<small>Certificate not found</small></div>")
				.append("<p>Mã xác minh không đúng hoặc giấy chứng nhận không do hệ thống này cấp.</p>");
		}
		else {
			switch (v.status()) {
				case "VALID" -> body.append("<div class=\"status valid\" data-status=\"VALID\">Giấy chứng nhận hợp lệ")
					.append("<small>Valid certificate</small></div>");
				case "REVOKED" -> body.append("<div class=\"status revoked\" data-status=\"REVOKED\">Giấy chứng nhận đã bị thu hồi")
					.append("<small>Revoked on ").append(v.revokedAt() == null ? "" : PublicVerificationController.date(v.revokedAt()))
					.append("</small></div><p><b>Ngày thu hồi:</b> ")
					.append(v.revokedAt() == null ? "" : PublicVerificationController.date(v.revokedAt()))
					.append("<br/><b>Lý do:</b> ").append(escape(v.revocationReason() == null ? "" : v.revocationReason()))
					.append("</p>");
				default -> body.append("<div class=\"status superseded\" data-status=\"SUPERSEDED\">Giấy chứng nhận đã được thay thế")
					.append("<small>Superseded by a corrected certificate</small></div><p>Xem giấy chứng nhận mới: <a href=\"")
					.append(escape(v.supersededByUrl() == null ? "#" : v.supersededByUrl())).append("\">")
					.append(escape(v.supersededByCode() == null ? "" : v.supersededByCode())).append("</a></p>");
			}
			body.append("<dl>").append(row("Họ và tên", "Name", v.fullName()));
			if (v.kind() == vn.hocso.certificate.CertificateKind.IN_PERSON) {
				var d = v.details();
				body.append(row("Chương trình tập huấn trực tiếp", "In-person programme", v.courseTitle()))
					.append(row("Lớp", "Class", d.getOrDefault("className", "") + " ("
							+ day(d.get("firstDay")) + " – " + day(d.get("lastDay")) + ")"))
					.append(row("Địa điểm", "Venue", d.getOrDefault("venue", "")));
			}
			else if (v.kind() == vn.hocso.certificate.CertificateKind.ASSESSMENT) {
				var d = v.details();
				body.append(row("Kỳ sát hạch", "Assessment", v.courseTitle()))
					.append(row("Kết quả", "Result", "Đạt / passed: " + (v.scorePercent() == null ? "" : v.scorePercent() + "%")
							+ " (yêu cầu / pass mark " + d.getOrDefault("passPercent", "") + "%)"));
			}
			else {
				body.append(row("Khóa học", "Course", v.courseTitle()));
			}
			body
				.append(v.kind() == vn.hocso.certificate.CertificateKind.ASSESSMENT
						? row("Ngày đạt", "Passed on", PublicVerificationController.date(v.completedOn()))
						: row("Ngày hoàn thành", "Completed on", PublicVerificationController.date(v.completedOn())))
				.append(row("Số hiệu", "Serial", v.serial()))
				.append(row("Đơn vị cấp", "Issued by", v.issuer()))
				.append(row("Ngày cấp", "Issued on", PublicVerificationController.date(v.issuedOn())))
				.append("</dl>");
			if (signatureValid != null) {
				body.append(signatureValid
						? "<p class=\"sig ok\">✔ Chữ ký số trong mã QR hợp lệ (khóa " + escape(v.keyId()) + ").</p>"
						: "<p class=\"sig bad\">✘ Chữ ký số trong mã QR không khớp với giấy chứng nhận này.</p>");
			}
		}
		return """
				<!doctype html>
				<html lang="vi"><head><meta charset="utf-8"/>
				<meta name="viewport" content="width=device-width, initial-scale=1"/>
				<title>Xác minh giấy chứng nhận — Học Số</title>
				<link rel="stylesheet" href="/verification/verification.css"/></head>
				<body><main><div class="card"><h1>Xác minh giấy chứng nhận / Certificate verification</h1>
				""" + body + "</div></main></body></html>";
	}

	private static String day(@Nullable String isoDate) {
		return isoDate == null ? "" : PublicVerificationController.date(java.time.LocalDate.parse(isoDate));
	}

	private static String row(String vietnamese, String english, String value) {
		return "<dt>" + vietnamese + " <small>/ " + english + "</small></dt><dd>" + escape(value) + "</dd>";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
