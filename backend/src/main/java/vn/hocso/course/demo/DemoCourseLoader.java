package vn.hocso.course.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.platform.demo.DemoLoaderSignIn;
import vn.hocso.platform.demo.TitleCardVideo;
import vn.hocso.platform.demo.TitleCardVideo.Caption;
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
 * Seeds the demo course from {@code seed-data/courses/…/course.json} with the same
 * services an ADMIN uses: a PDF handout per lecture (Vietnamese text from the seed files,
 * Noto Sans embedded) and a short video per lecture rendered by ffmpeg (a titled card
 * with a tone, H.264/AAC). Runs in the background after start-up and is idempotent:
 * without ffmpeg the course is seeded without videos and left as a draft; a later start
 * with ffmpeg adds the videos and publishes it.
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

	private final TitleCardVideo videos;

	/** Length of every lecture's video (s); 0: the course file's {@code videoSeconds}. */
	private final int videoSeconds;

	DemoCourseLoader(CourseAuthoring authoring, CourseQueries queries, CourseRepository courses, MediaLibrary media,
			JsonMapper json, @Value("${hocso.demo.course}") Resource source,
			@Value("${hocso.demo.ffmpeg:ffmpeg}") String ffmpeg,
			@Value("${hocso.demo.course-video-seconds:0}") int videoSeconds) {
		this.authoring = authoring;
		this.queries = queries;
		this.courses = courses;
		this.media = media;
		this.json = json;
		this.source = source;
		this.ffmpeg = ffmpeg;
		this.videos = new TitleCardVideo(ffmpeg);
		this.videoSeconds = videoSeconds;
	}

	record SeedLecture(String title, String summary, String handout, String color) {
	}

	record SeedCourse(String code, String title, String description, List<String> tags, int completionPercent,
			int expectedMinutesPerDay, int videoSeconds, List<SeedLecture> lectures) {
	}

	@Override
	public void run(ApplicationArguments args) {
		Thread.ofVirtual().name("demo-course").start(() -> {
			DemoLoaderSignIn.asAdmin(LOADER, null);
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
			seed = json.readerFor(SeedCourse.class)
				.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(in);
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
		boolean canRender = videos.available();
		if (!canRender) {
			log.warn(
					"ffmpeg was not found ('{}'): the demo course \"{}\" is seeded WITHOUT videos and left as a draft. "
							+ "Install it (apt-get install ffmpeg) and restart to add the videos and publish it.",
					ffmpeg, seed.title());
		}
		Path work = Files.createTempDirectory("hocso-demo-course");
		try {
			CourseView course = queries.course(courseId);
			for (int i = 0; i < seed.lectures().size(); i++) {
				SeedLecture lecture = seed.lectures().get(i);
				LectureView stored = i < course.lectures().size() ? course.lectures().get(i) : null;
				String handout = stored != null && !stored.attachmentMediaIds().isEmpty()
						? stored.attachmentMediaIds().get(0) : handout(seed, lecture, i + 1, work).id();
				String video = stored != null ? stored.videoMediaId() : null;
				if (video == null && canRender) {
					video = video(seed, lecture, i + 1, work).id();
				}
				LectureDetails details = new LectureDetails(lecture.title(), lecture.summary(), video,
						List.of(handout));
				if (stored == null) {
					authoring.addLecture(courseId, details);
				}
				else if (!Objects.equals(stored.videoMediaId(), video)) {
					authoring.editLecture(courseId, stored.id(), details);
				}
			}
			if (canRender) {
				authoring.publish(courseId);
				log.info("Demo course \"{}\" seeded and published with {} lectures", seed.title(),
						seed.lectures().size());
			}
		}
		finally {
			try (var files = Files.walk(work)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
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

	private MediaInfo video(SeedCourse course, SeedLecture lecture, int number, Path work)
			throws IOException, InterruptedException {
		List<Caption> captions = new ArrayList<>();
		captions.add(new Caption(course.title(), 18, "white@0.85", "(w-tw)/2", "40"));
		captions.add(new Caption("Bài " + number, 26, "white", "(w-tw)/2", "h/2-70"));
		List<String> lines = wrap(lecture.title(), 30);
		for (int i = 0; i < lines.size(); i++) {
			captions.add(new Caption(lines.get(i), 30, "white", "(w-tw)/2", "h/2-20+" + (i * 44)));
		}
		String name = String.format("bai-%02d", number);
		Path out = videos.render(work, name, lecture.color(), videoSeconds > 0 ? videoSeconds : course.videoSeconds(),
				330 + number * 22, captions, true);
		return media.add(out, name + ".mp4", LOADER);
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

}
