package club.resource;

/** What the platform knows of a resource's file without reading its bytes: its name, its detected type and its size. */
public record StoredFile(String fileName, FileType type, long size) {

	/** The size as people read it: 850 o, 12 ko, 3,4 Mo (French) or 850 B, 12 kB, 3.4 MB. */
	public String sizeText(java.util.Locale locale) {
		boolean french = locale.getLanguage().equals("fr");
		if (size < 1024) {
			return size + (french ? " o" : " B");
		}
		if (size < 1024 * 1024) {
			return Math.round(size / 1024.0) + (french ? " ko" : " kB");
		}
		return String.format(locale, "%.1f", size / (1024.0 * 1024.0)) + (french ? " Mo" : " MB");
	}
}
