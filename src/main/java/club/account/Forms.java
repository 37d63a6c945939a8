package club.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The account module's forms; messages are keys of the message bundle. */
public final class Forms {

	private Forms() {
	}

	public record Signup(
			@NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}")
			@Size(max = 254, message = "{account.email.invalid}") @Nullable String email,
			@NotBlank(message = "{account.password.required}") @AcceptablePassword @Nullable String password,
			@NotBlank(message = "{account.displayName.required}") @Size(max = 80, message = "{account.displayName.tooLong}")
			@Nullable String displayName) {

		static Signup empty() {
			return new Signup("", "", "");
		}
	}

	public record EmailOnly(@NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}")
	@Size(max = 254, message = "{account.email.invalid}") @Nullable String email) {

		static EmailOnly empty() {
			return new EmailOnly("");
		}
	}

	public record ResetPassword(@NotBlank @Nullable String token,
			@NotBlank(message = "{account.password.required}") @AcceptablePassword @Nullable String password) {
	}

	public record ChangePassword(@NotBlank(message = "{account.password.required}") @Nullable String currentPassword,
			@NotBlank(message = "{account.password.required}") @AcceptablePassword @Nullable String newPassword) {

		static ChangePassword empty() {
			return new ChangePassword("", "");
		}
	}

	public record Profile(
			@NotBlank(message = "{account.displayName.required}") @Size(max = 80, message = "{account.displayName.tooLong}")
			@Nullable String displayName,
			@Size(max = 1000, message = "{profile.bio.tooLong}") @Nullable String bio,
			@Size(max = 80, message = "{profile.place.tooLong}") @Nullable String city,
			@Size(max = 80, message = "{profile.place.tooLong}") @Nullable String region,
			@Size(max = 1000, message = "{profile.interests.tooLong}") @Nullable String interests,
			@NotBlank @Pattern(regexp = "fr|en", message = "{profile.language.invalid}") @Nullable String language) {

		static Profile of(Account account) {
			return new Profile(account.displayName(), account.bio(), account.city(), account.region(),
					String.join(", ", account.interests()), account.locale().getLanguage());
		}
	}

	public record DeleteAccount(@NotBlank(message = "{account.password.required}") @Nullable String password,
			@NotBlank(message = "{account.delete.confirmRequired}")
			@Pattern(regexp = "true", message = "{account.delete.confirmRequired}") @Nullable String confirm) {

		static DeleteAccount empty() {
			return new DeleteAccount("", "");
		}
	}
}
