package org.barometer.studio.wizards;

import java.text.Normalizer;

/** The name a publication's files use for it (the profile's name, an identifier), made from its title. */
final class PublicationName {

	private PublicationName() {
	}

	/** "Minsk Barometer" → "MinskBarometer"; "Baltic Security Monitor 2.0" → "BalticSecurityMonitor20"; letters first. */
	static String of(String title) {
		String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		StringBuilder name = new StringBuilder();
		boolean upperNext = true;
		for (char c : plain.toCharArray()) {
			boolean usable = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
			if (!usable) {
				upperNext = true;
				continue;
			}
			if (name.isEmpty() && Character.isDigit(c)) {
				name.append("Publication");
			}
			name.append(upperNext ? Character.toUpperCase(c) : c);
			upperNext = false;
		}
		return name.toString();
	}

	/** Why a name cannot be a profile's name, or null when it can. */
	static String problemWith(String name) {
		if (name.isBlank()) {
			return "Give the publication a name to use in its files.";
		}
		if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			return "The name used in files may hold only letters A-Z, digits and _, and starts with a letter.";
		}
		if (KEYWORDS.contains(" " + name + " ")) {
			return "'" + name + "' is a word of the Barometer language; choose another name for the files.";
		}
		return null;
	}

	private static final String KEYWORDS = " profile title publisher scores from to relationships axes national regional scale band"
			+ " above below colour issue of period editor relationship by security events trends developments forecast"
			+ " stated aggregate positive negative total letter authors source ";
}
