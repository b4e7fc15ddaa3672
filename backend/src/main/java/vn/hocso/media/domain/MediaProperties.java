package vn.hocso.media.domain;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param dir where the disk store keeps files ({@code <sha256>.<ext>}) and receives
 * uploads
 * @param maxUploadSize the largest file accepted
 * @param linkSecret the HMAC key of signed media links; random at each start when unset
 * (set it when several instances serve media)
 * @param linkTtl how long a signed media link stays valid
 */
@ConfigurationProperties("hocso.media")
public record MediaProperties(Path dir, DataSize maxUploadSize, @Nullable String linkSecret, Duration linkTtl) {
}
