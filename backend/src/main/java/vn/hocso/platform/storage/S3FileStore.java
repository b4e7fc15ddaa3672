package vn.hocso.platform.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * An area as the prefix {@code <area>/} of one bucket in an S3-compatible object store. A
 * PUT is whole or nothing (the store makes an object visible only once all of it
 * arrived), so no reader ever sees a half-written file.
 */
final class S3FileStore implements FileStore {

	private static final Duration MAX_PRESIGN = Duration.ofDays(7);

	private final S3Client client;

	private final S3Presigner presigner;

	private final String bucket;

	private final String prefix;

	private final Clock clock;

	S3FileStore(S3Client client, S3Presigner presigner, String bucket, String area, Clock clock) {
		this.clock = clock;
		this.client = client;
		this.presigner = presigner;
		this.bucket = bucket;
		this.prefix = Keys.require(area) + "/";
	}

	String objectKey(String key) {
		return prefix + Keys.require(key);
	}

	@Override
	public void put(String key, Path file, String contentType) throws IOException {
		client.putObject(request -> request.bucket(bucket).key(objectKey(key)).contentType(contentType),
				RequestBody.fromFile(file));
	}

	@Override
	public void put(String key, byte[] content, String contentType) {
		client.putObject(request -> request.bucket(bucket).key(objectKey(key)).contentType(contentType),
				RequestBody.fromBytes(content));
	}

	@Override
	public boolean exists(String key) {
		return head(key) != null;
	}

	@Override
	public Optional<byte[]> read(String key) {
		try {
			return Optional
				.of(client.getObjectAsBytes(request -> request.bucket(bucket).key(objectKey(key))).asByteArray());
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<StoredFile> stat(String key) {
		HeadObjectResponse head = head(key);
		return head == null ? Optional.empty() : Optional.of(new StoredFile(head.contentLength(), head.lastModified()));
	}

	private @Nullable HeadObjectResponse head(String key) {
		try {
			return client.headObject(request -> request.bucket(bucket).key(objectKey(key)));
		}
		catch (NoSuchKeyException ex) {
			return null;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return null;
			}
			throw ex;
		}
	}

	@Override
	public Resource resource(String key) {
		return new ObjectResource(key);
	}

	@Override
	public void delete(String key) {
		client.deleteObject(request -> request.bucket(bucket).key(objectKey(key)));
	}

	@Override
	public Optional<URI> presignedGet(String key, Instant expiresAt, String contentType, String contentDisposition) {
		// SigV4 links live whole seconds, from 1 s to 7 days.
		long seconds = Duration.between(clock.instant(), expiresAt).plusMillis(999).toSeconds();
		Duration signatureDuration = Duration.ofSeconds(Math.clamp(seconds, 1, MAX_PRESIGN.toSeconds()));
		URI url = URI.create(
				presigner
					.presignGetObject(presign -> presign.signatureDuration(signatureDuration)
						.getObjectRequest(get -> get.bucket(bucket)
							.key(objectKey(key))
							.responseContentType(contentType)
							.responseContentDisposition(contentDisposition)))
					.url()
					.toString());
		return Optional.of(url);
	}

	/** The object read with a GET; its length from a HEAD. */
	private final class ObjectResource extends AbstractResource {

		private final String key;

		ObjectResource(String key) {
			this.key = key;
		}

		@Override
		public boolean exists() {
			return S3FileStore.this.exists(key);
		}

		@Override
		public long contentLength() throws IOException {
			return stat(key).orElseThrow(() -> new FileNotFoundException(getDescription())).size();
		}

		@Override
		public long lastModified() throws IOException {
			return stat(key).orElseThrow(() -> new FileNotFoundException(getDescription()))
				.lastModified()
				.toEpochMilli();
		}

		@Override
		public String getDescription() {
			return "object s3://" + bucket + "/" + objectKey(key);
		}

		@Override
		public InputStream getInputStream() throws IOException {
			try {
				return client.getObject(request -> request.bucket(bucket).key(objectKey(key)));
			}
			catch (NoSuchKeyException ex) {
				throw new FileNotFoundException(getDescription());
			}
			catch (S3Exception ex) {
				throw new UncheckedIOException(new IOException(ex.getMessage(), ex));
			}
		}

	}

}
