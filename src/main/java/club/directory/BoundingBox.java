package club.directory;

import java.util.Optional;

/**
 * A GeoJSON bbox (RFC 7946 §5): west, south, east, north in degrees. West greater than east
 * means the box crosses the antimeridian.
 */
record BoundingBox(double west, double south, double east, double north) {

	/** Parses "west,south,east,north"; empty when malformed or out of range. */
	static Optional<BoundingBox> parse(String text) {
		String[] parts = text.split(",");
		if (parts.length != 4) {
			return Optional.empty();
		}
		try {
			var box = new BoundingBox(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
					Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip()));
			boolean valid = Math.abs(box.west) <= 180 && Math.abs(box.east) <= 180 && Math.abs(box.south) <= 90
					&& Math.abs(box.north) <= 90 && box.south <= box.north;
			return valid ? Optional.of(box) : Optional.empty();
		}
		catch (NumberFormatException notANumber) {
			return Optional.empty();
		}
	}

	String where(java.util.List<Object> params) {
		params.add(south);
		params.add(north);
		params.add(west);
		params.add(east);
		String longitude = west <= east ? "g.longitude between ? and ?" : "(g.longitude >= ? or g.longitude <= ?)";
		return "g.latitude between ? and ? and " + longitude;
	}
}
