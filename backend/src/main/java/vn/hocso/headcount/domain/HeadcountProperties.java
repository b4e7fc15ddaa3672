package vn.hocso.headcount.domain;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param documentsDir where decision PDFs are stored, one file per SHA-256 (shared
 * storage when several instances run)
 * @param maxDocumentSize the largest decision PDF accepted
 */
@ConfigurationProperties("hocso.headcount")
public record HeadcountProperties(Path documentsDir, DataSize maxDocumentSize) {
}
