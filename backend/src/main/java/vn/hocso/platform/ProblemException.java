package vn.hocso.platform;

import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on. {@code code} names the problem (and its message key
 * {@code problem.<code>}), {@code args} fill the localized message.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final Object[] args;

	public ProblemException(HttpStatus status, String code, Object... args) {
		super(code);
		this.status = status;
		this.code = code;
		this.args = args;
	}

	public static ProblemException notFound(String code, Object... args) {
		return new ProblemException(HttpStatus.NOT_FOUND, code, args);
	}

	public static ProblemException forbidden(String code, Object... args) {
		return new ProblemException(HttpStatus.FORBIDDEN, code, args);
	}

	public static ProblemException conflict(String code, Object... args) {
		return new ProblemException(HttpStatus.CONFLICT, code, args);
	}

	public static ProblemException badRequest(String code, Object... args) {
		return new ProblemException(HttpStatus.BAD_REQUEST, code, args);
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}

}
