package org.offprint.read.html.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.offprint.model.Inline;

class MathTextTest {
  private static String text(String mathml) {
    Element math = Jsoup.parseBodyFragment(mathml).body().child(0);
    return Inline.plainText(MathText.of(math));
  }

  @Test
  void scriptsRootsAndAccentsReadAsTheFormulaDoes() {
    assertEquals("xk2", text("<math><msubsup><mi>x</mi><mi>k</mi><mn>2</mn></msubsup></math>"));
    assertEquals("3√(x + 1)", text("<math><mroot><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><mn>3</mn></mroot></math>"));
    assertEquals("\u1E8B = σ(y − x)", text("<math><mover accent=\"true\"><mi>x</mi><mo>˙</mo></mover><mo>=</mo>"
        + "<mi>σ</mi><mo>(</mo><mi>y</mi><mo>−</mo><mi>x</mi><mo>)</mo></math>").replace("x\u0307", "\u1E8B"));
    assertEquals("f(x) = −1", text("<math><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mo>−</mo><mn>1</mn>"
        + "</math>"));
  }

  @Test
  void theTexAnnotationIsNotShownAndAnEmptyFormulaFallsBackToItsAltText() {
    assertEquals("a + b", text("<math><semantics><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow>"
        + "<annotation encoding=\"application/x-tex\">a+b</annotation></semantics></math>"));
    assertEquals("E = mc^2", text("<math alttext=\"E = mc^2\"></math>"));
  }

  @Test
  void aTermAlreadyInParenthesesGetsNoSecondPair() {
    assertEquals("1/(1 − q)", text("<math><mfrac><mn>1</mn><mrow><mo>(</mo><mn>1</mn><mo>−</mo><mi>q</mi><mo>)</mo>"
        + "</mrow></mfrac></math>"));
    assertEquals("1/((1 − q)(1 + q))", text("<math><mfrac><mn>1</mn><mrow><mo>(</mo><mn>1</mn><mo>−</mo><mi>q</mi>"
        + "<mo>)</mo><mo>(</mo><mn>1</mn><mo>+</mo><mi>q</mi><mo>)</mo></mrow></mfrac></math>"));
  }

  @Test
  void aMatrixKeepsItsRowsApart() {
    assertEquals("(a  b\nc  d)", text("<math><mo>(</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr>"
        + "<mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable><mo>)</mo></math>"));
  }
}
