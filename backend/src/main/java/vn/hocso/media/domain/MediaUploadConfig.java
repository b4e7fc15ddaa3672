package vn.hocso.media.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Uploads are written to disk as they arrive (the threshold is 0) in the media store's
 * incoming folder, so that a 2 GB video is never held in memory and becomes a stored file
 * by a rename. The folder is given to the servlet container as an absolute path: a
 * relative one would be resolved against the container's own temporary directory.
 */
@Configuration(proxyBeanMethods = false)
class MediaUploadConfig {

	@Bean
	MultipartConfigElement multipartConfigElement(MultipartProperties multipart, MediaProperties media)
			throws IOException {
		Path incoming = Files.createDirectories(media.dir().toAbsolutePath().normalize().resolve("incoming"));
		return new MultipartConfigElement(incoming.toString(), multipart.getMaxFileSize().toBytes(),
				multipart.getMaxRequestSize().toBytes(), 0);
	}

}
