package org.lantern.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Services talk through Kafka and HTTP only; contracts and the engine stay plain Java. */
@AnalyzeClasses(packages = "org.lantern", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule servicesDoNotDependOnEachOther = slices()
		.matching("org.lantern.(innovation|evaluation|learning|matching|gathering|notification)..")
		.should()
		.notDependOnEachOther();

	@ArchTest
	static final ArchRule sharedContractsHaveNoSpringAndNoPersistence = noClasses().that()
		.resideInAPackage("org.lantern.shared..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..",
				"org.lantern.platform..", "org.lantern.engine..");

	@ArchTest
	static final ArchRule theEngineIsAPlainLibrary = noClasses().that()
		.resideInAPackage("org.lantern.engine..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.lantern.platform..", "org.lantern.matching..");

	@ArchTest
	static final ArchRule thePlatformKnowsNoService = noClasses().that()
		.resideInAPackage("org.lantern.platform..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.lantern.innovation..", "org.lantern.evaluation..", "org.lantern.learning..",
				"org.lantern.matching..", "org.lantern.gathering..", "org.lantern.notification..");
}
