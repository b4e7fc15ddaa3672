package vn.hocso.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into RFC 9457 problem details whose title and detail are in the
 * caller's language (Accept-Language: vi by default, en), naming the offending fields.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final MessageSource messages;

	/**
	 * The servlet container's limit, named in the answer: Spring's exception does not
	 * know it (-1).
	 */
	private final DataSize maxUpload;

	ProblemDetailsAdvice(MessageSource messages,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
		this.messages = messages;
		this.maxUpload = maxUpload;
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
		return ResponseEntity.status(ex.status()).body(problem(ex.status(), ex.code(), ex.args()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "access-denied"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", ex.getName());
		body.setProperty("errors", List
			.of(new FieldProblem(ex.getName(), "invalid", text("problem.invalid-parameter.detail", ex.getName()))));
		return ResponseEntity.badRequest().body(body);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		if (DatabaseOutage.isCause(ex)) {
			// Not a bug: the database is unreachable for now; the client keeps its data
			// and retries.
			log.warn("Database unavailable: {}", ex.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable"));
		}
		log.error("Unexpected failure", ex);
		return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream().map(this::fieldProblem).toList();
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "validation",
				String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
		body.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "unreadable-body");
		String field = jsonField(ex);
		if (!field.isEmpty()) {
			// A value of the wrong type ("targetId": "abc") names its field, like a
			// validation error.
			body.setProperty("errors",
					List.of(new FieldProblem(field, "type-mismatch", text("problem.unreadable-body.field", field))));
		}
		return ResponseEntity.badRequest().body(body);
	}

	/**
	 * "items[2].name" for the place in the JSON that could not be read, or "" if unknown.
	 * The Jackson failure is looked for along the causes: for "31/02/2026" in a date
	 * field the most specific cause is the DateTimeParseException, which knows no field.
	 */
	private static String jsonField(Throwable failure) {
		Throwable cause = failure;
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		if (!(cause instanceof JacksonException jackson)) {
			return "";
		}
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : jackson.getPath()) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	/**
	 * Spring's own answer is an English sentence without a code; this one is in the
	 * caller's language.
	 */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		long max = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() : maxUpload.toBytes();
		String limit = max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max >= 1024 ? max / 1024 + " KB" : max + " B";
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", limit));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// Spring's own MVC failures (404 route, 405, 415…) get the same localized shape.
		if (body instanceof ProblemDetail detail) {
			detail.setProperty("requestId", MDC.get(RequestIdFilter.MDC_KEY));
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private FieldProblem fieldProblem(FieldError error) {
		Locale locale = LocaleContextHolder.getLocale();
		return new FieldProblem(error.getField(), error.getCode() == null ? "invalid" : error.getCode(),
				messages.getMessage(error, locale));
	}

	private ProblemDetail problem(HttpStatus status, String code, Object... args) {
		ProblemDetail detail = ProblemDetail.forStatus(status);
		detail.setType(URI.create("urn:hocso:problem:" + code));
		detail.setTitle(text("problem." + code + ".title"));
		detail.setDetail(text("problem." + code + ".detail", args));
		detail.setProperty("code", code);
		detail.setProperty("requestId", MDC.get(RequestIdFilter.MDC_KEY));
		return detail;
	}

	private String text(String key, Object... args) {
		return Objects.requireNonNullElse(
				messages.getMessage(key, ProblemArguments.plain(args), key, LocaleContextHolder.getLocale()), key);
	}

	/**
	 * One invalid field: its name, the constraint it broke and a message a person can act
	 * on.
	 */
	record FieldProblem(String field, String code, String message) {
	}

}
