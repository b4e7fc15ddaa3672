package vn.hocso.platform;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Tells the OpenAPI document what the code's jspecify annotations already say about a
 * record (every request and response body is one): a component without {@code @Nullable}
 * is always there, so it is {@code required}; a {@code @Nullable} one may be null, so its
 * type admits {@code "null"}, and so does an element's in {@code List<@Nullable T>}.
 * Without this springdoc marks every property optional and none nullable, and the front
 * end's generated types could not tell "absent" from "null" (ADR 0451).
 */
@Component
class RecordNullness implements ModelConverter {

	@Override
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema<?> resolved = chain.next().resolve(type, context, chain);
		JavaType javaType = Json.mapper().constructType(type.getType());
		Class<?> raw = javaType.getRawClass();
		if (resolved == null || !raw.isRecord()) {
			return resolved;
		}
		Schema<?> model = resolved;
		if (resolved.get$ref() != null) {
			String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
			model = context.getDefinedModels().get(name);
		}
		if (model != null && model.getProperties() != null) {
			describe(raw, model);
		}
		return resolved;
	}

	private static void describe(Class<?> record, Schema<?> model) {
		Map<String, Schema> properties = model.getProperties();
		Set<String> required = new LinkedHashSet<>(model.getRequired() == null ? List.of() : model.getRequired());
		for (RecordComponent component : record.getRecordComponents()) {
			Schema<?> property = properties.get(component.getName());
			if (property == null) {
				continue;
			}
			if (hasNullableElements(component) && property.getItems() != null) {
				property.setItems(admittingNull(property.getItems()));
			}
			if (isNullable(component)) {
				required.remove(component.getName());
				properties.put(component.getName(), admittingNull(property));
			}
			else {
				required.add(component.getName());
			}
		}
		model.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
	}

	private static boolean isNullable(RecordComponent component) {
		return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
				|| component.isAnnotationPresent(Nullable.class);
	}

	/** {@code List<@Nullable T>}: the list is there, but an element may be null. */
	private static boolean hasNullableElements(RecordComponent component) {
		return component.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized
				&& Collection.class.isAssignableFrom(component.getType())
				&& parameterized.getAnnotatedActualTypeArguments().length == 1
				&& parameterized.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(Nullable.class);
	}

	/** OpenAPI 3.1: a plain type gains "null"; a reference becomes "that, or null". */
	private static Schema<?> admittingNull(Schema<?> property) {
		if (property.get$ref() != null) {
			return new JsonSchema()
				.anyOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of("null"))));
		}
		if (property.getTypes() != null && !property.getTypes().contains("null")) {
			Set<String> types = new LinkedHashSet<>(property.getTypes());
			types.add("null");
			property.setTypes(types);
		}
		return property;
	}

}
