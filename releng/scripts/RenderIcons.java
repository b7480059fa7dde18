import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;

/**
 * Renders every icons/NAME.svg of the given bundles to NAME.png (the SVG's own size) and
 * NAME@2x.png (twice that, which SWT picks on a high-resolution screen), with JSVG, the
 * renderer SWT itself uses for SVG. The studio ships the PNGs, as the platform's bundles do:
 * drawing an SVG at start costs JSVG, its XML parser and Java2D on the UI thread. The SVGs stay
 * the sources; a test fails when a PNG no longer matches its SVG.
 *   java -cp jsvg.jar RenderIcons.java BUNDLE_DIR...
 */
public class RenderIcons {

	public static void main(String[] bundles) throws IOException {
		SVGLoader loader = new SVGLoader();
		for (String bundle : bundles) {
			List<Path> sources;
			try (Stream<Path> files = Files.list(Path.of(bundle, "icons"))) {
				sources = files.filter(file -> file.toString().endsWith(".svg")).sorted().toList();
			}
			for (Path source : sources) {
				SVGDocument document = loader.load(source.toUri().toURL());
				if (document == null) {
					throw new IOException(source + " is not an SVG JSVG can read");
				}
				String name = source.getFileName().toString().replaceFirst("\\.svg$", "");
				write(document, 1, source.resolveSibling(name + ".png"));
				write(document, 2, source.resolveSibling(name + "@2x.png"));
			}
			System.out.println(bundle + ": " + sources.size() + " icons rendered");
		}
	}

	private static void write(SVGDocument document, int scale, Path target) throws IOException {
		int width = Math.round(document.size().width) * scale;
		int height = Math.round(document.size().height) * scale;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		graphics.scale(scale, scale);
		document.render(null, graphics);
		graphics.dispose();
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		ImageIO.write(image, "png", partial.toFile());
		Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}
}
