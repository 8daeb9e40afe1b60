package org.offprint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offprint.write.Format;

/** The package rules of STYLE.md: a violation fails the build. */
class ArchitectureTest {
  private static JavaClasses classes;

  private static final List<String> WRITERS = List.of("html", "epub", "pdf", "markdown", "text", "json");
  private static final List<String> READERS = List.of("html", "markdown", "text", "json", "mhtml", "warc", "feed");

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.offprint");
  }

  @Test
  void modelDependsOnTheJdkOnly() {
    classes().that().resideInAPackage("org.offprint.model")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.offprint.model", "java..")
        .check(classes);
  }

  @Test
  void theTransformStageDependsOnTheModelOnly() {
    classes().that().resideInAPackage("org.offprint.transform..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.offprint.transform..", "org.offprint.model",
            "java..")
        .check(classes);
  }

  @Test
  void onlyThePipelineRunsTheTransformStage() {
    // readers hand on what they read and writers write what they are given: the steps between them run once, in
    // the pipeline (the command line and the Offprint facade), never in a reader or a writer
    noClasses().that().resideInAnyPackage("org.offprint.read..", "org.offprint.write..", "org.offprint.model..",
            "org.offprint.theme..", "org.offprint.io..", "org.offprint.bundle..")
        .should().dependOnClassesThat().resideInAPackage("org.offprint.transform..")
        .check(classes);
  }

  @Test
  void readersNeverUseWritersOrTheCli() {
    noClasses().that().resideInAPackage("org.offprint.read..")
        .should().dependOnClassesThat().resideInAnyPackage("org.offprint.write..", "org.offprint.cli..",
            "org.offprint.theme..", "com.lowagie..")
        .check(classes);
  }

  @Test
  void writersNeverUseReadersOrTheCli() {
    noClasses().that().resideInAPackage("org.offprint.write..")
        .should().dependOnClassesThat().resideInAnyPackage("org.offprint.read..", "org.offprint.cli..", "org.jsoup..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void writersDoNotImportEachOtherExceptEpubUsingHtml() {
    for (String w : WRITERS) {
      for (String other : WRITERS) {
        if (w.equals(other) || (w.equals("epub") && other.equals("html"))) continue;
        noClasses().that().resideInAPackage("org.offprint.write." + w + "..")
            .should().dependOnClassesThat().resideInAPackage("org.offprint.write." + other + "..")
            .allowEmptyShould(true)
            .check(classes);
      }
    }
  }

  @Test
  void readersDoNotImportEachOther() {
    for (String r : READERS) {
      for (String other : READERS) {
        if (r.equals(other)) continue;
        noClasses().that().resideInAPackage("org.offprint.read." + r + "..")
            .should().dependOnClassesThat().resideInAPackage("org.offprint.read." + other + "..")
            .allowEmptyShould(true)
            .check(classes);
      }
    }
  }

  /**
   * The HTML reader's subpackages and the others each may use (package-info of {@code read.html} says why). Only
   * {@code read.html} itself, the reader's entry, uses them all; none uses it.
   */
  private static final Map<String, List<String>> HTML_READER_PARTS = Map.of(
      "charset", List.of(),
      "dom", List.of(),
      "cues", List.of(),
      "metadata", List.of("dom", "cues"),
      "mapping", List.of("dom", "cues"),
      "extract", List.of("dom", "cues", "mapping", "metadata"));

  @Test
  void theHtmlReadersPartsUseOnlyThePartsBelowThem() {
    for (Map.Entry<String, List<String>> part : HTML_READER_PARTS.entrySet()) {
      List<String> forbidden = new ArrayList<>(List.of("org.offprint.read.html"));
      for (String other : HTML_READER_PARTS.keySet()) {
        if (!other.equals(part.getKey()) && !part.getValue().contains(other)) {
          forbidden.add("org.offprint.read.html." + other + "..");
        }
      }
      noClasses().that().resideInAPackage("org.offprint.read.html." + part.getKey() + "..")
          .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
          .check(classes);
    }
  }

  @Test
  void everyPartOfTheHtmlReaderHasItsRule() {
    // a new subpackage must say above which parts it may use
    String[] known = HTML_READER_PARTS.keySet().stream().map(p -> "org.offprint.read.html." + p + "..")
        .toArray(String[]::new);
    classes().that().resideInAPackage("org.offprint.read.html..")
        .and().resideOutsideOfPackage("org.offprint.read.html")
        .should().resideInAnyPackage(known)
        .check(classes);
  }

  @Test
  void theHtmlReadersPartsHaveNoCycles() {
    slices().matching("org.offprint.read.html.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void nothingImportsTheCli() {
    noClasses().that().resideOutsideOfPackage("org.offprint.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.offprint.cli..")
        .check(classes);
  }

  @Test
  void onlyThePdfWriterUsesOpenPdf() {
    noClasses().that().resideOutsideOfPackage("org.offprint.write.pdf..")
        .should().dependOnClassesThat().resideInAPackage("com.lowagie..")
        .check(classes);
  }

  @Test
  void theDaemonClientUsesTheJdkOnly() {
    // it must start as fast as a JVM can: no picocli, no offprint classes beyond its wire format
    classes().that().haveFullyQualifiedName("org.offprint.cli.daemon.Client")
        .should().onlyDependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
            .resideInAnyPackage("java..", "jdk..")
            .or(com.tngtech.archunit.core.domain.properties.HasName.Predicates
                .nameStartingWith("org.offprint.cli.daemon.Frames"))
            .or(com.tngtech.archunit.core.domain.properties.HasName.Predicates
                .nameStartingWith("org.offprint.cli.daemon.Client")))
        .check(classes);
    classes().that().haveSimpleNameStartingWith("Frames").and().resideInAPackage("org.offprint.cli.daemon")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.offprint.cli.daemon")
        .check(classes);
  }

  @Test
  void onlyTheCliPrintsOrExits() {
    noClasses().that().resideOutsideOfPackage("org.offprint.cli..")
        .should().callMethod(System.class, "exit", int.class)
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(classes);
  }

  @Test
  void theCliBuildsWritersOnlyThroughTheFormatRegistry() {
    // a format's writer and options are the format's business: the CLI names no writer class (the stylesheet
    // that `themes --css` prints is the one exception)
    DescribedPredicate<JavaClass> writerPackages = JavaClass.Predicates.resideInAnyPackage(
            WRITERS.stream().map(w -> "org.offprint.write." + w + "..").toArray(String[]::new))
        .and(DescribedPredicate.not(HasName.Predicates.nameStartingWith("org.offprint.write.html.ThemeCss")));
    noClasses().that().resideInAPackage("org.offprint.cli..")
        .should().dependOnClassesThat(writerPackages)
        .check(classes);
  }

  @Test
  void theCliHasNoSwitchOnFormatNames() {
    // javac compiles a switch on a string to a call of hashCode() and a jump: a method that asks a format its
    // name and hashes a string is choosing by name what the Format registry entry should carry
    methods().that().areDeclaredInClassesThat().resideInAPackage("org.offprint.cli..")
        .should(new ArchCondition<JavaMethod>("not switch on a format's name") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            boolean asksName = false;
            boolean hashes = false;
            for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
              String name = call.getTarget().getName();
              if (name.equals("name") && call.getTargetOwner().isAssignableTo(Format.class)) asksName = true;
              if (name.equals("hashCode") && call.getTargetOwner().isEquivalentTo(String.class)) hashes = true;
            }
            if (asksName && hashes) {
              events.add(SimpleConditionEvent.violated(method, method.getFullName() + " switches on a format's name"));
            }
          }
        })
        .allowEmptyShould(true)
        .check(classes);
  }
}
