package club.directory;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A JSON body of the write API as a {@link GroupForm}: the same field names as the form
 * (name, tagline, type, slug, keywords, latitude, linkHome…), numbers as numbers or text,
 * keywords as a list or text. Fields absent from the body keep the base's value (PATCH) or
 * stay empty (POST, PUT).
 */
final class GroupJsonInput {

	static final Set<String> FIELDS = java.util.Arrays.stream(GroupForm.class.getRecordComponents())
		.map(RecordComponent::getName)
		.collect(Collectors.toUnmodifiableSet());

	private GroupJsonInput() {
	}

	/** Field names of the body that the API doesn't know, each with its message key. */
	static Map<String, String> unknownFields(Map<String, Object> body) {
		Map<String, String> unknown = new LinkedHashMap<>();
		body.keySet().stream().filter(field -> !FIELDS.contains(field)).forEach(field -> unknown.put(field, "problem.unknownField"));
		return unknown;
	}

	static GroupForm toForm(Map<String, Object> body, @Nullable GroupForm base) {
		RecordComponent[] components = GroupForm.class.getRecordComponents();
		List<Object> values = new ArrayList<>();
		try {
			for (RecordComponent component : components) {
				String name = component.getName();
				values.add(body.containsKey(name) ? text(body.get(name))
						: base == null ? "" : component.getAccessor().invoke(base));
			}
			return (GroupForm) GroupForm.class.getDeclaredConstructors()[0].newInstance(values.toArray());
		}
		catch (ReflectiveOperationException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** The base form with the given fields taken from the other form. */
	static GroupForm overlay(GroupForm base, GroupForm form, Set<String> fields) {
		try {
			List<Object> values = new ArrayList<>();
			for (RecordComponent component : GroupForm.class.getRecordComponents()) {
				values.add(component.getAccessor().invoke(fields.contains(component.getName()) ? form : base));
			}
			return (GroupForm) GroupForm.class.getDeclaredConstructors()[0].newInstance(values.toArray());
		}
		catch (ReflectiveOperationException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String text(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}
		return String.valueOf(value);
	}
}
