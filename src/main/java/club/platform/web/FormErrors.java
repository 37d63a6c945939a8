package club.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/** Validation messages of a form, in the user's language, by field, to show next to each field. */
public final class FormErrors {

	public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

	private final Map<String, List<String>> byField;
	private final List<String> global;

	private FormErrors(Map<String, List<String>> byField, List<String> global) {
		this.byField = byField;
		this.global = global;
	}

	public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		result.getFieldErrors()
			.forEach(error -> byField.computeIfAbsent(error.getField(), field -> new ArrayList<>())
				.add(messages.getMessage(error, locale)));
		List<String> global = result.getGlobalErrors().stream().map(error -> messages.getMessage(error, locale)).toList();
		return new FormErrors(byField, global);
	}

	/** Messages already in the user's language, by field; the field "" holds those about the whole form. */
	public static FormErrors of(Map<String, String> messagesByField) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		List<String> global = new ArrayList<>();
		messagesByField.forEach((field, message) -> {
			if (field.isEmpty()) {
				global.add(message);
			}
			else {
				byField.put(field, List.of(message));
			}
		});
		return new FormErrors(byField, global);
	}

	public boolean any() {
		return !byField.isEmpty() || !global.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public List<String> of(String field) {
		return byField.getOrDefault(field, List.of());
	}

	public List<String> global() {
		return global;
	}
}
