package vn.hocso.media;

import org.jspecify.annotations.Nullable;

/**
 * A stored file. Its id is the SHA-256 of its bytes (64 hex digits).
 *
 * @param durationSeconds a video's duration read from its container, rounded up; null for
 * documents
 */
public record MediaInfo(String id, MediaKind kind, long sizeBytes, @Nullable Integer durationSeconds, String fileName) {
}
