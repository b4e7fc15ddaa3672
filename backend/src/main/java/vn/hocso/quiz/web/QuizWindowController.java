package vn.hocso.quiz.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.quiz.domain.QuizWindow;
import vn.hocso.quiz.domain.QuizWindows;

@RestController
@Tag(name = "Final quiz")
class QuizWindowController {

	private final QuizWindows windows;

	QuizWindowController(QuizWindows windows) {
		this.windows = windows;
	}

	record WindowBody(@NotNull Instant opensAt, @Nullable Instant closesAt, @Min(0) @Max(1440) int staggerMinutes) {

		static WindowBody of(QuizWindow window) {
			return new WindowBody(window.getOpensAt(), window.getClosesAt(), window.getStaggerMinutes());
		}

	}

	@GetMapping("/api/waves/{waveId}/quiz-window")
	@PreAuthorize("@accessPolicy.may('WAVE_READ')")
	@Operation(summary = "The wave's opening window for the final quiz (204 when it has none: start any time)")
	ResponseEntity<WindowBody> window(@PathVariable long waveId) {
		return windows.of(waveId)
			.map(WindowBody::of)
			.map(ResponseEntity::ok)
			.orElse(ResponseEntity.noContent().build());
	}

	@PutMapping("/api/waves/{waveId}/quiz-window")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(
			summary = "Open the final quiz to a wave from a time (optionally until one), each learner's start spread over up to staggerMinutes")
	WindowBody set(@PathVariable long waveId, @Valid @RequestBody WindowBody body) {
		return WindowBody.of(windows.set(waveId, body.opensAt(), body.closesAt(), body.staggerMinutes()));
	}

	@DeleteMapping("/api/waves/{waveId}/quiz-window")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Remove the wave's window: its learners start whenever their lectures are complete")
	ResponseEntity<Void> remove(@PathVariable long waveId) {
		windows.remove(waveId);
		return ResponseEntity.noContent().build();
	}

}
