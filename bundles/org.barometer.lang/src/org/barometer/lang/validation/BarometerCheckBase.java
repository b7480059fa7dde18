package org.barometer.lang.validation;

import java.util.List;

import org.barometer.model.BarometerPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Base of the composed checks: they run through {@link BarometerValidator}, never on their own. */
abstract class BarometerCheckBase extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(BarometerPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into BarometerValidator
	}
}
