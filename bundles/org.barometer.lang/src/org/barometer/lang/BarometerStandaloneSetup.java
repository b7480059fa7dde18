package org.barometer.lang;

import org.barometer.model.BarometerPackage;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/** Sets the language up outside OSGi (command line, plain tests, benchmarks). */
public class BarometerStandaloneSetup extends BarometerStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new BarometerStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public void register(Injector injector) {
		// the generated registration covers generated packages only; ours is hand-written and imported
		EPackage.Registry.INSTANCE.putIfAbsent(BarometerPackage.eNS_URI, BarometerPackage.eINSTANCE);
		super.register(injector);
	}
}
