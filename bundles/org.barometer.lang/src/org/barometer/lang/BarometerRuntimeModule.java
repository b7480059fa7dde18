package org.barometer.lang;

import org.barometer.lang.conversion.BarometerValueConverters;
import org.barometer.lang.formatting2.BarometerFormatter;
import org.barometer.lang.messages.SyntaxErrorMessages;
import org.barometer.lang.messages.UnresolvedNameMessages;
import org.barometer.lang.naming.BarometerQualifiedNameProvider;
import org.barometer.lang.resource.BarometerResourceDescriptionStrategy;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;

/** What the Barometer language customises in the Xtext runtime. */
public class BarometerRuntimeModule extends AbstractBarometerRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return BarometerValueConverters.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return BarometerQualifiedNameProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return BarometerResourceDescriptionStrategy.class;
	}

	/** Syntax errors in the analyst's words, never the parser's. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return SyntaxErrorMessages.class;
	}

	/** Unknown names in the analyst's words. */
	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProvider() {
		return UnresolvedNameMessages.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return BarometerFormatter.class;
	}
}
