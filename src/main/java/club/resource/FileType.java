package club.resource;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of files a group may upload, by the media type their bytes show: documents,
 * pictures, office files, text and archives. HTML, SVG, scripts and executables are not among
 * them: a download from the platform must never run in a browser or on a computer.
 */
public enum FileType {
	PDF("application/pdf", "PDF"),
	PNG("image/png", "PNG"),
	JPEG("image/jpeg", "JPEG"),
	GIF("image/gif", "GIF"),
	WEBP("image/webp", "WebP"),
	ODT("application/vnd.oasis.opendocument.text", "ODT"),
	ODS("application/vnd.oasis.opendocument.spreadsheet", "ODS"),
	ODP("application/vnd.oasis.opendocument.presentation", "ODP"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),
	TEXT("text/plain", "TXT"),
	CSV("text/csv", "CSV"),
	MARKDOWN("text/markdown", "Markdown"),
	ZIP("application/zip", "ZIP");

	private final String mediaType;
	private final String label;

	FileType(String mediaType, String label) {
		this.mediaType = mediaType;
		this.label = label;
	}

	public String mediaType() {
		return mediaType;
	}

	/** A short name people know (PDF, DOCX…), the same in every language. */
	public String label() {
		return label;
	}

	static Optional<FileType> of(String mediaType) {
		return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
	}
}
