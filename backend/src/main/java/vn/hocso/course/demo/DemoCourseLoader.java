package vn.hocso.course.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.course.domain.CourseAuthoring;
import vn.hocso.course.domain.CourseAuthoring.CourseDetails;
import vn.hocso.course.domain.CourseAuthoring.LectureDetails;
import vn.hocso.course.domain.CourseQueries;
import vn.hocso.course.domain.CourseQueries.CourseView;
import vn.hocso.course.domain.CourseQueries.LectureView;
import vn.hocso.course.domain.CourseRepository;
import vn.hocso.course.domain.CourseStatus;
import vn.hocso.media.MediaInfo;
import vn.hocso.media.MediaLibrary;

/**
 * Seeds the demo course from {@code seed-data/courses/…/course.json} with the same services an
 * ADMIN uses: a PDF handout per lecture (Vietnamese text from the seed files, Noto Sans embedded)
 * and a short video per lecture rendered by ffmpeg (a titled card with a tone, H.264/AAC). Runs in
 * the background after start-up and is idempotent: without ffmpeg the course is seeded without
 * videos and left as a draft; a later start with ffmpeg adds the videos and publishes it.
 */
@Component
@ConditionalOnProperty(name = "hocso.demo.course")
class DemoCourseLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCourseLoader.class);

	private static final String LOADER = "system:demo-data";

	private final CourseAuthoring authoring;

	private final CourseQueries queries;

	private final CourseRepository courses;

	private final MediaLibrary media;

	private final JsonMapper json;

	private final Resource source;

	private final String ffmpeg;

	DemoCourseLoader(CourseAuthoring authoring, CourseQueries queries, CourseRepository courses, MediaLibrary media,
			JsonMapper json, @Value("${hocso.demo.course}") Resource source,
			@Value("${hocso.demo.ffmpeg:ffmpeg}") String ffmpeg) {
		this.authoring = authoring;
		this.queries = queries;
		this.courses = courses;
		this.media = media;
		this.json = json;
		this.source = source;
		this.ffmpeg = ffmpeg;
	}

	record SeedLecture(String title, String summary, String handout, String color) {
	}

	record SeedCourse(String code, String title, String description, List<String> tags, int completionPercent,
			int expectedMinutesPerDay, int videoSeconds, List<SeedLecture> lectures) {
	}

	@Override
	public void run(ApplicationArguments args) {
		Thread.ofVirtual().name("demo-course").start(() -> {
			signInAsLoader();
			try {
				load();
			}
			catch (Exception e) {
				log.warn("The demo course could not be seeded: {}", e.toString(), e);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
	}

	void load() throws IOException, InterruptedException {
		SeedCourse seed;
		try (InputStream in = source.getInputStream()) {
			seed = json.readerFor(SeedCourse.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
		}
		var existing = courses.findByCode(seed.code());
		if (existing.isPresent() && existing.get().getStatus() != CourseStatus.DRAFT) {
			return;
		}
		long courseId;
		if (existing.isPresent()) {
			courseId = existing.get().getId();
		}
		else {
			courseId = authoring.create(new CourseDetails(seed.code(), seed.title(), seed.description(), seed.tags()))
				.getId();
			authoring.setPolicy(courseId, seed.completionPercent(), seed.expectedMinutesPerDay());
		}
		boolean canRender = ffmpegAvailable();
		if (!canRender) {
			log.warn("ffmpeg was not found ('{}'): the demo course \"{}\" is seeded WITHOUT videos and left as a draft. "
					+ "Install it (apt-get install ffmpeg) and restart to add the videos and publish it.", ffmpeg,
					seed.title());
		}
		Path work = Files.createTempDirectory("hocso-demo-course");
		try {
			Path font = copyFont(work);
			CourseView course = queries.course(courseId);
			for (int i = 0; i < seed.lectures().size(); i++) {
				SeedLecture lecture = seed.lectures().get(i);
				LectureView stored = i < course.lectures().size() ? course.lectures().get(i) : null;
				String handout = stored != null && !stored.attachmentMediaIds().isEmpty()
						? stored.attachmentMediaIds().get(0) : handout(seed, lecture, i + 1, work).id();
				String video = stored != null ? stored.videoMediaId() : null;
				if (video == null && canRender) {
					video = video(seed, lecture, i + 1, font, work).id();
				}
				LectureDetails details = new LectureDetails(lecture.title(), lecture.summary(), video, List.of(handout));
				if (stored == null) {
					authoring.addLecture(courseId, details);
				}
				else if (!java.util.Objects.equals(stored.videoMediaId(), video)) {
					authoring.editLecture(courseId, stored.id(), details);
				}
			}
			if (canRender) {
				authoring.publish(courseId);
				log.info("Demo course \"{}\" seeded and published with {} lectures", seed.title(), seed.lectures().size());
			}
		}
		finally {
			try (var files = Files.walk(work)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private MediaInfo handout(SeedCourse course, SeedLecture lecture, int number, Path work) throws IOException {
		String text = source.createRelative("handouts/" + lecture.handout()).getContentAsString(StandardCharsets.UTF_8);
		Path pdf = work.resolve(lecture.handout().replace(".txt", ".pdf"));
		try (OutputStream out = Files.newOutputStream(pdf)) {
			HandoutPdf.write(course.title(), number, lecture.title(), lecture.summary(), text, out);
		}
		return media.add(pdf, String.format("bai-%02d-tai-lieu.pdf", number), LOADER);
	}

	private MediaInfo video(SeedCourse course, SeedLecture lecture, int number, Path font, Path work)
			throws IOException, InterruptedException {
		Path courseTitle = write(work, "course.txt", course.title());
		Path lectureNo = write(work, "number.txt", "Bài " + number);
		List<String> lines = wrap(lecture.title(), 30);
		List<String> filters = new ArrayList<>();
		filters.add(text(font, courseTitle, 18, "white@0.85", "(w-tw)/2", "40"));
		filters.add(text(font, lectureNo, 26, "white", "(w-tw)/2", "h/2-70"));
		for (int i = 0; i < lines.size(); i++) {
			Path line = write(work, "line" + i + ".txt", lines.get(i));
			filters.add(text(font, line, 30, "white", "(w-tw)/2", "h/2-20+" + (i * 44)));
		}
		filters.add("drawtext=fontfile=" + font + ":text='%{pts\\:hms}':fontcolor=white@0.8:fontsize=16:x=w-tw-16:y=h-th-14");
		Path out = work.resolve(String.format("bai-%02d.mp4", number));
		int seconds = course.videoSeconds();
		int tone = 330 + number * 22;
		List<String> command = List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
				"color=c=" + lecture.color() + ":s=640x360:d=" + seconds + ":r=15", "-f", "lavfi", "-i",
				"sine=frequency=" + tone + ":sample_rate=44100:duration=" + seconds, "-filter_complex",
				"[0:v]" + String.join(",", filters) + "[v];[1:a]volume=0.08[a]", "-map", "[v]", "-map", "[a]", "-c:v",
				"libx264", "-preset", "veryfast", "-profile:v", "main", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a",
				"48k", "-movflags", "+faststart", "-shortest", out.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException("ffmpeg failed for lecture " + number + ": " + output);
		}
		return media.add(out, String.format("bai-%02d.mp4", number), LOADER);
	}

	private static String text(Path font, Path file, int size, String color, String x, String y) {
		return "drawtext=fontfile=" + font + ":textfile=" + file + ":fontcolor=" + color + ":fontsize=" + size + ":x=" + x
				+ ":y=" + y;
	}

	/** Splits a title into lines of at most {@code width} characters, at spaces. */
	static List<String> wrap(String title, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : title.split(" ")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		lines.add(line.toString());
		return lines;
	}

	private static Path write(Path dir, String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static Path copyFont(Path work) throws IOException {
		Path font = work.resolve("NotoSans-Bold.ttf");
		try (InputStream in = DemoCourseLoader.class.getResourceAsStream("/fonts/NotoSans-Bold.ttf")) {
			Files.copy(java.util.Objects.requireNonNull(in), font);
		}
		return font;
	}

	private boolean ffmpegAvailable() {
		try {
			Process process = new ProcessBuilder(ffmpeg, "-version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor() == 0;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void signInAsLoader() {
		Jwt jwt = Jwt.withTokenValue("demo-loader")
			.header("alg", "none")
			.subject(LOADER)
			.claim("preferred_username", LOADER)
			.claim("name", "Demo data")
			.claim("realm_access", Map.of("roles", List.of("ADMIN")))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(3600))
			.build();
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
	}


}
