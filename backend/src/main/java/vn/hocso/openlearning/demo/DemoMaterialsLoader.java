package vn.hocso.openlearning.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
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
import vn.hocso.media.MediaLibrary;
import vn.hocso.openlearning.domain.MaterialAuthoring;
import vn.hocso.openlearning.domain.MaterialReads;
import vn.hocso.openlearning.domain.OpenMaterial;
import vn.hocso.openlearning.domain.OpenMaterial.Content;
import vn.hocso.openlearning.domain.PosterFormat;
import vn.hocso.openlearning.domain.Posters;
import vn.hocso.openlearning.domain.QrTarget;
import vn.hocso.openlearning.domain.Topic;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.platform.pdf.NotoSans;
import vn.hocso.platform.pdf.OfflineRendering;

/**
 * Seeds the demo's open materials from {@code seed-data/open-learning/materials.json}
 * through the services an ADMIN uses: three topics, their pages, a short ffmpeg-rendered
 * video for the first material of each topic (skipped without ffmpeg), a PDF leaflet, all
 * published; then issues the QR codes of every demo commune for each topic, as printing
 * the province's posters would. Idempotent.
 */
@Component
@ConditionalOnProperty(name = "hocso.demo.open-learning")
class DemoMaterialsLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMaterialsLoader.class);

	private static final String LOADER = "system:demo-data";

	private final MaterialAuthoring authoring;

	private final MaterialReads reads;

	private final MediaLibrary media;

	private final Posters posters;

	private final OrgUnitDirectory units;

	private final JsonMapper json;

	private final Resource source;

	private final String ffmpeg;

	private final TitleCardVideo videos;

	DemoMaterialsLoader(MaterialAuthoring authoring, MaterialReads reads, MediaLibrary media, Posters posters,
			OrgUnitDirectory units, JsonMapper json, @Value("${hocso.demo.open-learning}") Resource source,
			@Value("${hocso.demo.ffmpeg:ffmpeg}") String ffmpeg) {
		this.authoring = authoring;
		this.reads = reads;
		this.media = media;
		this.posters = posters;
		this.units = units;
		this.json = json;
		this.source = source;
		this.ffmpeg = ffmpeg;
		this.videos = new TitleCardVideo(ffmpeg);
	}

	/** {@code video} and {@code leaflet} are absent (null) for a page alone. */
	record SeedMaterial(String slug, String title, String summary, String body, @Nullable Boolean video,
			@Nullable Boolean leaflet) {
	}

	record SeedTopic(String slug, String title, String summary, String color, List<SeedMaterial> materials) {
	}

	record Seed(List<SeedTopic> topics) {
	}

	@Override
	public void run(ApplicationArguments args) {
		Thread.ofVirtual().name("demo-open-learning").start(() -> {
			DemoLoaderSignIn.asAdmin(LOADER, "NA");
			try {
				load();
			}
			catch (Exception e) {
				log.warn("The demo open materials could not be seeded: {}", e.toString(), e);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
	}

	void load() throws IOException, InterruptedException {
		Seed seed = read(json, source);
		boolean canRender = videos.available();
		if (!canRender) {
			log.warn("ffmpeg was not found ('{}'): the demo open materials are seeded without videos", ffmpeg);
		}
		Path work = Files.createTempDirectory("hocso-demo-open-learning");
		try {
			for (int t = 0; t < seed.topics().size(); t++) {
				SeedTopic seedTopic = seed.topics().get(t);
				Topic topic = reads.topicBySlug(seedTopic.slug())
					.orElseGet(
							() -> authoring.createTopic(seedTopic.slug(), seedTopic.title(), seedTopic.summary(), 0));
				for (int m = 0; m < seedTopic.materials().size(); m++) {
					SeedMaterial seedMaterial = seedTopic.materials().get(m);
					if (reads.materialBySlug(seedMaterial.slug()).isPresent()) {
						continue;
					}
					String video = Boolean.TRUE.equals(seedMaterial.video()) && canRender
							? video(seedTopic, seedMaterial, work) : null;
					String leaflet = Boolean.TRUE.equals(seedMaterial.leaflet())
							? leaflet(seedTopic, seedMaterial, work) : null;
					OpenMaterial material = authoring.createMaterial(seedMaterial.slug(), topic.getId(), new Content(
							seedMaterial.title(), seedMaterial.summary(), seedMaterial.body(), video, leaflet, m));
					authoring.publish(material.getId());
				}
				units.findSummaryByCode("NA")
					.ifPresent(province -> posters.prepare(province.id(), QrTarget.TOPIC, seedTopic.slug(),
							PosterFormat.A4));
			}
			log.info("Demo open materials seeded: {} topics, QR codes issued for every demo commune",
					seed.topics().size());
		}
		finally {
			try (var files = Files.walk(work)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	static Seed read(JsonMapper json, Resource source) throws IOException {
		try (InputStream in = source.getInputStream()) {
			return json.readerFor(Seed.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
		}
	}

	/**
	 * A 20-second card with the title and a tone (H.264/AAC, 640×360), like the demo
	 * course's.
	 */
	private @Nullable String video(SeedTopic topic, SeedMaterial material, Path work)
			throws IOException, InterruptedException {
		try {
			Path out = videos.render(work, material.slug(), topic.color(), 20, 440,
					List.of(new Caption(topic.title(), 18, "white@0.85", "(w-tw)/2", "40"),
							new Caption(material.title(), 22, "white", "(w-tw)/2", "h/2-10")),
					false);
			return media.add(out, material.slug() + ".mp4", LOADER).id();
		}
		catch (IOException e) {
			log.warn("The demo video of {} was not made: {}", material.slug(), e.getMessage());
			return null;
		}
	}

	/** The material's page as a one-page A4 leaflet to print. */
	private String leaflet(SeedTopic topic, SeedMaterial material, Path work) throws IOException {
		Path pdf = work.resolve(material.slug() + ".pdf");
		String html = "<html><head><style>@page { size: A4; margin: 18mm; } body { font-family: '" + NotoSans.FAMILY
				+ "'; font-size: 12pt; line-height: 1.45; } .topic { color: #555; } h1 { font-size: 20pt; color: #1d4e89; }"
				+ "</style></head><body><p class='topic'>" + topic.title() + "</p><h1>" + material.title()
				+ "</h1><p><b>" + material.summary() + "</b></p>" + xhtml(material.body()) + "</body></html>";
		try (OutputStream out = Files.newOutputStream(pdf); PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = OfflineRendering.configure(new PdfRendererBuilder());
			builder.useFastMode();
			builder.usePDDocument(document);
			NotoSans.use(builder, document);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		return media.add(pdf, material.slug() + "-to-roi.pdf", LOADER).id();
	}

	/** The seed's HTML as well-formed XHTML, which the PDF renderer needs. */
	private static String xhtml(String html) {
		var document = Jsoup.parseBodyFragment(html);
		document.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
		return document.body().html();
	}

}
