package org.lantern.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a Lantern API returns is an RFC 9457 problem ({@code application/problem+json}). Bad input names the
 * field at fault in {@code detail} and lists each one under {@code errors}, so a council officer's form can point
 * at it.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final URI INVALID_REQUEST = URI.create("https://lantern.example.org/problems/invalid-request");

	private static final URI UNKNOWN_REFERENCE = URI.create("https://lantern.example.org/problems/unknown-reference");

	private static final URI NOT_FOUND = URI.create("https://lantern.example.org/problems/not-found");

	private static final URI CONFLICT = URI.create("https://lantern.example.org/problems/conflict");

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
			.sorted((a, b) -> a.get("field").compareTo(b.get("field")))
			.toList();
		String detail = errors.stream()
			.map(e -> "'" + e.get("field") + "' " + e.get("message"))
			.collect(Collectors.joining("; "));
		return badRequest(detail.isEmpty() ? "The request is invalid" : "Invalid field " + detail, errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// The outermost Jackson exception knows the JSON path; its causes (a date parser's, say) do not.
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (cause instanceof InvalidFormatException invalid) {
			String field = path(invalid);
			String allowed = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
					? "; expected one of " + List.of(invalid.getTargetType().getEnumConstants()) : "";
			return badRequest("Invalid field '" + field + "': '" + invalid.getValue() + "' is not allowed" + allowed,
					List.of(Map.of("field", field, "message", "invalid value '" + invalid.getValue() + "'" + allowed)));
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			String field = path(mismatched);
			return badRequest("Invalid field '" + field + "': " + mismatched.getOriginalMessage(),
					List.of(Map.of("field", field, "message", mismatched.getOriginalMessage())));
		}
		if (cause instanceof StreamReadException malformed) {
			return badRequest("Malformed JSON: " + malformed.getOriginalMessage(), List.of());
		}
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = path(jackson);
			return badRequest("Invalid field '" + field + "': " + jackson.getOriginalMessage(),
					List.of(Map.of("field", field, "message", jackson.getOriginalMessage())));
		}
		return badRequest("The request body is missing or unreadable", List.of());
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<Object> invalidRequest(InvalidRequestException ex) {
		if (ex instanceof UnknownReferenceException) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					"Invalid field '" + ex.field() + "': " + ex.getMessage());
			problem.setType(UNKNOWN_REFERENCE);
			problem.setTitle("Unknown reference");
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
			return ResponseEntity.unprocessableContent().body(problem);
		}
		return badRequest("Invalid field '" + ex.field() + "': " + ex.getMessage(),
				List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(NOT_FOUND);
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
		String detail = ex instanceof ConflictException ? ex.getMessage()
				: "Someone else changed this at the same moment; reload and try again";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setType(CONFLICT);
		problem.setTitle("Conflict");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	private static ResponseEntity<Object> badRequest(String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(INVALID_REQUEST);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/** A JSON path a person can read, e.g. {@code window.from} or {@code serviceAreas[1]}. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "(body)" : path.toString();
	}
}
