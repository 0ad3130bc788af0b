package dev.portico;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the package layout: every feature is built the same way and reaches another
 * feature only through the doors it opens, so a new feature copies the house and a change to one
 * feature stays inside its room. Plain JUnit tests, not {@code @ArchTest} fields: with this
 * Surefire, the ArchUnit engine's fields ran without being reported or failing the build.
 */
class ArchitectureTest {

  private static final String ROOT = "dev.portico.";
  private static final String PLATFORM = "platform";

  // Imported once for every rule: reading the classes is the slow part.
  private static final JavaClasses PORTICO =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.portico");

  /**
   * The parts of the platform stand in a line, so each can be understood (and replaced) knowing
   * only those below it.
   */
  @Test
  void platformPackagesAreFreeOfCycles() {
    slices().matching("dev.portico.platform.(*)..").should().beFreeOfCycles().check(PORTICO);
  }

  /** Two features that need each other are one feature, or one of them should fire an event. */
  @Test
  void featuresAreFreeOfCycles() {
    slices().matching("dev.portico.(*)..").should().beFreeOfCycles().check(PORTICO);
  }

  /** The platform is written once for every feature, so it cannot know any of them. */
  @Test
  void platformKnowsNoFeature() {
    classes()
        .that()
        .resideInAPackage("dev.portico.platform..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("dev.portico..").or(resideInAPackage("dev.portico.platform..")))
        .check(PORTICO);
  }

  /**
   * The domain is what the API and the pages show, never the other way round; nor does it know its
   * service or its infrastructure, which stand on it. Other features' domains and the platform are
   * all it may use.
   */
  @Test
  void domainKnowsNoApiWebServiceNorInfra() {
    noClasses()
        .that()
        .resideInAPackage("dev.portico.*.domain..")
        .should()
        .dependOnClassesThat(areInAFeatureOutsideItsDomain())
        .check(PORTICO);
  }

  /** Services are called by resources, pages and consumers; they never call back up. */
  @Test
  void servicesKnowNoResourcesNorPages() {
    noClasses()
        .that(areInAFeatureRoot())
        .should()
        .dependOnClassesThat(areResourcesOrPages())
        .check(PORTICO);
  }

  /** Another feature's storage, infrastructure and pages are its own business. */
  @Test
  void featuresKeepOutOfOtherFeaturesStorage() {
    classes().should(onlyReachOtherFeaturesThroughTheirDoors()).check(PORTICO);
  }

  /** Another feature's entities are read, never changed nor made, outside their own feature. */
  @Test
  void featuresOnlyReadOtherFeaturesEntities() {
    classes().should(onlyReadEntitiesOfOtherFeatures()).check(PORTICO);
  }

  /** A feature's own package, where its services live (not one of its layers). */
  static DescribedPredicate<JavaClass> areInAFeatureRoot() {
    return DescribedPredicate.describe(
        "are in a feature's own package",
        type ->
            featureOf(type).isPresent()
                && type.getPackageName().equals(ROOT + featureOf(type).orElseThrow()));
  }

  /** A feature's api, web, infra or own package: everything of a feature but its domain. */
  static DescribedPredicate<JavaClass> areInAFeatureOutsideItsDomain() {
    return DescribedPredicate.describe(
        "are in a feature's api, web, infra or service package",
        type -> featureOf(type).isPresent() && !type.getPackageName().contains(".domain"));
  }

  /** JAX-RS resources (wherever they are) and the Faces beans of any feature's pages. */
  static DescribedPredicate<JavaClass> areResourcesOrPages() {
    return DescribedPredicate.describe(
        "are resources or pages",
        type ->
            type.isAnnotatedWith(Path.class)
                || featureOf(type).isPresent() && type.getPackageName().endsWith(".web"));
  }

  static Optional<String> featureOf(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT)) {
      return Optional.empty();
    }
    String rest = name.substring(ROOT.length());
    String feature = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    return feature.equals(PLATFORM) ? Optional.empty() : Optional.of(feature);
  }

  static boolean crossesFeatures(JavaClass origin, JavaClass target) {
    Optional<String> to = featureOf(target);
    return to.isPresent() && !to.equals(featureOf(origin));
  }

  static ArchCondition<JavaClass> onlyReachOtherFeaturesThroughTheirDoors() {
    return new ArchCondition<>("reach another feature only through its service or its events") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          if (!crossesFeatures(type, target)) {
            continue;
          }
          String pkg = target.getPackageName();
          boolean closed =
              pkg.endsWith(".infra")
                  || pkg.endsWith(".web")
                  || target.getSimpleName().endsWith("Repository");
          if (closed) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  static ArchCondition<JavaClass> onlyReadEntitiesOfOtherFeatures() {
    return new ArchCondition<>("only read the entities of another feature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaAccess<?> access : type.getAccessesFromSelf()) {
          JavaClass owner = access.getTargetOwner();
          if (!owner.isAnnotatedWith(Entity.class) || !crossesFeatures(type, owner)) {
            continue;
          }
          boolean read =
              access
                  .getTarget()
                  .resolveMember()
                  .filter(JavaCodeUnit.class::isInstance)
                  .map(JavaCodeUnit.class::cast)
                  .filter(member -> !changesOrMakes(member))
                  .isPresent();
          if (!read) {
            events.add(SimpleConditionEvent.violated(access, access.getDescription()));
          }
        }
      }
    };
  }

  /** Accessors take nothing and give something back; anything else changes or makes an entity. */
  static boolean changesOrMakes(JavaCodeUnit member) {
    return member.isConstructor()
        || member.getModifiers().contains(JavaModifier.STATIC)
        || !member.getRawParameterTypes().isEmpty()
        || member.getRawReturnType().isEquivalentTo(void.class);
  }
}
