package vn.hocso.openlearning.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.course.CourseCatalog;
import vn.hocso.openlearning.domain.PosterPdf.Poster;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitStatus;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.organization.ScopedAction;
import vn.hocso.platform.ProblemException;

/**
 * QR posters per commune. {@link #prepare} checks the caller's reach over the unit, makes
 * the communes' codes and the posters' words (in the request's transaction); rendering
 * then needs no database, so a district's ZIP streams while it is rendered,
 * {@code poster-parallelism} at a time.
 */
@Service
public class Posters {

	private final AccessPolicy access;

	private final OrgUnitDirectory units;

	private final MaterialReads materials;

	private final CourseCatalog courses;

	private final QrCodeIssuer issuer;

	private final String baseUrl;

	private final int parallelism;

	Posters(AccessPolicy access, OrgUnitDirectory units, MaterialReads materials, CourseCatalog courses,
			QrCodeIssuer issuer, @Value("${hocso.open-learning.public-base-url}") String baseUrl,
			@Value("${hocso.open-learning.poster-parallelism:2}") int parallelism) {
		this.access = access;
		this.units = units;
		this.materials = materials;
		this.courses = courses;
		this.issuer = issuer;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.parallelism = Math.max(1, parallelism);
	}

	/** One commune's poster, ready to render, and the name of its file. */
	public record PosterFile(String fileName, Poster poster, String code) {
	}

	/**
	 * The posters of every open commune in the unit's subtree (the unit itself when it is
	 * a commune).
	 */
	@Transactional
	public List<PosterFile> prepare(long unitId, QrTarget target, String ref, PosterFormat format) {
		OrgUnitSummary unit = units.find(unitId)
			.orElseThrow(() -> ProblemException.notFound("org-unit.not-found", unitId));
		access.requireUnit(ScopedAction.QR_POSTERS, unit.path());
		Words words = words(target, ref);
		List<OrgUnitSummary> subtree = units.subtree(unit.path());
		Map<Long, OrgUnitSummary> byId = new HashMap<>();
		subtree.forEach(u -> byId.put(u.id(), u));
		units.pathOf(unit.id()).forEach(u -> byId.put(u.id(), u));
		List<OrgUnitSummary> communes = subtree.stream()
			.filter(u -> u.type() == OrgUnitType.COMMUNE && u.status() == OrgUnitStatus.ACTIVE)
			.toList();
		if (communes.isEmpty()) {
			throw ProblemException.badRequest("open-learning.no-communes", unit.name());
		}
		Map<Long, QrCode> codes = issuer.codesFor(target, ref, communes);
		List<PosterFile> files = new ArrayList<>(communes.size());
		for (OrgUnitSummary commune : communes) {
			QrCode code = Objects.requireNonNull(codes.get(commune.id()), "codesFor answers each commune");
			Poster poster = new Poster(commune.name(), place(commune, byId), words.title(), words.summary(),
					words.callToAction(), baseUrl + "/q/" + code.getCode(), words.footer(), format);
			files.add(new PosterFile(commune.code() + "-" + Slugs.of(commune.name()) + "-"
					+ format.name().toLowerCase(Locale.ROOT) + ".pdf", poster, code.getCode()));
		}
		return files;
	}

	public byte[] render(PosterFile file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PosterPdf.render(file.poster(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Renders the posters into a ZIP, one PDF per commune, in order, a few at a time. */
	public void writeZip(List<PosterFile> files, OutputStream out) throws IOException {
		ExecutorService pool = Executors.newFixedThreadPool(parallelism,
				Thread.ofPlatform().name("poster-", 0).factory());
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			Deque<Future<byte[]>> pending = new ArrayDeque<>();
			int next = 0;
			int written = 0;
			while (written < files.size()) {
				while (next < files.size() && pending.size() < parallelism * 4) {
					PosterFile file = files.get(next++);
					pending.add(pool.submit(() -> render(file)));
				}
				byte[] pdf = pending.removeFirst().get();
				zip.putNextEntry(new ZipEntry(files.get(written++).fileName()));
				zip.write(pdf);
				zip.closeEntry();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Poster rendering interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IOException("A poster could not be rendered", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private record Words(String title, String summary, String callToAction, String footer) {
	}

	private Words words(QrTarget target, String ref) {
		return switch (target) {
			case MATERIAL -> {
				var material = materials.materialBySlug(ref)
					.filter(OpenMaterial::isPublished)
					.orElseThrow(() -> ProblemException.badRequest("open-learning.target-not-published", ref));
				yield new Words(material.getTitle(), material.getSummary(),
						"Quét mã QR bằng camera điện thoại, hoặc gõ:",
						"Miễn phí · không cần tài khoản · xem được trên điện thoại");
			}
			case TOPIC -> {
				var shelf = materials.topicBySlug(ref)
					.orElseThrow(() -> ProblemException.badRequest("open-learning.target-not-published", ref));
				yield new Words(shelf.getTitle(), shelf.getSummary(), "Quét mã QR bằng camera điện thoại, hoặc gõ:",
						"Miễn phí · không cần tài khoản · xem được trên điện thoại");
			}
			case COURSE -> {
				long courseId = parseCourseId(ref);
				var course = courses.currentPublished(courseId)
					.orElseThrow(() -> ProblemException.badRequest("open-learning.target-not-published", ref));
				yield new Words(course.title(),
						"Khóa học trực tuyến, tự học theo nhịp của mình, có bài kiểm tra và giấy chứng nhận.",
						"Quét mã QR để đăng ký học, hoặc gõ:", "Học miễn phí · tự đăng ký bằng điện thoại");
			}
		};
	}

	private static long parseCourseId(String ref) {
		try {
			return Long.parseLong(ref);
		}
		catch (NumberFormatException ex) {
			throw ProblemException.badRequest("open-learning.target-not-published", ref);
		}
	}

	/**
	 * "Huyện Diễn Châu, Tỉnh Nghệ An": the commune's district and province, from its
	 * path.
	 */
	private static String place(OrgUnitSummary commune, Map<Long, OrgUnitSummary> byId) {
		List<String> names = new ArrayList<>();
		String[] ids = commune.path().split("/");
		for (int i = ids.length - 1; i >= 0; i--) {
			if (ids[i].isEmpty()) {
				continue;
			}
			OrgUnitSummary ancestor = byId.get(Long.parseLong(ids[i]));
			if (ancestor != null
					&& (ancestor.type() == OrgUnitType.DISTRICT || ancestor.type() == OrgUnitType.PROVINCE)) {
				names.add(ancestor.name());
			}
		}
		return String.join(", ", names);
	}

}
