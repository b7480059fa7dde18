package org.barometer.importer.model;

import java.text.Normalizer;
import java.util.Locale;

import org.barometer.model.Relationship;

/**
 * Relationships as section headings name them ("Relationship with the European Union",
 * "Relationship with the EU" in the appendix) and as a profile declares them (name EU, title
 * "European Union"): a title without its article, a name made of the title's letters (its
 * initials when it has several words), and the matching that tells "the EU" and "the
 * European Union" are one relationship.
 */
public final class RelationshipNames {

	private RelationshipNames() {
	}

	/** The partner as a profile's title: "the European Union" → "European Union". */
	public static String title(String printedPartner) {
		return printedPartner.strip().replaceFirst("^(?i:the)\\s+", "");
	}

	/** A name the language accepts (letters and digits): "European Union" → "EU", "U.S." → "US", "Russia" → "Russia". */
	public static String name(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "");
		String[] words = ascii.strip().split("\\s+");
		StringBuilder name = new StringBuilder();
		if (words.length > 1) {
			for (String word : words) {
				if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
					name.append(word.charAt(0));
				}
			}
		}
		if (name.length() < 2) {
			name.setLength(0);
			name.append(ascii.replaceAll("[^A-Za-z0-9_]", ""));
		}
		if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
			name.insert(0, "R");
		}
		return name.toString();
	}

	/** Whether a heading's partner ("the EU") is this relationship (EU "European Union" short "the EU"). */
	public static boolean matches(String printedPartner, Relationship relationship) {
		String partner = key(title(printedPartner));
		String title = relationship.getTitle() == null ? "" : key(relationship.getTitle());
		String name = key(relationship.getName());
		String shortTitle = relationship.getShortTitle() == null ? "" : key(title(relationship.getShortTitle()));
		return partner.equals(title) || partner.equals(name) || partner.equals(shortTitle) || partner.equals(key(name(relationship.getTitle() == null ? "" : relationship.getTitle())))
				|| key(name(title(printedPartner))).equals(name);
	}

	private static String key(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
	}
}
