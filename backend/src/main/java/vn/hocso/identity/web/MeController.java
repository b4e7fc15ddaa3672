package vn.hocso.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.identity.Caller;
import vn.hocso.identity.CallerUnitDirectory;
import vn.hocso.identity.CallerUnitDirectory.CallerUnit;
import vn.hocso.identity.CurrentCaller;

@RestController
@Tag(name = "Identity")
class MeController {

	private final CurrentCaller currentCaller;

	private final CallerUnitDirectory units;

	MeController(CurrentCaller currentCaller, CallerUnitDirectory units) {
		this.currentCaller = currentCaller;
		this.units = units;
	}

	@GetMapping("/api/me")
	@Operation(summary = "Who am I: username, display name, roles and org unit with its path from the root")
	MeResponse me() {
		Caller caller = currentCaller.get();
		CallerUnit unit = caller.orgUnitCode() == null ? null : units.findByCode(caller.orgUnitCode()).orElse(null);
		return new MeResponse(caller.username(), caller.displayName(),
				caller.roles().stream().map(Enum::name).sorted().toList(), unit);
	}

	record MeResponse(String username, String displayName, List<String> roles, @Nullable CallerUnit orgUnit) {
	}

}
