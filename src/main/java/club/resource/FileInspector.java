package club.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks an uploaded file by its bytes (Apache Tika's magic detection), not by what the browser
 * claims: its real type must be one of {@link FileType}, and its name's extension must not say
 * otherwise (a « .pdf » holding HTML, a « .png » holding a program are refused). Its name is cut
 * down to a safe base name.
 */
@Component
class FileInspector {

	static final int MAX_NAME = 255;

	/** Why a file was refused, as a message key under {@code resource.file.}. */
	static final class Refused extends Exception {

		private final String messageKey;

		Refused(String reason) {
			super(reason, null, false, false);
			this.messageKey = "resource.file." + reason;
		}

		String messageKey() {
			return messageKey;
		}
	}

	/** A file that passed: its safe name and the type its bytes show. */
	record Checked(String fileName, FileType type, byte[] content) {
	}

	private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
	private final MediaTypeRegistry registry = types.getMediaTypeRegistry();
	private final DataSize maxSize;

	FileInspector(ResourceProperties properties) {
		this.maxSize = properties.maxFileSize();
	}

	DataSize maxSize() {
		return maxSize;
	}

	Checked inspect(String originalName, byte[] content) throws Refused {
		if (content.length == 0) {
			throw new Refused("empty");
		}
		if (content.length > maxSize.toBytes()) {
			throw new Refused("tooLarge");
		}
		String name = safeName(originalName);
		MediaType detected = detect(content, name);
		MediaType byName = detect(null, name);
		if (!byName.equals(MediaType.OCTET_STREAM) && !related(detected, byName)) {
			throw new Refused("mismatch");
		}
		FileType type = FileType.of(detected.getBaseType().toString()).orElseThrow(() -> new Refused("typeRefused"));
		return new Checked(name, type, content);
	}

	/** The name without any folder a browser may send, control characters or quotes; « fichier » when nothing is left. */
	static String safeName(String originalName) {
		String name = originalName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > MAX_NAME) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, MAX_NAME - extension.length()) + extension;
		}
		return name.isEmpty() || name.equals(".") || name.equals("..") ? "fichier" : name;
	}

	private boolean related(MediaType detected, MediaType byName) {
		MediaType a = detected.getBaseType();
		MediaType b = byName.getBaseType();
		return a.equals(b) || registry.isSpecializationOf(a, b) || registry.isSpecializationOf(b, a);
	}

	/** By the bytes, with the name as a hint; by the name alone when there are no bytes. */
	private MediaType detect(byte @Nullable [] content, String name) {
		var metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		try (var input = content == null ? null : TikaInputStream.get(content)) {
			return Optional.ofNullable(types.detect(input, metadata)).orElse(MediaType.OCTET_STREAM);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
