package org.barometer.io;

/** Text from elsewhere (the operating system, a library) folded onto one line for a message. */
final class OneLine {

	private OneLine() {
	}

	static String of(String text) {
		return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ").replaceAll("\\p{Cntrl}", "?");
	}
}
