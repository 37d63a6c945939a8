package club.platform.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A number typed into a text field, between min and max (whole when {@code integer}); blank
 * counts as absent. Form fields stay strings so that a page can show back exactly what was
 * typed, "quarante" included, with the message next to it.
 */
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NumberIn.Validator.class)
public @interface NumberIn {

	String min();

	String max();

	boolean integer() default false;

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NumberIn, String> {

		private BigDecimal min;
		private BigDecimal max;
		private boolean integer;

		@Override
		public void initialize(NumberIn annotation) {
			min = new BigDecimal(annotation.min());
			max = new BigDecimal(annotation.max());
			integer = annotation.integer();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			String text = value.strip();
			if (integer) {
				// "1,000" or "1.000" could mean a thousand or one: a whole number is written with digits only.
				text = text.replaceAll("[\\s\u00a0\u202f]", "");
				if (!text.matches("-?\\d+")) {
					return false;
				}
			}
			try {
				var number = new BigDecimal(text.replace(',', '.'));
				return number.compareTo(min) >= 0 && number.compareTo(max) <= 0
						&& (!integer || number.stripTrailingZeros().scale() <= 0);
			}
			catch (NumberFormatException notANumber) {
				return false;
			}
		}
	}
}
