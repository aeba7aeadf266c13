package org.threefold.api.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import org.threefold.shared.AssessmentId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopId;

/**
 * How every API controller answers a refusal: JSON with the status and a message, 404 for
 * what does not exist for this token's ICS, 400 for a bad parameter, 403 for what a
 * read-only token may not do. Also turns path ids into typed ids, so that an id of zero
 * or less is "not found" like any other id the token cannot see.
 */
@RestControllerAdvice(assignableTypes = { AssessmentsApi.class, PlanPowerWorkshopApi.class })
class ApiErrors {

	static AssessmentId assessmentId(long id) {
		if (id <= 0) {
			throw new NotFoundException("Assessment " + id);
		}
		return new AssessmentId(id);
	}

	static WorkshopId workshopId(long id) {
		if (id <= 0) {
			throw new NotFoundException("Workshop " + id);
		}
		return new WorkshopId(id);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiRecords.Error> notFound(NotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(ValidationException.class)
	ResponseEntity<ApiRecords.Error> invalid(ValidationException ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiRecords.Error> badArgument(MethodArgumentTypeMismatchException ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getName() + " is not valid");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ApiRecords.Error> denied(AccessDeniedException ex) {
		return error(HttpStatus.FORBIDDEN, "This token may not do that");
	}

	private static ResponseEntity<ApiRecords.Error> error(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ApiRecords.Error(status.value(), message));
	}

}
