package club.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV download (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read accents).
 * Text cells starting with = + - @ are prefixed with ' so that a spreadsheet never runs them as
 * formulas (CSV injection).
 */
public final class CsvExport {

	private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private CsvExport() {
	}

	public static ResponseEntity<byte[]> of(String filename, List<String> header, List<List<Object>> rows) {
		var out = new StringBuilder("\uFEFF");
		try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(CsvExport::defuse).toList());
			}
		}
		catch (IOException cannotHappenInMemory) {
			throw new UncheckedIOException(cannotHappenInMemory);
		}
		byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	static Object defuse(Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value == null ? "" : value;
	}
}
