package club.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.mock.web.MockMultipartFile;

/** Pictures for upload tests, drawn in memory. */
public final class TestImages {

	private TestImages() {
	}

	/** A PNG of that size, as the form part of that name. */
	public static MockMultipartFile png(String part, int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(0, 158, 137));
		graphics.fillRect(0, 0, width, height / 2);
		graphics.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return new MockMultipartFile(part, "picture.png", "image/png", out.toByteArray());
	}
}
