package club.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.platform.images.ImageUploads;
import club.platform.privacy.PersonalData;

/** The profile, and the RGPD rights: download my data, delete my account. */
@Service
class Profiles {

	private final AccountRepository accounts;
	private final ImageUploads images;
	private final List<PersonalData> personalData;
	private final ApiTokens apiTokens;
	private final Clock clock;

	Profiles(AccountRepository accounts, ImageUploads images, List<PersonalData> personalData, ApiTokens apiTokens,
			Clock clock) {
		this.apiTokens = apiTokens;
		this.accounts = accounts;
		this.images = images;
		this.personalData = personalData;
		this.clock = clock;
	}

	Account get(long accountId) {
		return accounts.findById(accountId).orElseThrow();
	}

	@Transactional
	Account update(long accountId, String displayName, @Nullable String bio, @Nullable String city, @Nullable String region,
			Locale locale, List<String> interests) {
		accounts.updateProfile(accountId, displayName.strip(), blankToNull(bio), blankToNull(city), blankToNull(region), locale,
				interests);
		return get(accountId);
	}

	@Transactional
	void setAvatar(long accountId, byte[] upload) throws ImageUploads.Refused {
		accounts.saveAvatar(accountId, new Avatar(images.reencode(upload, ImageUploads.Frame.AVATAR), "image/jpeg",
				clock.instant()));
	}

	@Transactional
	void removeAvatar(long accountId) {
		accounts.deleteAvatar(accountId);
	}

	Optional<Avatar> avatar(long accountId) {
		return accounts.avatar(accountId);
	}

	/** Everything the platform holds about the person, for "download my data". */
	Map<String, Object> export(long accountId) {
		Account account = get(accountId);
		Map<String, Object> data = new LinkedHashMap<>();
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("id", account.publicId().toString());
		profile.put("email", account.email());
		profile.put("emailVerifiedAt", account.emailVerifiedAt() == null ? null : account.emailVerifiedAt().toString());
		profile.put("displayName", account.displayName());
		profile.put("platformRole", account.role().name());
		profile.put("language", account.locale().getLanguage());
		profile.put("bio", account.bio());
		profile.put("city", account.city());
		profile.put("region", account.region());
		profile.put("interests", account.interests());
		profile.put("hasAvatar", accounts.avatar(accountId).isPresent());
		profile.put("createdAt", account.createdAt().toString());
		profile.put("passwordChangedAt", account.passwordChangedAt().toString());
		data.put("exportedAt", clock.instant().toString());
		data.put("account", profile);
		data.put("apiTokens", apiTokens.list(accountId).stream()
			.map(token -> Map.of("name", token.name(), "createdAt", token.createdAt().toString(), "lastUsedAt",
					token.lastUsedAt() == null ? "" : token.lastUsedAt().toString()))
			.toList());
		personalData.forEach(module -> data.put(module.section(), module.export(accountId)));
		return data;
	}

	/** Erases the person from every module, then the account itself, in one transaction. */
	@Transactional
	void delete(long accountId) {
		personalData.forEach(module -> module.erase(accountId));
		accounts.delete(accountId);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
