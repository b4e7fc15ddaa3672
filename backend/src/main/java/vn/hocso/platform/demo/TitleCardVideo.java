package vn.hocso.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A short demo video made by ffmpeg: a coloured card with lines of text and a quiet tone
 * (H.264/AAC, 640×360, 15 fps, fast start), so that the demo's lectures and open
 * materials play like real ones without shipping video files. Text goes through files,
 * never the filter string, so that any title (quotes, colons, diacritics) renders as
 * written.
 */
public final class TitleCardVideo {

	/**
	 * One line of text on the card; {@code x} and {@code y} are ffmpeg drawtext
	 * expressions.
	 */
	public record Caption(String text, int size, String color, String x, String y) {
	}

	private final String ffmpeg;

	public TitleCardVideo(String ffmpeg) {
		this.ffmpeg = ffmpeg;
	}

	/**
	 * Whether the ffmpeg command runs here; the loaders seed without videos when it does
	 * not.
	 */
	public boolean available() {
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

	/**
	 * Renders {@code work/<name>.mp4}.
	 * @param showClock whether a running clock stands in the corner (it shows that a
	 * resumed video really resumes)
	 * @throws IOException with ffmpeg's own output when it fails
	 */
	public Path render(Path work, String name, String color, int seconds, int toneHz, List<Caption> captions,
			boolean showClock) throws IOException, InterruptedException {
		Path font = font(work);
		List<String> filters = new ArrayList<>();
		for (int i = 0; i < captions.size(); i++) {
			Caption caption = captions.get(i);
			Path text = Files.writeString(work.resolve(name + "-caption-" + i + ".txt"), caption.text(),
					StandardCharsets.UTF_8);
			filters.add("drawtext=fontfile=" + font + ":textfile=" + text + ":fontcolor=" + caption.color()
					+ ":fontsize=" + caption.size() + ":x=" + caption.x() + ":y=" + caption.y());
		}
		if (showClock) {
			filters.add("drawtext=fontfile=" + font
					+ ":text='%{pts\\:hms}':fontcolor=white@0.8:fontsize=16:x=w-tw-16:y=h-th-14");
		}
		Path out = work.resolve(name + ".mp4");
		List<String> command = List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
				"color=c=" + color + ":s=640x360:d=" + seconds + ":r=15", "-f", "lavfi", "-i",
				"sine=frequency=" + toneHz + ":sample_rate=44100:duration=" + seconds, "-filter_complex",
				"[0:v]" + String.join(",", filters) + "[v];[1:a]volume=0.08[a]", "-map", "[v]", "-map", "[a]", "-c:v",
				"libx264", "-preset", "veryfast", "-profile:v", "main", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a",
				"48k", "-movflags", "+faststart", "-shortest", out.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException("ffmpeg failed for " + name + ": " + output);
		}
		return out;
	}

	/**
	 * The bundled Noto Sans Bold, copied once per working folder (ffmpeg reads fonts from
	 * files).
	 */
	private static Path font(Path work) throws IOException {
		Path font = work.resolve("NotoSans-Bold.ttf");
		if (!Files.exists(font)) {
			try (InputStream in = TitleCardVideo.class.getResourceAsStream("/fonts/NotoSans-Bold.ttf")) {
				Files.copy(Objects.requireNonNull(in), font);
			}
		}
		return font;
	}

}
