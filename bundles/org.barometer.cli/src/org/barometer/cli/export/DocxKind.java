package org.barometer.cli.export;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What `--docx` writes: the appendices alone, or the whole issue. */
public enum DocxKind {
	APPENDIX, ISSUE;

	/** Accepts the lower-case words the usage shows. */
	public static final class Converter implements ITypeConverter<DocxKind> {
		@Override
		public DocxKind convert(String value) {
			try {
				return DocxKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new TypeConversionException("'" + value + "' is not one of: appendix, issue");
			}
		}
	}
}
