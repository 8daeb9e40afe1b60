package org.offprint.testing;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates a PDF with veraPDF (Maven Central {@code org.verapdf:validation-model}), the checker publishers use
 * for PDF/A and PDF/UA. Every failed check is kept, not only the first of each rule.
 */
public final class VeraPdf {
  private VeraPdf() {}

  /** What veraPDF said: compliance, and each failed rule ("7.1-3 message") with the number of failed checks. */
  public record Result(boolean compliant, Map<String, Integer> failures) {
    /** {@return the number of failed checks} */
    public int failedChecks() {
      return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(failedChecks() + " failed checks");
      failures.forEach((rule, n) -> sb.append("\n  ").append(n).append("x ").append(rule));
      return sb.toString();
    }
  }

  /** {@return veraPDF's verdict on {@code pdf} against {@code flavour}, e.g. PDFUA_1 or PDFA_1_B} */
  public static Result validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
      ValidationResult result = validator.validate(parser);
      Map<String, Integer> failures = new TreeMap<>();
      for (TestAssertion t : result.getTestAssertions()) {
        if (t.getStatus() == TestAssertion.Status.PASSED) continue;
        String rule = t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + " " + t.getMessage();
        failures.merge(rule, 1, Integer::sum);
      }
      return new Result(result.isCompliant(), failures);
    }
  }
}
