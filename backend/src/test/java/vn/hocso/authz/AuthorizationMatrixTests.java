package vn.hocso.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.authz.AuthorizationTable.Caller;
import vn.hocso.authz.AuthorizationTable.Cell;
import vn.hocso.authz.MatrixFixture.Kind;
import vn.hocso.authz.MatrixFixture.Variant;
import vn.hocso.certificate.domain.CertificateIssuer;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.identity.ProvisionedUser;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/**
 * Every operation of the OpenAPI document × every caller (six realm roles and anonymous)
 * × the resource's scope (own / another learner of the same commune / another district,
 * where the path names a scoped resource), against the table in docs/authorization.md. A
 * call is "allowed" when it is neither 401 nor 403, "denied" when it is 401, 403 or 404.
 * Each call runs in a transaction that is rolled back, so no call changes what the next
 * one sees. An operation without a row fails.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	/**
	 * A date after every fixture's start (learners' and units' validity begins on the day
	 * they are made).
	 */
	private static final String LATER = LocalDate.now().plusDays(14).toString();

	private static final Set<Integer> DENIED = Set.of(401, 403, 404);

	private static final JsonMapper JSON = JsonMapper.shared();

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	CertificateIssuer certificates;

	@Autowired
	PlatformTransactionManager transactions;

	@MockitoBean
	KeycloakUserAdmin keycloak;

	@Autowired
	javax.sql.DataSource dataSource;

	private MatrixFixture fixture;

	private JsonNode api;

	/** ADMIN calls answered 400: the body the matrix sends needs a better example. */
	private final List<String> badRequests = new ArrayList<>();

	@BeforeAll
	void fixtureAndApi() throws Exception {
		when(keycloak.createLearner(any())).thenAnswer(call -> new ProvisionedUser(UUID.randomUUID().toString(), true));
		when(keycloak.createCitizen(any())).thenAnswer(call -> java.util.Optional.of(UUID.randomUUID().toString()));
		fixture = new MatrixFixtureBuilder(mvc, units, certificates).build();
		// The helper's grant for Diễn Kỷ, as a unit admin's grant would record it (ADR
		// 0380).
		var dienKy = units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow();
		new org.springframework.jdbc.core.JdbcTemplate(dataSource).update(
				"insert into community_helper_grant (helper_learner_id, helper_username, commune_unit_id, commune_path, "
						+ "granted_by, granted_at, active_learner_id, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
				-1L, "mx.helper", dienKy.id(), dienKy.path(), "mx.admin",
				java.sql.Timestamp.from(java.time.Instant.now()), -1L);
		// As an ADMIN, so that the document is read whether it is public or ADMIN-only in
		// this build.
		var docs = mvc.perform(get("/v3/api-docs").with(KeycloakJwt.user("mx.admin", "NA", "ADMIN")))
			.andReturn()
			.getResponse();
		assertThat(docs.getStatus()).as("/v3/api-docs (springdoc.api-docs.enabled=true in this test)").isEqualTo(200);
		api = JSON.readTree(docs.getContentAsString());
	}

	@Test
	void everyOperationHasARowAndEveryRowAnOperation() throws IOException {
		Set<String> operations = operations().keySet();
		Set<String> rows = AuthorizationTable.read().rows().keySet();
		assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(100);
		List<String> missing = operations.stream().filter(op -> !rows.contains(op)).sorted().toList();
		List<String> stale = rows.stream().filter(row -> !operations.contains(row)).sorted().toList();
		assertThat(missing).as("operations without a row in docs/authorization.md").isEmpty();
		assertThat(stale).as("rows of docs/authorization.md naming no operation").isEmpty();
	}

	@Test
	void everyCallerGetsWhatTheTableSaysForEveryOperationAndScope() throws Exception {
		AuthorizationTable table = AuthorizationTable.read();
		List<String> mismatches = new ArrayList<>();
		List<String> outcomes = new ArrayList<>();
		Map<String, Map<Caller, Map<Variant, Integer>>> observed = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> operation : operations().entrySet()) {
			String key = operation.getKey();
			Map<Caller, Cell> row = table.rows().get(key);
			for (Variant variant : variants(key)) {
				for (Caller caller : Caller.values()) {
					int status = call(key, operation.getValue(), caller, variant);
					observed.computeIfAbsent(key, k -> new EnumMap<>(Caller.class))
						.computeIfAbsent(caller, c -> new EnumMap<>(Variant.class))
						.put(variant, status);
					String expected = row == null ? "no row" : expectation(row.get(caller), key, variant);
					boolean ok = row != null
							&& (expected.equals("allowed") ? status != 401 && status != 403 : DENIED.contains(status));
					outcomes.add(String.join("\t", key, caller.name(), variant.name(), String.valueOf(status), expected,
							ok ? "ok" : "MISMATCH"));
					if (!ok) {
						mismatches
							.add(key + " as " + caller + " (" + variant + "): " + status + ", expected " + expected);
					}
				}
			}
		}
		writeReport(outcomes, observed);
		assertThat(mismatches)
			.as("calls whose answer differs from docs/authorization.md (" + outcomes.size()
					+ " calls; see target/authz-matrix/)")
			.isEmpty();
	}

	/**
	 * What the cell means for this variant: the same resource in two variants gets the
	 * same answer.
	 */
	private String expectation(Cell cell, String key, Variant variant) {
		boolean allowed = switch (cell) {
			case ALL, PROVINCE -> true;
			case SUBTREE -> variant != Variant.OTHER_UNIT;
			case CLASSES, SELF -> variant == Variant.OWN || variant == Variant.UNSCOPED
					|| variant == Variant.SAME_UNIT && sameResource(key);
			case NONE -> false;
		};
		return allowed ? "allowed" : "denied";
	}

	/**
	 * True when the operation's scoped parameters name the same resource in the own and
	 * same-unit variants.
	 */
	private boolean sameResource(String key) {
		for (String name : pathParameters(key)) {
			Kind kind = kindOf(key, name);
			if (kind != null && !fixture.value(kind, Variant.OWN).equals(fixture.value(kind, Variant.SAME_UNIT))) {
				return false;
			}
		}
		return true;
	}

	private List<Variant> variants(String key) {
		boolean scoped = pathParameters(key).stream().anyMatch(name -> kindOf(key, name) != null);
		return scoped ? List.of(Variant.OWN, Variant.SAME_UNIT, Variant.OTHER_UNIT) : List.of(Variant.UNSCOPED);
	}

	private static List<String> pathParameters(String key) {
		List<String> names = new ArrayList<>();
		var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(key);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/**
	 * Which scoped resource a path parameter names, or null for one that is not scoped by
	 * unit.
	 */
	static Kind kindOf(String key, String name) {
		String path = key.substring(key.indexOf(' ') + 1);
		return switch (name) {
			case "learnerId" -> Kind.LEARNER;
			case "waveId" -> Kind.WAVE;
			case "classId" -> Kind.CLASS;
			case "enrolmentId" -> Kind.ENROLMENT;
			case "unitId" -> Kind.UNIT;
			case "jobId" -> path.startsWith("/api/certificate-jobs/") ? Kind.CERTIFICATE_JOB : null;
			case "id" -> path.startsWith("/api/learners/") ? Kind.LEARNER
					: path.startsWith("/api/org-units/") ? Kind.UNIT : path.startsWith("/api/certificates/")
							? Kind.CERTIFICATE : path.startsWith("/api/account-issuances/") ? Kind.ISSUANCE : null;
			default -> null;
		};
	}

	private int call(String key, JsonNode operation, Caller caller, Variant variant) {
		HttpMethod method = HttpMethod.valueOf(key.substring(0, key.indexOf(' ')));
		String path = key.substring(key.indexOf(' ') + 1);
		for (String name : pathParameters(key)) {
			Kind kind = kindOf(key, name);
			path = path.replace("{" + name + "}", kind != null ? fixture.value(kind, variant) : unscopedValue(name));
		}
		AbstractMockHttpServletRequestBuilder<?> request = requestWithBody(method, path, operation);
		for (JsonNode parameter : operation.path("parameters")) {
			if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean()) {
				request.param(parameter.path("name").asString(),
						exampleText(parameter.path("name").asString(), resolve(parameter.path("schema"))));
			}
		}
		RequestPostProcessor token = token(caller);
		if (token != null) {
			request.with(token);
		}
		TransactionTemplate tx = new TransactionTemplate(transactions);
		Integer status = tx.execute(state -> {
			state.setRollbackOnly();
			try {
				var response = mvc.perform(request).andReturn().getResponse();
				if (response.getStatus() == 400 && caller == Caller.ADMIN) {
					badRequests.add(key + "\t" + response.getContentAsString());
				}
				return response.getStatus();
			}
			catch (Exception ex) {
				return 500;
			}
		});
		return status == null ? 500 : status;
	}

	private AbstractMockHttpServletRequestBuilder<?> requestWithBody(HttpMethod method, String path,
			JsonNode operation) {
		JsonNode content = operation.path("requestBody").path("content");
		if (content.has("multipart/form-data")) {
			MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(method, path);
			JsonNode schema = resolve(content.path("multipart/form-data").path("schema"));
			for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
				JsonNode propertySchema = resolve(property.getValue());
				if ("binary".equals(propertySchema.path("format").asString())) {
					multipart.file(new MockMultipartFile(property.getKey(), "matrix.xlsx",
							MediaType.APPLICATION_OCTET_STREAM_VALUE, new byte[] { 1, 2, 3 }));
				}
				else {
					multipart.param(property.getKey(), exampleText(property.getKey(), propertySchema));
				}
			}
			return multipart;
		}
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
		if (content.has("application/json")) {
			Object body = bodyOverride(method + " " + path)
				.orElseGet(() -> example("", resolve(content.path("application/json").path("schema")), 0));
			request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
		}
		else if (content.has("text/plain")) {
			request.contentType(MediaType.TEXT_PLAIN).content("matrix");
		}
		return request;
	}

	/**
	 * Bodies the schema cannot describe: records that share a simple name with another
	 * (springdoc keeps one schema per name) and a selection that takes one of two fields.
	 */
	private java.util.Optional<Object> bodyOverride(String methodAndPath) {
		String own = String.valueOf(fixture.ownUnitId());
		if (methodAndPath.matches("POST /api/courses/\\d+/lectures/\\d+/move")) {
			return java.util.Optional.of(Map.of("position", 1));
		}
		if (methodAndPath.matches("POST /api/learners/\\d+/move")) {
			return java.util.Optional.of(Map.of("unitId", own, "effectiveDate", LATER));
		}
		if (methodAndPath.matches("POST /api/org-units/\\d+/move")) {
			return java.util.Optional.of(Map.of("parentId", own, "effectiveDate", LATER));
		}
		if (methodAndPath.equals("POST /api/account-issuances")) {
			return java.util.Optional.of(Map.of("learnerIds", List.of(fixture.ownLearnerId())));
		}
		return java.util.Optional.empty();
	}

	/**
	 * A body that passes bean validation where it can, naming the caller's own resources.
	 */
	private Object example(String name, JsonNode schema, int depth) {
		switch (name) {
			case "code":
				return "MX1";
			case "period":
				return "2026";
			case "html":
				return "<html><body><p>Ma trận</p></body></html>";
			case "counts":
				return Map.of("CONG_CHUC", 1);
			case "citizenId", "email", "phone", "closesAt":
				return null;
			default:
				break;
		}
		if (schema.has("enum")) {
			return schema.path("enum").get(0).asString();
		}
		String type = typeOf(schema, "object");
		String format = schema.path("format").asString("");
		return switch (type) {
			case "integer", "number" -> switch (name) {
				case "unitId", "toUnitId", "parentId" -> fixture.ownUnitId();
				case "learnerId" -> fixture.ownLearnerId();
				case "classId" -> fixture.ownClassId();
				case "courseId" -> Long.parseLong(fixture.unscoped().get("courseId"));
				case "year" -> 2026;
				default -> 1;
			};
			case "boolean" -> false;
			case "array" -> switch (name) {
				case "unitIds" -> List.of(fixture.ownUnitId());
				case "learnerIds" -> List.of(fixture.ownLearnerId());
				case "enrolmentIds" -> List.of(1);
				default -> depth > 3 ? List.of() : List.of(example(name, resolve(schema.path("items")), depth + 1),
						example(name, resolve(schema.path("items")), depth + 1));
			};
			case "string" -> switch (format) {
				case "date" -> LATER;
				case "date-time" -> LATER + "T02:00:00Z";
				default -> exampleText(name, schema);
			};
			default -> {
				Map<String, Object> object = new LinkedHashMap<>();
				if (depth <= 3) {
					for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
						object.put(property.getKey(),
								example(property.getKey(), resolve(property.getValue()), depth + 1));
					}
				}
				yield object;
			}
		};
	}

	private String exampleText(String name, JsonNode schema) {
		if (schema.has("enum")) {
			return schema.path("enum").get(0).asString();
		}
		return switch (typeOf(schema, "string")) {
			case "integer", "number" -> String.valueOf(example(name, schema, 0));
			case "boolean" -> "false";
			case "array" -> exampleText(name, resolve(schema.path("items")));
			default -> switch (schema.path("format").asString("")) {
				case "date" -> LATER;
				case "date-time" -> LATER + "T02:00:00Z";
				default -> name.equals("period") ? "2026" : "Ma trận";
			};
		};
	}

	private String unscopedValue(String name) {
		if (fixture.unscoped().containsKey(name)) {
			return fixture.unscoped().get(name);
		}
		return switch (name) {
			case "date" -> "2026-12-25";
			case "period" -> "2026-11";
			case "code", "mediaId", "jobId" -> "MATRIX-0000";
			default -> "999999";
		};
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		while (current.has("$ref")) {
			String ref = current.path("$ref").asString();
			current = api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		if (current.has("allOf") && current.path("allOf").size() == 1) {
			return resolve(current.path("allOf").get(0));
		}
		// A nullable record: anyOf [its $ref, {type: null}] (platform/RecordNullness);
		// the record it is.
		if (current.has("anyOf")) {
			for (JsonNode alternative : current.path("anyOf")) {
				if (!"null".equals(typeOf(alternative, ""))) {
					return resolve(alternative);
				}
			}
		}
		return current;
	}

	/**
	 * The schema's type; a nullable one (OpenAPI 3.1: ["string", "null"]) is its non-null
	 * type.
	 */
	private static String typeOf(JsonNode schema, String otherwise) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode element : type) {
				if (!"null".equals(element.asString())) {
					return element.asString();
				}
			}
			return "null";
		}
		return type.asString(otherwise);
	}

	private RequestPostProcessor token(Caller caller) {
		return switch (caller) {
			case ADMIN -> KeycloakJwt.user("mx.admin", "NA", "ADMIN");
			case REPORTER -> KeycloakJwt.user("mx.reporter", "NA", "REPORTER");
			case VERIFIER -> KeycloakJwt.user("mx.verifier", "NA", "VERIFIER");
			case UNIT_ADMIN -> KeycloakJwt.user("mx.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");
			case TRAINER -> KeycloakJwt.user(MatrixFixtureBuilder.TRAINER, "NA-DIENCHAU-DIENKY", "TRAINER");
			case LEARNER -> KeycloakJwt.user(fixture.learnerUsername(), "NA-DIENCHAU-DIENKY", "LEARNER");
			case ANONYMOUS -> null;
			case CITIZEN -> KeycloakJwt.citizen("mx.citizen", "NA-DIENCHAU-DIENKY");
			case COMMUNITY_HELPER -> KeycloakJwt.user("mx.helper", "NA-DIENCHAU-DIENKY-TCNS", "COMMUNITY_HELPER");
		};
	}

	/** Operations of the OpenAPI document as "METHOD /path", with their description. */
	private Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new java.util.TreeMap<>();
		for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				if (Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
					operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
				}
			}
		}
		return operations;
	}

	/**
	 * Writes every call's outcome, and the table the outcomes imply (the row to paste
	 * when an operation is new, the evidence when a row changes), under
	 * target/authz-matrix/.
	 */
	private void writeReport(List<String> outcomes, Map<String, Map<Caller, Map<Variant, Integer>>> observed)
			throws IOException {
		Path dir = Path.of("target", "authz-matrix");
		Files.createDirectories(dir);
		Files.write(dir.resolve("outcomes.tsv"), outcomes);
		List<String> implied = new ArrayList<>();
		observed.forEach((key, byCaller) -> {
			StringBuilder line = new StringBuilder("| `" + key + "` |");
			byCaller
				.forEach((caller, byVariant) -> line.append(' ').append(impliedCell(caller, byVariant)).append(" |"));
			implied.add(line.toString());
		});
		Files.write(dir.resolve("implied-table.md"), implied);
		Files.write(dir.resolve("bad-requests.tsv"), badRequests);
	}

	private static String impliedCell(Caller caller, Map<Variant, Integer> byVariant) {
		java.util.function.Predicate<Variant> allowed = v -> byVariant.containsKey(v) && byVariant.get(v) != 401
				&& byVariant.get(v) != 403 && byVariant.get(v) != 404;
		if (byVariant.containsKey(Variant.UNSCOPED)) {
			int status = byVariant.get(Variant.UNSCOPED);
			return status == 401 || status == 403 ? "—" : "all";
		}
		boolean own = allowed.test(Variant.OWN);
		boolean same = allowed.test(Variant.SAME_UNIT);
		boolean other = allowed.test(Variant.OTHER_UNIT);
		if (own && same && other) {
			return Set.of(Caller.ADMIN, Caller.REPORTER, Caller.VERIFIER).contains(caller) ? "province" : "all";
		}
		if (own && same) {
			return "subtree";
		}
		if (own) {
			return caller == Caller.LEARNER ? "self" : "classes";
		}
		return !own && !same && !other ? "—" : "? " + byVariant;
	}

}
