package vn.hocso.platform.storage;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hocso.storage.*}: where files are kept (docs/operations.md "Storage").
 *
 * @param type {@code local} (each node's disk, the default) or {@code s3} (an
 * S3-compatible object store shared by every node)
 * @param s3 the object store, when {@code type=s3}
 */
@ConfigurationProperties("hocso.storage")
public record StorageProperties(@DefaultValue("local") Type type, @DefaultValue S3 s3) {

	public enum Type {

		LOCAL, S3

	}

	/**
	 * @param endpoint the S3 API's URL as the application reaches it
	 * ({@code http://127.0.0.1:8333})
	 * @param bucket the bucket every area is kept in, under its own prefix
	 * @param region the signing region ({@code us-east-1} for most S3-compatible servers)
	 * @param accessKey the access key id
	 * @param secretKey the secret access key
	 * @param pathStyle {@code http://host/bucket/key} rather than
	 * {@code http://bucket.host/key}
	 * @param publicEndpoint the URL browsers use for presigned links, when it differs
	 * from {@code endpoint}
	 */
	public record S3(@Nullable String endpoint, @Nullable String bucket, @DefaultValue("us-east-1") String region,
			@Nullable String accessKey, @Nullable String secretKey, @DefaultValue("true") boolean pathStyle,
			@Nullable String publicEndpoint) {

		/**
		 * The endpoint presigned links point at: the public one when set, else the one
		 * the application uses.
		 */
		public @Nullable String browserEndpoint() {
			return publicEndpoint != null && !publicEndpoint.isBlank() ? publicEndpoint : endpoint;
		}

	}

}
