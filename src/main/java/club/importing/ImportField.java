package club.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a group an import can fill, with the source fields looked for by default in a
 * YesWiki Bazar export and in a CSV file (the first one present wins; all editable).
 */
public enum ImportField {
	ID(List.of("id_fiche"), List.of("id", "slug")),
	NAME(List.of("bf_titre"), List.of("name", "nom")),
	TAGLINE(List.of("bf_chapeau", "bf_description_courte", "bf_resume"), List.of("tagline", "description_courte")),
	TYPE(List.of("listeListeTypeDeGl", "checkboxListeTypeDeGl", "listeListeType", "bf_type"), List.of("type")),
	SLUG(List.of("bf_nom_court", "bf_nomcourt", "bf_acronyme"), List.of("slug", "nom_court")),
	DESCRIPTION(List.of("bf_description"), List.of("description")),
	KEYWORDS(List.of("bf_mots_cles", "bf_tags", "checkboxListeMotsCles"), List.of("keywords", "mots_cles")),
	COUNTRY(List.of("bf_pays", "listeListePays"), List.of("country", "pays")),
	REGION(List.of("bf_region", "listeListeRegion"), List.of("region")),
	LATITUDE(List.of("geolocation.bf_latitude", "bf_latitude"), List.of("latitude")),
	LONGITUDE(List.of("geolocation.bf_longitude", "bf_longitude"), List.of("longitude")),
	MEMBER_COUNT(List.of("bf_nombre_membres", "bf_nb_membres"), List.of("memberCount", "membres")),
	ACTIVITY(List.of("listeListeNiveauActivite", "bf_niveau_activite"), List.of("activity", "activite")),
	LINK_HOME(List.of("bf_site_internet", "bf_url"), List.of("linkHome", "site")),
	LINK_SUBSCRIBE(List.of("bf_inscription", "bf_url_inscription"), List.of("linkSubscribe", "inscription")),
	LINK_MEETINGS(List.of("bf_rencontres"), List.of("linkMeetings")),
	LINK_DISCUSSION(List.of("bf_liste_discussion"), List.of("linkDiscussion"));

	final List<String> bazarDefaults;
	final List<String> csvDefaults;

	ImportField(List<String> bazarDefaults, List<String> csvDefaults) {
		this.bazarDefaults = bazarDefaults;
		this.csvDefaults = csvDefaults;
	}

	static Optional<ImportField> named(String name) {
		return Arrays.stream(values()).filter(field -> field.name().equals(name)).findFirst();
	}
}
