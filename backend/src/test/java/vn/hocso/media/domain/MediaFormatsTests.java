package vn.hocso.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hocso.media.MediaKind;
import vn.hocso.platform.ProblemException;
import vn.hocso.testing.SampleMedia;

/**
 * Types and durations read from real files (made by ffmpeg when it is installed) and from
 * crafted bytes.
 */
class MediaFormatsTests {

	@TempDir
	Path dir;

	@Test
	void anFfmpegMp4IsH264WithItsDurationRoundedUp() throws Exception {
		Path file = ffmpeg("clip.mp4", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac");

		MediaFormats.Recognised recognised = MediaFormats.recognise(file, "clip.mp4");

		assertThat(recognised.kind()).isEqualTo(MediaKind.MP4);
		assertThat(recognised.durationSeconds()).isEqualTo(7);
	}

	@Test
	void anFfmpegWebmIsRecognisedWithItsDuration() throws Exception {
		Path file = ffmpeg("clip.webm", "-c:v", "libvpx", "-deadline", "realtime", "-c:a", "libopus");

		MediaFormats.Recognised recognised = MediaFormats.recognise(file, "clip.webm");

		assertThat(recognised.kind()).isEqualTo(MediaKind.WEBM);
		assertThat(recognised.durationSeconds()).isEqualTo(7);
	}

	@Test
	void anMp4WithAnotherVideoCodecIsRefused() throws Exception {
		Path file = Files.write(dir.resolve("hevc.mp4"), SampleMedia.mp4(5_000, 10, "hvc1"));

		assertThatThrownBy(() -> MediaFormats.recognise(file, "hevc.mp4")).isInstanceOf(ProblemException.class)
			.hasMessage("media.video-codec");
	}

	@Test
	void aZipThatIsNotAPresentationIsRefused() throws Exception {
		Path file = dir.resolve("slides.pptx");
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			zip.write("<w/>".getBytes());
		}

		assertThatThrownBy(() -> MediaFormats.recognise(file, "slides.pptx")).isInstanceOf(ProblemException.class)
			.hasMessage("media.type-not-accepted");
	}

	@Test
	void aPresentationIsAZipWithSlides() throws Exception {
		Path file = dir.resolve("slides.pptx");
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("ppt/presentation.xml"));
			zip.write("<p/>".getBytes());
		}

		assertThat(MediaFormats.recognise(file, "slides.pptx").kind()).isEqualTo(MediaKind.PPTX);
	}

	/**
	 * A 6.5-second clip; the test is skipped where ffmpeg is not installed (CI installs
	 * it).
	 */
	private Path ffmpeg(String name, String... codec) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f",
				"lavfi", "-i", "testsrc=size=160x90:rate=10:duration=6.5", "-f", "lavfi", "-i",
				"sine=frequency=440:duration=6.5"));
		command.addAll(List.of(codec));
		command.addAll(List.of("-shortest", dir.resolve(name).toString()));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException noFfmpeg) {
			assumeTrue(false, "ffmpeg is not installed");
			throw noFfmpeg;
		}
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(output).isZero();
		return dir.resolve(name);
	}

}
