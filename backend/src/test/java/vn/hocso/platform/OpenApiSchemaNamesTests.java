package vn.hocso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverterContextImpl;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * springdoc names a schema after the class's simple name, so two records called
 * {@code ClassView} in two modules become ONE schema in the OpenAPI document, and the
 * front end's generated type then describes only one of the two endpoints (ADR 0451).
 * This test resolves every request and response body of every endpoint the way swagger
 * does and fails when two distinct Java types get the same schema name: give one of them
 * {@code @Schema(name = "…")}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiSchemaNamesTests {

	/** Bodies that are bytes or streams, not schemas. */
	private static final Set<String> NOT_SCHEMAS = Set.of("byte[]", "java.lang.String", "java.lang.Void", "void",
			"org.springframework.core.io.Resource",
			"org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody",
			"org.springframework.web.servlet.mvc.method.annotation.SseEmitter",
			"org.springframework.http.ProblemDetail");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everySchemaNameInTheApiBelongsToOneJavaType() {
		Map<String, Set<String>> typesByName = new TreeMap<>();
		ModelConverterContext context = new ModelConverterContextImpl(
				List.of(new Recorder(typesByName), new ModelResolver(Json31.mapper()).openapi31(true)));

		for (HandlerMethod handler : handlerMapping.getHandlerMethods().values()) {
			if (!handler.getBeanType().getPackageName().startsWith("vn.hocso")) {
				continue;
			}
			resolve(context, ResolvableType.forMethodReturnType(handler.getMethod()));
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)
						|| parameter.hasParameterAnnotation(RequestPart.class)
						|| parameter.hasParameterAnnotation(ModelAttribute.class)
						|| parameter.hasParameterAnnotation(org.springdoc.core.annotations.ParameterObject.class)) {
					resolve(context, ResolvableType.forMethodParameter(parameter));
				}
			}
		}

		assertThat(typesByName).as("schemas found (the walk reached the endpoints)").containsKey("MyEnrolment");
		Map<String, Set<String>> clashes = typesByName.entrySet()
			.stream()
			.filter(entry -> entry.getValue().size() > 1)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
		assertThat(clashes).as("schema names shared by distinct Java types: give each its own @Schema(name = …)")
			.isEmpty();
	}

	private static void resolve(ModelConverterContext context, ResolvableType type) {
		ResolvableType body = unwrapped(type);
		if (body == ResolvableType.NONE || NOT_SCHEMAS.contains(body.getType().getTypeName())
				|| NOT_SCHEMAS.contains(body.toClass().getName())) {
			return;
		}
		context.resolve(new AnnotatedType(body.getType()).resolveAsRef(true));
	}

	/** The body inside {@code ResponseEntity<…>}, {@code Optional<…>} and the like. */
	private static ResolvableType unwrapped(ResolvableType type) {
		Class<?> raw = type.toClass();
		if (HttpEntity.class.isAssignableFrom(raw)) {
			return unwrapped(type.as(HttpEntity.class).getGeneric(0));
		}
		if (Optional.class.equals(raw)) {
			return unwrapped(type.getGeneric(0));
		}
		if (CompletionStage.class.isAssignableFrom(raw)) {
			return unwrapped(type.as(CompletionStage.class).getGeneric(0));
		}
		return type;
	}

	/** Notes which Java type each named schema came from, then lets swagger go on. */
	private record Recorder(Map<String, Set<String>> typesByName) implements ModelConverter {

		@Override
		public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context,
				Iterator<ModelConverter> chain) {
			Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
			Type javaType = type.getType();
			String name = resolved == null ? null : resolved.get$ref() != null
					? resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1) : resolved.getName();
			if (name != null) {
				Class<?> raw = Json31.mapper().constructType(javaType).getRawClass();
				this.typesByName.computeIfAbsent(name, key -> new TreeSet<>()).add(raw.getName());
			}
			return resolved;
		}

	}

}
