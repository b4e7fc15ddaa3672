package vn.hocso.media.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.Caller;
import vn.hocso.identity.Role;
import vn.hocso.media.MediaInfo;
import vn.hocso.media.MediaLibrary;
import vn.hocso.media.MediaReaders;
import vn.hocso.platform.ProblemException;

/** Receiving, checking and storing media, and deciding who may read them. */
@Service
@Transactional
public class MediaService implements MediaLibrary {

	private final MediaRepository media;

	private final MediaFiles files;

	private final MediaProperties properties;

	private final List<MediaReaders> readers;

	private final Clock clock;

	private final MediaLinks links;

	MediaService(MediaRepository media, MediaFiles files, MediaProperties properties, List<MediaReaders> readers,
			Clock clock, MediaLinks links) {
		this.media = media;
		this.files = files;
		this.properties = properties;
		this.readers = readers;
		this.clock = clock;
		this.links = links;
	}

	@Override
	public SignedMediaLink signedLink(String mediaId) {
		MediaLinks.SignedLink link = links.sign(mediaId);
		return new SignedMediaLink(link.url(), link.expiresAt());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MediaInfo> find(String mediaId) {
		return media.findById(mediaId).map(Media::info);
	}

	@Override
	public MediaInfo add(Path file, String fileName, String addedBy) throws IOException {
		Path copy = incomingFile();
		try (InputStream in = Files.newInputStream(file)) {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		return accept(copy, fileName, addedBy);
	}

	/**
	 * Takes a received upload (already on disk in the incoming folder), checks it and
	 * stores it once by content. The received file is always consumed: moved into the
	 * store or deleted.
	 */
	public MediaInfo accept(Path received, String fileName, String uploadedBy) throws IOException {
		try {
			long size = Files.size(received);
			requireAcceptableSize(fileName, size);
			MediaFormats.Recognised recognised = MediaFormats.recognise(received, fileName);
			String id = sha256(received);
			Optional<Media> existing = media.findById(id);
			if (existing.isPresent() && files.exists(id)) {
				return existing.get().info();
			}
			// Only checked bytes are stored, in one piece: a refused file never reaches
			// the store.
			files.moveIn(id, received, recognised.kind().contentType());
			return existing
				.orElseGet(() -> media.save(new Media(id, recognised.kind(), size, recognised.durationSeconds(),
						cleanName(fileName), uploadedBy, clock.instant())))
				.info();
		}
		finally {
			Files.deleteIfExists(received);
		}
	}

	/**
	 * Refuses a file over {@code hocso.media.max-upload-size} before anything is done
	 * with it.
	 */
	public void requireAcceptableSize(String fileName, long size) {
		if (size > properties.maxUploadSize().toBytes()) {
			throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "media.too-large", fileName,
					properties.maxUploadSize().toMegabytes());
		}
	}

	/** A new file name in the store's incoming folder, on the same disk as the store. */
	public Path incomingFile() throws IOException {
		Path incoming = properties.dir().toAbsolutePath().normalize().resolve("incoming");
		Files.createDirectories(incoming);
		return Files.createTempFile(incoming, "upload-", ".part");
	}

	@Transactional(readOnly = true)
	public Media requireReadable(String mediaId, Caller caller) {
		Media found = media.findById(mediaId).orElseThrow(() -> ProblemException.notFound("media.not-found", mediaId));
		boolean staff = caller.hasAny(Role.ADMIN, Role.REPORTER, Role.VERIFIER, Role.UNIT_ADMIN, Role.TRAINER);
		if (!staff && readers.stream().noneMatch(reader -> reader.learnerMayRead(caller.username(), mediaId))) {
			throw ProblemException.notFound("media.not-found", mediaId);
		}
		return found;
	}

	@Transactional(readOnly = true)
	public Media require(String mediaId) {
		return media.findById(mediaId).orElseThrow(() -> ProblemException.notFound("media.not-found", mediaId));
	}

	private static String cleanName(String fileName) {
		String name = Path.of(fileName.replace('\\', '/')).getFileName().toString().strip();
		name = name.replaceAll("[\\p{Cntrl}\"]", "");
		return name.length() > 200 ? name.substring(name.length() - 200) : name.isEmpty() ? "file" : name;
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
