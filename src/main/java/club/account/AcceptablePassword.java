package club.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** 8 to 128 characters, and not one of the common passwords. Null is left to @NotNull. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@interface AcceptablePassword {

	int MIN = 8;

	int MAX = 128;

	String message() default "{account.password.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<AcceptablePassword, String> {

		private final CommonPasswords common;

		Validator(CommonPasswords common) {
			this.common = common;
		}

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			if (password == null) {
				return true;
			}
			String key = null;
			int length = password.codePointCount(0, password.length());
			if (length < MIN) {
				key = "{account.password.tooShort}";
			}
			else if (length > MAX) {
				key = "{account.password.tooLong}";
			}
			else if (common.contains(password)) {
				key = "{account.password.common}";
			}
			if (key == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(key).addConstraintViolation();
			return false;
		}
	}
}
