package org.offprint.read.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputCheckTest {
  @Test
  void binaryDetectionAcceptsTextInAnyEncoding() {
    assertFalse(InputCheck.isBinary("<p>Привет, мир</p>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(InputCheck.isBinary("<p>Привет</p>".getBytes(java.nio.charset.Charset.forName("windows-1251"))));
    assertFalse(InputCheck.isBinary("<p>hello</p>".getBytes(StandardCharsets.UTF_16LE)));
    assertTrue(InputCheck.isBinary(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0x03}));
  }
}
