package vn.hocso.platform.pdf;

import org.jspecify.annotations.Nullable;

import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Every HTML → PDF render goes through {@link #configure}: the renderer resolves
 * {@code data:} URIs and nothing else, so that a template cannot make the server fetch a
 * URL ({@code http://127.0.0.1:…}, {@code file:///…}, {@code jar:…}) on every render.
 * Fonts are handed to the builder as streams, not URLs.
 */
public final class OfflineRendering {

	private OfflineRendering() {
	}

	public static PdfRendererBuilder configure(PdfRendererBuilder builder) {
		builder.useUriResolver((base, uri) -> isDataUri(uri) ? uri : null);
		builder.useExternalResourceAccessControl((uri, type) -> isDataUri(uri),
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> isDataUri(uri),
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		// Should anything get past the resolver, the stream factories open nothing.
		builder.useHttpStreamImplementation(NOTHING);
		builder.useProtocolsStreamImplementation(NOTHING, "http", "https", "file", "jar", "ftp", "classpath");
		return builder;
	}

	public static boolean isDataUri(@Nullable String uri) {
		return uri != null && uri.strip().toLowerCase(Locale.ROOT).startsWith("data:");
	}

	private static final FSStreamFactory NOTHING = url -> new FSStream() {

		@Override
		public @Nullable InputStream getStream() {
			return null;
		}

		@Override
		public @Nullable Reader getReader() {
			return null;
		}

	};

}
