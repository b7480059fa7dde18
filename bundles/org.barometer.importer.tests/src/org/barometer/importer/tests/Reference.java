package org.barometer.importer.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The two published issues (extracted text and their tables as JSON) and the hand-made examples. */
final class Reference {

	private Reference() {
	}

	static Path folder() {
		return Path.of(System.getProperty("barometer.reference", "resources/reference"));
	}

	static Path examples() {
		return Path.of(System.getProperty("barometer.examples", "../../examples"));
	}

	static Path text(int issue) {
		return folder().resolve(issue == 17 ? "issue-17-sep-oct-2020.txt" : "issue-18-nov-dec-2020.txt");
	}

	static Path example(int issue) {
		return examples().resolve(issue == 17 ? "issue-17-sep-oct-2020.barometer" : "issue-18-nov-dec-2020.barometer");
	}

	static Path profile() {
		return examples().resolve("minsk-barometer.barometer");
	}

	static JsonObject tables(int issue) {
		try {
			return JsonParser.parseString(Files.readString(folder().resolve("issue-" + issue + ".tables.json"), StandardCharsets.UTF_8))
					.getAsJsonObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every source line number the JSON names (rows, totals, header blocks), so each can be checked as placed. */
	static List<Integer> linesOfTables(JsonObject tables) {
		List<Integer> lines = new ArrayList<>();
		for (var relationship : tables.getAsJsonObject("relationships").entrySet()) {
			JsonObject r = relationship.getValue().getAsJsonObject();
			addAll(lines, r.getAsJsonObject("header").getAsJsonArray("source_lines"));
			JsonObject appendix = r.getAsJsonObject("appendix1");
			for (JsonElement event : appendix.getAsJsonArray("events")) {
				addAll(lines, event.getAsJsonObject().getAsJsonArray("source_lines"));
			}
			addAll(lines, appendix.getAsJsonArray("total_source_lines"));
		}
		JsonObject security = tables.getAsJsonObject("security").getAsJsonObject("appendix2");
		for (JsonElement event : security.getAsJsonArray("events")) {
			addAll(lines, event.getAsJsonObject().getAsJsonArray("source_lines"));
		}
		addAll(lines, security.getAsJsonArray("total_source_lines"));
		for (JsonElement band : tables.getAsJsonObject("security").getAsJsonArray("colour_scale")) {
			addAll(lines, band.getAsJsonObject().getAsJsonArray("source_lines"));
		}
		return lines;
	}

	private static void addAll(List<Integer> into, JsonArray array) {
		array.forEach(e -> into.add(e.getAsInt()));
	}
}
