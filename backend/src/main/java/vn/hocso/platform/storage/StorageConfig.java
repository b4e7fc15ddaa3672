package vn.hocso.platform.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The {@link Storage} that {@code hocso.storage.type} names. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfig {

	private static final Logger log = LoggerFactory.getLogger(StorageConfig.class);

	@Bean
	Storage storage(StorageProperties properties, Clock clock, @Value("${hocso.nodes:1}") int nodes) {
		if (properties.type() == StorageProperties.Type.LOCAL && nodes > 1) {
			log.warn("hocso.nodes is {} but hocso.storage.type is local: each node keeps its files on its own disk "
					+ "unless the directories are one shared mount; set hocso.storage.type=s3 (docs/operations.md \"Storage\")",
					nodes);
		}
		Storage storage = Storage.of(properties, clock);
		log.info("Files are kept {}",
				storage.shared()
						? "in the object store " + properties.s3().endpoint() + ", bucket " + properties.s3().bucket()
						: "on this node's disk");
		return storage;
	}

	/** Every area under its prefix in one bucket of an S3-compatible object store. */
	static final class S3Storage implements Storage, AutoCloseable {

		private final S3Client client;

		private final S3Presigner presigner;

		private final String bucket;

		private final String browserOrigin;

		private final Clock clock;

		private S3Storage(S3Client client, S3Presigner presigner, String bucket, String browserOrigin, Clock clock) {
			this.client = client;
			this.presigner = presigner;
			this.bucket = bucket;
			this.browserOrigin = browserOrigin;
			this.clock = clock;
		}

		static S3Storage connect(StorageProperties.S3 s3, Clock clock) {
			List<String> missing = missing(s3);
			if (!missing.isEmpty()) {
				throw new IllegalStateException("hocso.storage.type is s3 but " + String.join(", ", missing)
						+ " is not set (docs/operations.md \"Storage\")");
			}
			var credentials = StaticCredentialsProvider
				.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
			// No aws-chunked uploads: some S3-compatible servers (S3Proxy among them)
			// keep "Content-Encoding:
			// aws-chunked" on the object and send it back, and a browser then cannot seek
			// in the video.
			S3Configuration pathStyle = S3Configuration.builder()
				.pathStyleAccessEnabled(s3.pathStyle())
				.chunkedEncodingEnabled(false)
				.build();
			S3Client client = S3Client.builder()
				.endpointOverride(URI.create(s3.endpoint()))
				.region(Region.of(s3.region()))
				.credentialsProvider(credentials)
				.serviceConfiguration(pathStyle)
				.httpClient(UrlConnectionHttpClient.create())
				// Checksums only where S3 requires them: S3-compatible servers do not all
				// read trailing ones.
				.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
				.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
				.build();
			URI browserEndpoint = URI.create(Objects.requireNonNull(s3.browserEndpoint()));
			S3Presigner presigner = S3Presigner.builder()
				.endpointOverride(browserEndpoint)
				.region(Region.of(s3.region()))
				.credentialsProvider(credentials)
				.serviceConfiguration(pathStyle)
				.build();
			return new S3Storage(client, presigner, Objects.requireNonNull(s3.bucket()), origin(browserEndpoint),
					clock);
		}

		/** The settings the object store cannot be used without, by name. */
		static List<String> missing(StorageProperties.S3 s3) {
			List<String> missing = new ArrayList<>();
			require(missing, "hocso.storage.s3.endpoint", s3.endpoint());
			require(missing, "hocso.storage.s3.bucket", s3.bucket());
			require(missing, "hocso.storage.s3.access-key", s3.accessKey());
			require(missing, "hocso.storage.s3.secret-key", s3.secretKey());
			return missing;
		}

		private static void require(List<String> missing, String name, @Nullable String value) {
			if (value == null || value.isBlank()) {
				missing.add(name);
			}
		}

		static String origin(URI uri) {
			return uri.getScheme() + "://" + uri.getRawAuthority();
		}

		@Override
		public FileStore area(String area, Path localDirectory) {
			return new S3FileStore(client, presigner, bucket, area, clock);
		}

		@Override
		public boolean shared() {
			return true;
		}

		@Override
		public Optional<String> browserOrigin() {
			return Optional.of(browserOrigin);
		}

		@Override
		public void close() {
			presigner.close();
			client.close();
		}

	}

}
